package org.accord.bench;

import org.accord.AccordApplication;
import org.accord.testing.FreshDatabaseInitializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.awaitility.Awaitility.await;

/**
 * Benchmark harness, not a test (its name keeps it out of {@code ./mvnw verify}): which transport
 * should carry the editor's operations (issue 4, item 6; ADR 0013)? Two real Chromium sessions
 * of two delegates against the real application measure, interleaved in rounds:
 * <ul>
 *     <li>round trip: a ~100-byte message from the browser to the server and its answer back —
 *     Vaadin's {@code @ClientCallable} over the application's push configuration
 *     ({@code WEBSOCKET_XHR}: requests by XHR, pushes by websocket), Vaadin with requests over the
 *     websocket too ({@code WEBSOCKET}), and a Spring WebSocket;</li>
 *     <li>relay: one browser's message reaching the other browser, through {@code UI.access} and
 *     push for Vaadin, through the other connection for the WebSocket (timestamps from both
 *     browsers' {@code performance.timeOrigin}, the same machine's clock).</li>
 * </ul>
 * Run: {@code infra/bin/bench-transport} (prints {@code name=value} lines).
 */
@SpringBootTest(classes = {AccordApplication.class, TransportProbe.Setup.class},
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"accord.demo.enabled=true", "accord.demo.password=" + TransportBench.PASSWORD})
@ContextConfiguration(initializers = FreshDatabaseInitializer.class)
class TransportBench {

    static final String PASSWORD = "bench-password";
    static final String PAYLOAD = "{\"type\":\"submit\",\"clientSeq\":17,\"baseRevision\":1042,"
            + "\"operation\":[318,\"shall respect\",-4,212]}";
    static final int ROUNDS = Integer.getInteger("rounds", 5);
    static final int PER_ROUND = Integer.getInteger("messages", 200);

    @LocalServerPort
    int port;

    final List<WebDriver> browsers = new ArrayList<>();

    @AfterEach
    void close() {
        browsers.forEach(WebDriver::quit);
    }

    @Test
    void measure() {
        String base = "http://127.0.0.1:" + port;
        WebDriver sender = open(base, "kaz.delegate");
        WebDriver receiver = open(base, "uzb.delegate");
        Map<String, List<Double>> samples = new LinkedHashMap<>();
        for (String name : List.of("vaadin_xhr_rtt", "vaadin_ws_rtt", "websocket_rtt",
                "vaadin_xhr_relay", "vaadin_ws_relay", "websocket_relay")) {
            samples.put(name, new ArrayList<>());
        }
        for (int round = 0; round < ROUNDS + 1; round++) {
            boolean warmUp = round == 0;
            for (String transport : List.of("xhr", "websocket")) {
                probe(sender, base, transport);
                probe(receiver, base, transport);
                String prefix = transport.equals("xhr") ? "vaadin_xhr" : "vaadin_ws";
                record(samples, prefix + "_rtt", warmUp, vaadinRoundTrips(sender));
                record(samples, prefix + "_relay", warmUp, vaadinRelay(sender, receiver));
            }
            record(samples, "websocket_rtt", warmUp, socketRoundTrips(sender));
            record(samples, "websocket_relay", warmUp, socketRelay(sender, receiver));
        }
        System.out.println("transport benchmark: " + ROUNDS + " rounds of " + PER_ROUND + " messages each, "
                + "after one warm-up round; payload " + PAYLOAD.length() + " bytes");
        samples.forEach((name, values) -> {
            System.out.printf("%s_p50_ms=%.2f%n", name, percentile(values, 50));
            System.out.printf("%s_p99_ms=%.2f%n", name, percentile(values, 99));
        });
        for (String kind : List.of("rtt", "relay")) {
            double socket = percentile(samples.get("websocket_" + kind), 50);
            System.out.printf("ratio_vaadin_xhr_to_websocket_%s_p50=%.2f%n", kind, percentile(samples.get("vaadin_xhr_" + kind), 50) / socket);
            System.out.printf("ratio_vaadin_ws_to_websocket_%s_p50=%.2f%n", kind, percentile(samples.get("vaadin_ws_" + kind), 50) / socket);
        }
    }

    WebDriver open(String base, String username) {
        WebDriver browser = org.accord.journey.BenchBrowsers.open();
        browsers.add(browser);
        org.accord.journey.BenchBrowsers.signIn(browser, base, username, PASSWORD);
        return browser;
    }

