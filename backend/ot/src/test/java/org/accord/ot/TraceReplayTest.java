package org.accord.ot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Replays real editing histories (josephg/editing-traces, see /work/shared/traces/README.md)
 * through {@link TextOperation#apply(Rope)}: tens of thousands of keystrokes must reproduce the
 * recorded final text exactly, and quickly, which a whole-string copy per keystroke would not.
 */
class TraceReplayTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "sveltecomponent.json.gz, d8bb93b7cf87b4c3a0394fddc028284a093d90d5794a213d1ccb0794eb4ede8f",
            "seph-blog1.json.gz,      fd42bef4fbb237f8cd748d2c1c628c51b489ea9b98992e6eb815d04a090a70ba"})
    @Timeout(30)
    void replayReproducesTheFinalText(String fileName, String expectedSha256) throws IOException {
        JsonNode trace = read(traceFile(fileName));
        Rope document = Rope.of(trace.get("startContent").asText());

        for (JsonNode transaction : trace.get("txns")) {
            for (JsonNode patch : transaction.get("patches")) {
                document = toOperation(patch, document.length()).apply(document);
            }
        }

        assertThat(document.toString()).isEqualTo(trace.get("endContent").asText());
        assertThat(document.sha256Hex()).isEqualTo(expectedSha256);
        RopeInvariants.assertValid(document);
    }

    /** A patch {@code [position, deleteCount, "inserted"]} as an operation on the whole document. */
    private static TextOperation toOperation(JsonNode patch, int documentLength) {
        int position = patch.get(0).asInt();
        int deleted = patch.get(1).asInt();
        return TextOperation.builder()
                .retain(position)
                .delete(deleted)
                .insert(patch.get(2).asText())
                .retain(documentLength - position - deleted)
                .build();
    }

    private static JsonNode read(Path file) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            return JSON.readTree(in);
        }
    }

    /**
     * The traces live outside the repository (CI mounts them at {@code ../shared/traces} next to
     * the checkout), so the directory comes from {@code ACCORD_TRACES}, then
     * {@code -Daccord.traces}, then the path relative to this module.
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
