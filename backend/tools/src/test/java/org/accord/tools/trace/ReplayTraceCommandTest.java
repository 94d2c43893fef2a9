package org.accord.tools.trace;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command as a user runs it: one line per file, the exit status, one-line errors. */
class ReplayTraceCommandTest {

    static final String LINE = "file=\\S+ txns=\\d+ patches=\\d+ seconds=\\d+\\.\\d{4} ops_per_s=\\d+ length=\\d+ sha256=[0-9a-f]{64} ok=(true|false)";

    @TempDir
    Path directory;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void aSequentialTraceWithCharactersAboveUffffReplaysToItsEndContent() throws IOException {
        int status = run(resource("emoji-sequential.json").toString());

        assertThat(status).isZero();
        assertThat(out()).matches(LINE + "\n")
                .startsWith("file=emoji-sequential.json txns=4 patches=5 ")
                .contains(" length=17 sha256=" + Sha256.of("𝄞héllo 👩\u200d👩\u200d👧örld!") + " ok=true");
        assertThat(err()).isEmpty();
    }

    @Test
    void aConcurrentTraceWithMergesConcurrentDeletesAndCharactersAboveUffffReplaysToItsEndContent() throws IOException {
        int status = run("-v", resource("emoji-concurrent.json").toString());

        assertThat(status).isZero();
        assertThat(out()).matches(LINE + "\n").contains("txns=7 patches=7 ")
                .contains(" length=6 sha256=" + Sha256.of("👍a𝄞bc!") + " ok=true");
        assertThat(err()).contains("concurrent agents=3").contains("general_txns=1");
    }

    @Test
    void gzippedAndPlainFilesAreBothRead() throws IOException {
        Path plain = resource("emoji-concurrent.json");
        Path gzipped = directory.resolve("emoji-concurrent.json.gz");
        try (InputStream in = Files.newInputStream(plain); OutputStream zip = new GZIPOutputStream(Files.newOutputStream(gzipped))) {
            in.transferTo(zip);
        }

        int status = run(plain.toString(), gzipped.toString());

        assertThat(status).isZero();
        String[] lines = out().split("\n");
        assertThat(lines).hasSize(2);
        assertThat(lines[1]).startsWith("file=emoji-concurrent.json.gz ");
        assertThat(lines[0].substring(lines[0].indexOf(" length="))).isEqualTo(lines[1].substring(lines[1].indexOf(" length=")));
    }

    @Test
    void aWrongEndContentGivesOkFalseAndExitStatusOne() throws IOException {
        Path wrong = write("wrong.json", "{\"startContent\": \"ab\", \"endContent\": \"abd\", \"txns\": [{\"patches\": [[2, 0, \"c\"]]}]}");
        Path wrongConcurrent = write("wrong-concurrent.json", "{\"kind\": \"concurrent\", \"endContent\": \"ba\", \"txns\": ["
                + "{\"parents\": [], \"agent\": 0, \"patches\": [[0, 0, \"a\"]]}, {\"parents\": [0], \"agent\": 1, \"patches\": [[1, 0, \"b\"]]}]}");

        int status = run(wrong.toString(), wrongConcurrent.toString());

        assertThat(status).isEqualTo(1);
        assertThat(out()).contains("file=wrong.json txns=1 patches=1 ").contains(" length=3 sha256=" + Sha256.of("abc") + " ok=false")
                .contains("file=wrong-concurrent.json ").contains(" length=2 sha256=" + Sha256.of("ab") + " ok=false");
    }

    @Test
    void malformedJsonIsAOneLineErrorWithExitStatusTwo() throws IOException {
        Path malformed = write("malformed.json", "{\"endContent\": \"a\", \"txns\": [{\"patches\": [[0, 0, \"a\"]]},");

        int status = run(malformed.toString());

        assertThat(status).isEqualTo(2);
        assertThat(out()).isEmpty();
        assertThat(err()).matches("replay-trace: .*malformed\\.json: malformed JSON at line 1, column \\d+: .*\n");
    }

    @Test
    void aMissingFileAPatchOutOfRangeAndAnUnsupportedShapeAreOneLineErrors() throws IOException {
        Path outOfRange = write("out-of-range.json", "{\"startContent\": \"ab\", \"endContent\": \"\", \"txns\": ["
                + "{\"patches\": [[1, 1, \"\"]]}, {\"patches\": [[0, 0, \"x\"], [1, 2, \"\"]]}]}");
        Path notTotallyOrdered = write("forked-agent.json", "{\"kind\": \"concurrent\", \"endContent\": \"ab\", \"txns\": ["
                + "{\"parents\": [], \"agent\": 0, \"patches\": [[0, 0, \"a\"]]}, {\"parents\": [], \"agent\": 0, \"patches\": [[0, 0, \"b\"]]}]}");
        Path fine = resource("emoji-sequential.json");

        int status = run(directory.resolve("absent.json.gz").toString(), outOfRange.toString(), notTotallyOrdered.toString(), fine.toString());

        assertThat(status).isEqualTo(2);
        assertThat(out()).startsWith("file=emoji-sequential.json ").contains("ok=true");
        assertThat(err().split("\n")).containsExactly(
                "replay-trace: " + directory.resolve("absent.json.gz") + ": no such file",
                "replay-trace: " + outOfRange + ": txns[1].patches[1]: position 1 with delete count 2 is outside the text of 2 code points",
                "replay-trace: " + notTotallyOrdered + ": unsupported: txns[1] of agent 0 does not descend from that agent's"
                        + " previous transaction (an agent's transactions must be totally ordered)");
    }

    @Test
    void textTheEngineRefusesIsReportedWhereItIs() throws IOException {
        Path loneSurrogate = write("lone-surrogate.json", "{\"endContent\": \"\", \"txns\": [{\"patches\": [[0, 0, \"\\ud83d\"]]}]}");

        assertThat(run(loneSurrogate.toString())).isEqualTo(2);
        assertThat(err()).contains("txns[0].patches[0]: insert text must not contain a lone surrogate");
    }

    @Test
    void usageErrorsExitWithStatusTwo() {
        assertThat(run()).isEqualTo(2);
        assertThat(run("--frobnicate", "x.json")).isEqualTo(2);
        assertThat(err()).contains("usage: replay-trace [-v|--verbose] FILE...").contains("unknown option --frobnicate");
        assertThat(run("--help")).isZero();
        assertThat(out()).contains("usage: replay-trace");
    }

    private int run(String... args) {
        return ReplayTraceCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private Path write(String name, String json) throws IOException {
        return Files.writeString(directory.resolve(name), json, StandardCharsets.UTF_8);
    }

    static Path resource(String name) {
        return Path.of("src/test/resources/traces", name);
    }
}