    static void probe(WebDriver browser, String base, String transport) {
        browser.get(base + "/transport-probe?transport=" + transport);
        await().atMost(Duration.ofSeconds(30)).until(() -> !browser.findElements(By.id("probe")).isEmpty()
                && Boolean.TRUE.equals(js(browser).executeScript(
                "const p = document.getElementById('probe'); return !!(p && p.$server && p.$server.echo);")));
    }

    static void record(Map<String, List<Double>> samples, String name, boolean warmUp, List<Double> values) {
        if (!warmUp) {
            samples.get(name).addAll(values);
        }
    }

    @SuppressWarnings("unchecked")
    static List<Double> vaadinRoundTrips(WebDriver browser) {
        return numbers((List<Object>) js(browser).executeAsyncScript("""
                const [count, payload, done] = arguments;
                (async () => {
                  const probe = document.getElementById('probe');
                  const samples = [];
                  for (let i = 0; i < count; i++) {
                    const started = performance.now();
                    await probe.$server.echo(payload);
                    samples.push(performance.now() - started);
                  }
                  done(samples);
                })();""", PER_ROUND, PAYLOAD));
    }

    @SuppressWarnings("unchecked")
    static List<Double> vaadinRelay(WebDriver sender, WebDriver receiver) {
        js(receiver).executeScript("""
                window.__probeLatencies = [];
                window.__probeReceived = (text) => window.__probeLatencies.push(
                    performance.timeOrigin + performance.now() - JSON.parse(text).sentAt);""");
        js(sender).executeAsyncScript("""
                const [count, payload, done] = arguments;
                (async () => {
                  const probe = document.getElementById('probe');
                  for (let i = 0; i < count; i++) {
                    await probe.$server.broadcast(JSON.stringify({ sentAt: performance.timeOrigin + performance.now(), payload }));
                    await new Promise((resolve) => setTimeout(resolve, 10));
                  }
                  done();
                })();""", PER_ROUND, PAYLOAD);
        await().atMost(Duration.ofSeconds(30)).until(() -> ((Number) js(receiver)
                .executeScript("return window.__probeLatencies.length")).intValue() >= PER_ROUND);
        return numbers((List<Object>) js(receiver).executeScript("return window.__probeLatencies"));
    }

    @SuppressWarnings("unchecked")
    static List<Double> socketRoundTrips(WebDriver browser) {
        return numbers((List<Object>) js(browser).executeAsyncScript("""
                const [count, payload, done] = arguments;
                (async () => {
                  const socket = new WebSocket(`ws://${location.host}/probe-socket`);
                  await new Promise((resolve) => socket.onopen = resolve);
                  const samples = [];
                  for (let i = 0; i < count; i++) {
                    const started = performance.now();
                    const answered = new Promise((resolve) => socket.onmessage = resolve);
                    socket.send('echo:' + payload);
                    await answered;
                    samples.push(performance.now() - started);
                  }
                  socket.close();
                  done(samples);
                })();""", PER_ROUND, PAYLOAD));
    }

    @SuppressWarnings("unchecked")
    static List<Double> socketRelay(WebDriver sender, WebDriver receiver) {
        js(receiver).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                window.__probeLatencies = [];
                window.__probeSocket = new WebSocket(`ws://${location.host}/probe-socket`);
                window.__probeSocket.onmessage = (event) => window.__probeLatencies.push(
                    performance.timeOrigin + performance.now() - JSON.parse(event.data).sentAt);
                window.__probeSocket.onopen = () => done();""");
        js(sender).executeAsyncScript("""
                const [count, payload, done] = arguments;
                (async () => {
                  const socket = new WebSocket(`ws://${location.host}/probe-socket`);
                  await new Promise((resolve) => socket.onopen = resolve);
                  for (let i = 0; i < count; i++) {
                    socket.send(JSON.stringify({ sentAt: performance.timeOrigin + performance.now(), payload }));
                    await new Promise((resolve) => setTimeout(resolve, 10));
                  }
                  socket.close();
                  done();
                })();""", PER_ROUND, PAYLOAD);
        await().atMost(Duration.ofSeconds(30)).until(() -> ((Number) js(receiver)
                .executeScript("return window.__probeLatencies.length")).intValue() >= PER_ROUND);
        List<Double> latencies = numbers((List<Object>) js(receiver).executeScript("return window.__probeLatencies"));
        js(receiver).executeScript("window.__probeSocket.close()");
        return latencies;
    }

    static List<Double> numbers(List<Object> values) {
        return values.stream().map(value -> ((Number) value).doubleValue()).toList();
    }

    static double percentile(List<Double> values, double percentile) {
        List<Double> sorted = values.stream().sorted().toList();
        int index = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1)));
    }

    static JavascriptExecutor js(WebDriver browser) {
        return (JavascriptExecutor) browser;
    }
}
