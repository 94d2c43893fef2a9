package org.accord.tools.trace;

import static org.accord.tools.trace.ReplayTraceCommandTest.resource;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/** The benchmark main as bench-coediting runs it: one figure per trace, every run checked. */
class EngineBenchTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void aSequentialTraceGivesItsBestTimeAfterTheWarmUp() {
        int status = run("--warmup", "1", "--runs", "2", resource("emoji-sequential.json").toString());

        assertThat(status).isZero();
        assertThat(out()).matches("accord_emoji_sequential_seconds=\\d+\\.\\d{4}\n");
        assertThat(err()).matches("EngineBench: emoji_sequential: 1 warm-up runs, then 2 measured \\(s\\): \\d+\\.\\d{4} \\d+\\.\\d{4}\n");
    }

    @Test
    void aConcurrentTraceAndAWrongUsageAreRefused() {
        assertThat(run(resource("emoji-concurrent.json").toString())).isEqualTo(2);
        assertThat(err()).contains("only sequential traces");
        assertThat(run()).isEqualTo(2);
        assertThat(run("--runs", "0", "x.json")).isEqualTo(2);
        assertThat(out()).isEmpty();
    }

    @Test
    void theFigureIsNamedAfterTheFile() {
        assertThat(EngineBench.figureName(Path.of("../traces/automerge-paper.json.gz"))).isEqualTo("automerge_paper");
        assertThat(EngineBench.figureName(Path.of("seph-blog1.json"))).isEqualTo("seph_blog1");
    }

    private int run(String... args) {
        return EngineBench.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
