package org.accord.tools.trace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TraceReaderTest {

    @TempDir
    Path directory;

    @Test
    void aSequentialTraceKeepsItsPatchesInCodePointsAndSkipsFieldsItDoesNotUse() throws IOException {
        EditingTrace trace = read("{\"startContent\": \"😀\", \"endContent\": \"😀𝄞x\", \"meta\": {\"a\": [1, {}]},"
                + " \"txns\": [{\"time\": \"2021-04-19T06:06:58.219Z\", \"patches\": [[1, 0, \"𝄞\"], [2, 0, \"x\"]]}]}");

        assertThat(trace.kind()).isEqualTo(EditingTrace.Kind.SEQUENTIAL);
        assertThat(trace.startContent()).isEqualTo("😀");
        assertThat(trace.transactions()).singleElement().satisfies(transaction ->
                assertThat(transaction.patches()).containsExactly(new Patch(1, 0, "𝄞", 1), new Patch(2, 0, "x", 1)));
        assertThat(trace.patchCount()).isEqualTo(2);
    }

    @Test
    void aConcurrentTraceKeepsParentsAndAgentsAndCountsAgentsWhenNotDeclared() throws IOException {
        EditingTrace trace = read("{\"kind\": \"concurrent\", \"endContent\": \"ab\", \"txns\": ["
                + "{\"parents\": [], \"numChildren\": 1, \"agent\": 0, \"patches\": [[0, 0, \"a\"]]},"
                + "{\"parents\": [0], \"numChildren\": 0, \"agent\": 2, \"patches\": [[1, 0, \"b\"]]}]}");

        assertThat(trace.kind()).isEqualTo(EditingTrace.Kind.CONCURRENT);
        assertThat(trace.startContent()).isEmpty();
        assertThat(trace.numAgents()).isEqualTo(3);
        assertThat(trace.transactions()).extracting(Transaction::agent, Transaction::parents)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(0, List.of()), org.assertj.core.groups.Tuple.tuple(2, List.of(0)));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
            "                                                                                  | the file must hold one JSON object",
            "[]                                                                                | the file must hold one JSON object",
            "{\"txns\": []}                                                                    | missing \"endContent\"",
            "{\"endContent\": \"\"}                                                            | missing \"txns\"",
            "{\"endContent\": 3, \"txns\": []}                                                 | endContent must be a string",
            "{\"endContent\": \"\", \"txns\": []} {}                                           | unexpected content after the top-level object",
            "{\"kind\": \"crdt\", \"endContent\": \"\", \"txns\": []}                          | unknown \"kind\" \"crdt\"",
            "{\"endContent\": \"\", \"txns\": [{}]}                                            | txns[0]: missing \"patches\"",
            "{\"endContent\": \"\", \"txns\": [{\"patches\": [[0, 0]]}]}                       | txns[0].patches[0] inserted text must be a string",
            "{\"endContent\": \"\", \"txns\": [{\"patches\": [[0, 0, \"a\", 1]]}]}             | txns[0].patches[0] must have exactly three elements",
            "{\"endContent\": \"\", \"txns\": [{\"patches\": [[-1, 0, \"a\"]]}]}               | txns[0].patches[0] position must be between 0 and 2147483647 but is -1",
            "{\"endContent\": \"\", \"txns\": [{\"patches\": [[0, 1.5, \"a\"]]}]}              | txns[0].patches[0] delete count must be an integer",
            "{\"endContent\": \"\", \"txns\": [{\"patches\": [[3000000000, 0, \"a\"]]}]}       | txns[0].patches[0] position must be between 0 and 2147483647 but is 3000000000",
            "{\"kind\": \"concurrent\", \"endContent\": \"\", \"txns\": [{\"patches\": []}]}   | txns[0]: a concurrent trace's transaction needs \"agent\"",
            "{\"kind\": \"concurrent\", \"endContent\": \"\", \"txns\": [{\"agent\": 0, \"patches\": []}]} | txns[0]: a concurrent trace's transaction needs \"parents\"",
            "{\"kind\": \"concurrent\", \"endContent\": \"\", \"txns\": [{\"agent\": 0, \"parents\": [0], \"patches\": []}]} | txns[0].parents: 0 is not an earlier transaction",
            "{\"kind\": \"concurrent\", \"numAgents\": 1, \"endContent\": \"\", \"txns\": [{\"agent\": 1, \"parents\": [], \"patches\": []}]} | txns[0]: agent 1 but \"numAgents\" is 1",
            "{\"endContent\": \"\", \"txns\": [                                                | malformed JSON at line 1, column"})
    void badInputIsRejectedSayingWhereAndWhy(String json, String problem) throws IOException {
        Path file = Files.writeString(directory.resolve("bad.json"), json == null ? "" : json, StandardCharsets.UTF_8);

        assertThatThrownBy(() -> TraceReader.read(file)).isInstanceOf(TraceFormatException.class).hasMessageStartingWith(problem);
    }

    @Test
    void aTruncatedGzipFileOrADirectoryCannotBeRead() throws IOException {
        Path truncated = Files.write(directory.resolve("truncated.json.gz"), new byte[] {0x1f, (byte) 0x8b, 8, 0, 0, 0});

        assertThatThrownBy(() -> TraceReader.read(truncated)).isInstanceOf(TraceFormatException.class).hasMessageStartingWith("cannot read: ");
        assertThatThrownBy(() -> TraceReader.read(directory)).isInstanceOf(TraceFormatException.class).hasMessage("cannot read: is a directory");
    }

    private EditingTrace read(String json) throws IOException {
        return TraceReader.read(Files.writeString(directory.resolve("trace.json"), json, StandardCharsets.UTF_8));
    }
}
