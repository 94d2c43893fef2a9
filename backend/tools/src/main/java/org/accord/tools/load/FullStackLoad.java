package org.accord.tools.load;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Function;

/**
 * The full-stack co-editing load (issue 4, item 5; run by {@code infra/bin/bench-fullstack}):
 * simulated editors sign in like browsers, open the real {@code /coediting} WebSocket of a
 * running Accord and type into its clauses. A warm-up (typing without pause, then at a steady
 * pace) comes first. Phase 1: each editor types at a steady pace; the
 * latency from a batch's submission to its receipt by each other editor of the clause is
 * sampled. Phase 2: every editor types again the moment its batch is acknowledged; the accepted
 * batches per second are counted. At the end every clause's editors must hold the same text, and
 * it must be the text a newly joined connection receives.
 * Prints {@code name=value} lines.
 *
 * <p>Arguments: {@code BASE_URL PASSWORD NEGOTIATION CLAUSE,CLAUSE,... ACCOUNT,ACCOUNT,...}
 * and the system properties {@code editors} (32), {@code keysPerSecond} (5), {@code pacedSeconds}
 * (30), {@code saturatedSeconds} (20), {@code warmUpSeconds} (5).
 */
public final class FullStackLoad {

    private FullStackLoad() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 5) {
            System.err.println("usage: FullStackLoad BASE_URL PASSWORD NEGOTIATION CLAUSES ACCOUNTS");
            System.exit(2);
        }
        String baseUrl = args[0];
        String password = args[1];
        String negotiation = args[2];
        List<String> clauses = List.of(args[3].split(","));
        List<String> accounts = List.of(args[4].split(","));
        int editorCount = Integer.getInteger("editors", 32);
        int keysPerSecond = Integer.getInteger("keysPerSecond", 5);
        int pacedSeconds = Integer.getInteger("pacedSeconds", 30);
        int saturatedSeconds = Integer.getInteger("saturatedSeconds", 20);
        int warmUpSeconds = Integer.getInteger("warmUpSeconds", 5);

        // the server keeps each client id's latest clientSeq: a later run reusing "load-0" with
        // clientSeq 1 would be answered as a duplicate, so every run names its clients afresh
        String run = Long.toString(System.currentTimeMillis(), 36);
        Latencies latencies = new Latencies();
        List<Editor> editors = new ArrayList<>();
        for (int i = 0; i < editorCount; i++) {
            HttpClient http = signedIn(baseUrl, accounts.get(i % accounts.size()), password);
            Editor editor = new Editor("load-" + run + "-" + i, clauses.get(i % clauses.size()), latencies, i);
            editor.open(http, baseUrl, negotiation);
            editors.add(editor);
        }

        // the warm-up, as JMH's warm-up iterations: first typing without pause, so that the JIT
        // compiles the hot paths before anything is measured, then the paced load for as long
        editors.forEach(editor -> editor.saturate(true));
        TimeUnit.SECONDS.sleep(warmUpSeconds);
        editors.forEach(editor -> editor.saturate(false));
        settle(editors);

        ScheduledExecutorService typing = Executors.newScheduledThreadPool(4);
        long period = 1_000_000 / keysPerSecond;
        for (Editor editor : editors) {
            typing.scheduleAtFixedRate(() -> guarded(editor, editor::type),
                    ThreadLocalRandom.current().nextLong(period), period, TimeUnit.MICROSECONDS);
        }
        TimeUnit.SECONDS.sleep(warmUpSeconds);
        latencies.recording(true);
        long pacedBefore = acknowledged(editors);
        long pacedStarted = System.nanoTime();
        TimeUnit.SECONDS.sleep(pacedSeconds);
        latencies.recording(false);
        double pacedRate = (acknowledged(editors) - pacedBefore) / ((System.nanoTime() - pacedStarted) / 1e9);
        typing.shutdownNow();
        typing.awaitTermination(10, TimeUnit.SECONDS);
        settle(editors);

        editors.forEach(editor -> editor.saturate(true));
        TimeUnit.SECONDS.sleep(warmUpSeconds);
        long before = acknowledged(editors);
        long started = System.nanoTime();
        TimeUnit.SECONDS.sleep(saturatedSeconds);
        long accepted = acknowledged(editors) - before;
        double seconds = (System.nanoTime() - started) / 1e9;
        editors.forEach(editor -> editor.saturate(false));
        settle(editors);

        HttpClient reading = signedIn(baseUrl, accounts.get(0), password);
        boolean converged = converged(editors, clause -> {
            Editor reader = new Editor("check-" + run + "-" + clause, clause, latencies, 0);
            reader.open(reading, baseUrl, negotiation);
            reader.close();
            return reader.document();
        });
        editors.forEach(Editor::close);
        String samplesFile = System.getProperty("samplesFile");
        if (samplesFile != null) {
            latencies.write(Path.of(samplesFile));
        }
        System.out.printf("accord_latency_samples=%d%n", latencies.count());
        System.out.printf("accord_latency_p50_ms=%.2f%naccord_latency_p99_ms=%.2f%n",
                latencies.percentile(50), latencies.percentile(99));
        System.out.printf("accord_ack_latency_p50_ms=%.2f%naccord_ack_latency_p99_ms=%.2f%n",
                latencies.ackPercentile(50), latencies.ackPercentile(99));
        System.out.printf("accord_paced_batches_per_s=%.1f%n", pacedRate);
        System.out.printf("accord_sustained_batches_per_s=%.1f%n", accepted / seconds);
        System.out.printf("accord_converged=%s%n", converged);
        System.exit(converged ? 0 : 1);
    }

    private static void guarded(Editor editor, Runnable action) {
        try {
            action.run();
        } catch (RuntimeException e) {
            System.err.println(editor.clause() + ": " + e);
        }
    }

    private static long acknowledged(List<Editor> editors) {
        return editors.stream().mapToLong(Editor::acknowledged).sum();
    }

    /** Waits until nothing is in flight and every editor of a clause holds its latest revision. */
    private static void settle(List<Editor> editors) throws InterruptedException {
        waitFor(editors, () -> editors.stream().allMatch(Editor::idle), "every batch acknowledged");
        waitFor(editors, () -> {
            Map<String, Long> latest = new HashMap<>();
            editors.forEach(editor -> latest.merge(editor.clause(), editor.revision(), Math::max));
            return editors.stream().allMatch(editor -> editor.revision() == latest.get(editor.clause()));
        }, "every editor at its clause's latest revision");
        editors.stream().map(Editor::failure).filter(failure -> failure != null).findFirst().ifPresent(failure -> {
            throw new IllegalStateException(failure);
        });
    }

    /**
     * Whether every editor of a clause holds the same text, and that text is the server's: the
     * snapshot a newly joined connection receives.
     */
    private static boolean converged(List<Editor> editors, Function<String, String> serverText) {
        Map<String, String> texts = new HashMap<>();
        boolean same = true;
        for (Editor editor : editors) {
            String previous = texts.putIfAbsent(editor.clause(), editor.document());
            if (previous != null && !previous.equals(editor.document())) {
                System.err.println("diverged on " + editor.clause() + ": " + editor + " differs from another editor");
                same = false;
            }
        }
        for (Map.Entry<String, String> clause : texts.entrySet()) {
            if (!clause.getValue().equals(serverText.apply(clause.getKey()))) {
                System.err.println("diverged on " + clause.getKey() + ": the editors' text is not the server's");
                same = false;
            }
        }
        return same;
    }

    private static void waitFor(List<Editor> editors, BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!condition.getAsBoolean()) {
            editors.stream().map(Editor::failure).filter(failure -> failure != null).findFirst().ifPresent(failure -> {
                throw new IllegalStateException(failure);
            });
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("timed out waiting for " + what);
            }
            TimeUnit.MILLISECONDS.sleep(20);
        }
    }

    private static HttpClient signedIn(String baseUrl, String username, String password)
            throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
        HttpResponse<Void> response = http.send(HttpRequest.newBuilder(URI.create(baseUrl + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.discarding());
        if (response.statusCode() != 302 || response.headers().firstValue("Location").orElse("").contains("error")) {
            throw new IllegalStateException(username + " could not sign in");
        }
        return http;
    }
}
