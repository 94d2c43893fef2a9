package org.accord.tools.trace;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Random peer-to-peer histories (see {@link RandomConcurrentTrace}) replayed through the server
 * protocol must end in the text the independent tombstone model computed, whichever path each
 * transaction took.
 */
class RandomConcurrentTracesTest {

    private static final Pattern GENERAL = Pattern.compile("general_txns=(\\d+)");
    private static final Pattern PROTOCOL = Pattern.compile("protocol_txns=(\\d+)");
    private static final Pattern SERVER_TRANSFORMS = Pattern.compile("server_transforms=(\\d+)");

    @TempDir
    Path directory;

    static LongStream seeds() {
        return LongStream.range(0, 300);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void replayReproducesTheModelsText(long seed) throws IOException {
        int agents = 2 + (int) (seed % 3);
        String json = RandomConcurrentTrace.generate(seed, agents, 40 + (int) (seed * 7 % 160));

        EditingTrace trace = TraceReader.read(write(json));
        ReplayOutcome outcome = Replay.run(trace);

        assertThat(outcome.text().toString()).as(outcome.details()).isEqualTo(trace.endContent());
        assertThat(outcome.converged()).isTrue();
    }

    /** Guards against a generator or schedule that stops exercising one of the two paths. */
    @Test
    void theHistoriesExerciseBothTheProtocolAndTheGeneralMethod() throws IOException {
        long general = 0;
        long protocol = 0;
        long serverTransforms = 0;
        for (long seed = 0; seed < 40; seed++) {
            String details = Replay.run(TraceReader.read(write(RandomConcurrentTrace.generate(seed, 3, 150)))).details();
            general += count(GENERAL, details);
            protocol += count(PROTOCOL, details);
            serverTransforms += count(SERVER_TRANSFORMS, details);
        }
        assertThat(general).isGreaterThan(500);
        assertThat(protocol).isGreaterThan(500);
        assertThat(serverTransforms).as("submissions the server had to transform").isGreaterThan(500);
    }

    private Path write(String json) throws IOException {
        return Files.writeString(Files.createTempFile(directory, "random", ".json"), json, StandardCharsets.UTF_8);
    }

    private static long count(Pattern pattern, String details) {
        Matcher matcher = pattern.matcher(details);
        assertThat(matcher.find()).as(details).isTrue();
        return Long.parseLong(matcher.group(1));
    }
}
