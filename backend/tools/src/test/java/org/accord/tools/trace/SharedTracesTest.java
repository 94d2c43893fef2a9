package org.accord.tools.trace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The four editing traces shared next to the repository (see /work/shared/traces/README.md) replay
 * to their recorded final text, whose length and SHA-256 the README lists.
 */
class SharedTracesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "automerge-paper.json.gz, 259778, 259778, 104852, a489e9022976c14e46627aea174d07797edcb3fd17df42605956d4cf01bf9039",
            "seph-blog1.json.gz,      137154, 137993,  56769, fd42bef4fbb237f8cd748d2c1c628c51b489ea9b98992e6eb815d04a090a70ba",
            "sveltecomponent.json.gz,  18335,  19749,  18451, d8bb93b7cf87b4c3a0394fddc028284a093d90d5794a213d1ccb0794eb4ede8f",
            "friendsforever.json.gz,   26078,  26078,  21362, 4720ec330c91e288c00b71cab318f7a1cdde689dfc401f269c353acfd6cb03f6"})
    @Timeout(120)
    void replayReproducesTheRecordedText(String fileName, long txns, long patches, long length, String sha256) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int status = ReplayTraceCommand.run(new String[] {traceFile(fileName).toString()},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));

        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(status).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).matches(ReplayTraceCommandTest.LINE + "\n")
                .startsWith("file=" + fileName + " txns=" + txns + " patches=" + patches + " ")
                .endsWith(" length=" + length + " sha256=" + sha256 + " ok=true\n");
    }

    /**
     * The traces live outside the repository, as for accord-ot's TraceReplayTest: the directory
     * comes from {@code ACCORD_TRACES}, then {@code -Daccord.traces}, then
     * {@code <repo>/../shared/traces}.
     */
    static Path traceFile(String fileName) {
        String fromEnvironment = System.getenv("ACCORD_TRACES");
        Path directory = fromEnvironment != null && !fromEnvironment.isBlank()
                ? Path.of(fromEnvironment)
                : Path.of(System.getProperty("accord.traces", "../../../shared/traces"));
        Path file = directory.resolve(fileName);
        if (!Files.isRegularFile(file)) {
            fail("Editing trace " + file.toAbsolutePath().normalize() + " not found. Set ACCORD_TRACES or "
                    + "-Daccord.traces to the directory holding the editing traces (CI: <repo>/../shared/traces).");
        }
        return file;
    }
}
