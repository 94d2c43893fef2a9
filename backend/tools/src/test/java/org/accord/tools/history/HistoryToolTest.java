package org.accord.tools.history;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The command line of {@code infra/bin/history} on export files (the database side: HistoryArchiveIntegrationTest in core). */
class HistoryToolTest {

    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir Path dir;

    record Run(int status, String out, String err) {
    }

    static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = HistoryTool.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** An export of {@code n} events as the tool writes it, with chained digests. */
    Path export(String name, int n) throws Exception {
        List<String> lines = new ArrayList<>();
        String previous = HistoryArchive.digest(HistoryArchive.GENESIS);
        for (int i = 0; i < n; i++) {
            HistoryArchive.StoredEvent event = new HistoryArchive.StoredEvent("neg-1", i, "event-" + i, "Negotiation",
                    "org.accord.api.comment.ClauseCommented", "1", "2026-11-29T10:00:0" + i + "Z",
                    JSON.readTree("{\"traceId\":\"t" + i + "\"}"),
                    JSON.readTree("{\"text\":\"comment " + i + "\",\"by\":{\"username\":\"kaz.head\"}}"));
            previous = HistoryArchive.digest(previous, event);
            lines.add(HistoryArchive.line(event, previous));
        }
        Path file = dir.resolve(name);
        Files.write(file, lines, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void two_copies_of_an_export_are_identical() throws Exception {
        Path one = export("one.jsonl", 5);
        Path two = export("two.jsonl", 5);
        Run run = run("verify", "--negotiation", "neg-1", "--file", one.toString(), "--other-file", two.toString());
        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("identical=true", "events=5", "other_events=5", "file_intact=true")
                .doesNotContain("first_difference");
    }

    @Test
    void an_altered_event_is_a_difference_at_its_sequence() throws Exception {
        Path one = export("one.jsonl", 5);
        Path two = export("two.jsonl", 5);
        List<String> lines = new ArrayList<>(Files.readAllLines(two));
        lines.set(2, lines.get(2).replace("comment 2", "comment two"));
        Files.write(two, lines);
        Run run = run("verify", "--negotiation", "neg-1", "--file", one.toString(), "--other-file", two.toString());
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.out()).contains("identical=false", "first_difference=2", "other_file_intact=false");
    }

    @Test
    void a_shorter_history_differs_where_it_ends() throws Exception {
        Run run = run("verify", "--negotiation", "neg-1", "--file", export("one.jsonl", 5).toString(),
                "--other-file", export("two.jsonl", 3).toString());
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.out()).contains("identical=false", "first_difference=3");
    }

    @Test
    void bad_usage_is_status_2() {
        assertThat(run().status()).isEqualTo(2);
        assertThat(run("rewrite").status()).isEqualTo(2);
        Run missing = run("export", "--negotiation", "neg-1");
        assertThat(missing.status()).isEqualTo(2);
        assertThat(missing.err()).contains("--db is required");
    }
}
