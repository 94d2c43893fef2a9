package org.accord.bench.transport;

import com.vaadin.flow.server.Version;
import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.server.startup.ApplicationConfiguration;
import org.accord.AccordApplication;
import org.accord.app.DatabaseBootstrap;
import org.accord.journey.Browsers;
import org.openqa.selenium.By;
import org.openqa.selenium.HasCapabilities;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootVersion;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.web.context.WebApplicationContext;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The transport benchmark behind {@code infra/bin/bench-transport} (ADR 0013): how long a small
 * co-editing message (about 100 bytes of JSON) takes from a real headless Chromium to the real
 * application and back, over Vaadin ({@code $server} call answered with {@code executeJs}) and
 * over a dedicated Spring WebSocket authenticated by the same HTTP session, interleaved in the
 * same run. Not a test: run it with {@code infra/bin/bench-transport}.
 *
 * <p>It starts the application (embedded PostgreSQL under {@code $ACCORD_HOME}, or
 * {@code ACCORD_DB_URL}) plus {@link TransportBenchConfiguration} on 127.0.0.1, signs in two demo
 * users in two browsers (A: {@code chair}, B: {@code kaz.head}) and runs, in A, a loop that takes
 * one round trip of each kind per iteration in a seeded random order:
 * <ul>
 *     <li>{@code vaadin}: {@code $server.echo}, answered inside the request;</li>
 *     <li>{@code vaadin_access}: {@code $server.echoAccess}, answered from another thread through
 *     {@code UI.access} (pushed);</li>
 *     <li>{@code websocket}: a frame on the dedicated socket, echoed by the handler;</li>
 *     <li>{@code vaadin_relay} / {@code websocket_relay}: A → server → B, whose browser answers at
 *     once over the same transport, B → server → A. The round trip needs no clock; the one-way
 *     time A → B compares {@code performance.timeOrigin + performance.now()} in the two browsers
 *     (same machine, same wall clock).</li>
 * </ul>
 * Phase 1 uses the application's push configuration (Vaadin's {@code WEBSOCKET_XHR}: RPCs go up
 * by XHR, pushes come down the websocket); phase 2 ({@code pushws_} names) the same with Vaadin's
 * {@code WEBSOCKET} transport (both ways over Vaadin's websocket). Then, one kind at a time, the
 * server JVM's CPU time per echo. Prints {@code name=value} lines on standard output; everything
 * else, the application's log included, goes to standard error.
 *
 * <p>Settings (environment): {@code BENCH_PORT} (8100), {@code BENCH_N} (1000 measured round trips
 * per kind and phase), {@code BENCH_WARMUP} (200 per kind and phase), {@code BENCH_CPU_N} (1000
 * per kind), {@code BENCH_SEED} (1), {@code BENCH_DEMO_PASSWORD} (the demo accounts' password
 * when the database already holds them; otherwise a random one is set on creation).
 */
public final class TransportBench {

    static final String[] KINDS = {"vaadin", "vaadin_access", "websocket", "vaadin_relay", "websocket_relay"};

    /** Installs {@code window.__bench} in a browser on the echo view, and opens its socket. */
    static final String INSTALL = """
            const [me, peer, socketPath, done] = arguments;
            const el = document.getElementById('bench-echo');
            const pending = new Map();
            const ws = new WebSocket((location.protocol === 'https:' ? 'wss://' : 'ws://') + location.host + socketPath);
            const send = {
              vaadin: t => el.$server.echo(t),
              vaadin_access: t => el.$server.echoAccess(t),
              websocket: t => ws.send(t),
              vaadin_relay: t => el.$server.relay(peer, t),
              websocket_relay: t => ws.send(t),
            };
            function recv(text) {
              const m = JSON.parse(text);
              if (m.k === 'relay' && m.dir === 'ping') {
                // B: answer at once over the same transport
                m.dir = 'pong'; m.tB = performance.timeOrigin + performance.now(); m.to = m.from; m.from = me;
                const answer = JSON.stringify(m);
                if (m.tr === 'ws') { ws.send(answer); } else { el.$server.relay(m.to, answer); }
                return;
              }
              const resolve = pending.get(m.i);
              if (resolve) { pending.delete(m.i); resolve(m); }
            }
            let seq = 0;
            function once(kind) {
              const i = ++seq;
              const m = {k: kind.endsWith('_relay') ? 'relay' : 'echo', tr: kind.startsWith('websocket') ? 'ws' : 'vaadin',
                         i, from: me, to: peer, dir: 'ping',
                         op: {type: 'submit', clientSeq: i, baseRevision: 40000 + i, operation: [1187, 'the Parties ', -3, 2046]}};
              return new Promise((resolve, reject) => {
                const timer = setTimeout(() => { pending.delete(i); reject(new Error(kind + ' message ' + i + ' lost')); }, 10000);
                const t0 = performance.now();
                m.tA = performance.timeOrigin + t0;
                pending.set(i, r => { const t1 = performance.now(); clearTimeout(timer); resolve({rtt: t1 - t0, oneway: r.tB ? r.tB - m.tA : null}); });
                send[kind](JSON.stringify(m));
              });
            }
            function random(seed) { // mulberry32
              return () => { seed |= 0; seed = seed + 0x6D2B79F5 | 0; let t = Math.imul(seed ^ seed >>> 15, 1 | seed);
                t = t + Math.imul(t ^ t >>> 7, 61 | t) ^ t; return ((t ^ t >>> 14) >>> 0) / 4294967296; };
            }
            async function run(kinds, warmup, n, seed) {
              const next = random(seed);
              const order = () => { const a = kinds.slice(); for (let j = a.length - 1; j > 0; j--) { const k = Math.floor(next() * (j + 1)); [a[j], a[k]] = [a[k], a[j]]; } return a; };
              const out = {};
              kinds.forEach(k => out[k] = {rtt: [], oneway: []});
              for (let w = 0; w < warmup; w++) { for (const k of order()) { await once(k); } }
              const started = performance.now();
              for (let j = 0; j < n; j++) {
                for (const k of order()) { const r = await once(k); out[k].rtt.push(r.rtt); if (r.oneway !== null) { out[k].oneway.push(r.oneway); } }
              }
              out.elapsed_ms = performance.now() - started;
              return out;
            }
            window.__bench = {recv, run};
            const ready = () => el && el.$server && el.$server.echo && el.$server.echoAccess && el.$server.relay;
            ws.onerror = () => done('websocket error');
            ws.onclose = e => { if (!window.__benchOpen) { done('websocket closed: ' + e.code + ' ' + e.reason); } };
            ws.onmessage = e => recv(e.data);
            ws.onopen = () => { window.__benchOpen = true; const wait = () => ready() ? done('ok') : setTimeout(wait, 20); wait(); };
            """;

    /** Runs {@code window.__bench.run(kinds, warmup, n, seed)} and hands its result to Selenium. */
    static final String RUN = """
            const [kinds, warmup, n, seed, done] = arguments;
            window.__bench.run(kinds, warmup, n, seed).then(done, e => done('failed: ' + e.message));
            """;

    private TransportBench() {
    }

    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        System.setOut(System.err); // the application's log must not mix with the figures
        int port = setting("BENCH_PORT", 8100);
        int n = setting("BENCH_N", 1000);
        int warmup = setting("BENCH_WARMUP", 200);
        int cpuN = setting("BENCH_CPU_N", 1000);
        int seed = setting("BENCH_SEED", 1);
        String password = System.getenv().getOrDefault("BENCH_DEMO_PASSWORD",
                HexFormat.of().formatHex(new SecureRandom().generateSeed(12)));

        System.setProperty("axoniq.update-checker.disabled", "true");
        System.setProperty("accord.demo.enabled", "true");
        System.setProperty("accord.demo.password", password);
        DatabaseBootstrap database = DatabaseBootstrap.prepare(new String[0]);
        SpringApplication application = new SpringApplication(AccordApplication.class, TransportBenchConfiguration.class);
        application.setRegisterShutdownHook(false);
        ConfigurableApplicationContext context = null;
        WebDriver a = null;
        WebDriver b = null;
        int status = 0;
        try {
            context = application.run("--server.port=" + port, "--server.address=127.0.0.1");
            String base = "http://127.0.0.1:" + port;
            a = Browsers.open();
            b = Browsers.open();
            Browsers.signIn(a, base, "chair", password);
            Browsers.signIn(b, base, "kaz.head", password);

            out.println("date=" + Instant.now().toString().replaceAll("\\.\\d+Z$", "Z"));
            out.println("cores=" + Runtime.getRuntime().availableProcessors());
            out.println("java=" + System.getProperty("java.runtime.version"));
            out.println("spring_boot=" + SpringBootVersion.getVersion());
            out.println("vaadin_flow=" + Version.getFullVersion());
            out.println("vaadin_production_mode=" + ApplicationConfiguration.get(new VaadinServletContext(
                    ((WebApplicationContext) context).getServletContext())).isProductionMode());
            out.println("chromium=" + ((HasCapabilities) a).getCapabilities().getBrowserVersion());
            out.println("n=" + n);
            out.println("warmup=" + warmup);
            out.println("seed=" + seed);

            Map<String, Double> figures = new LinkedHashMap<>();
            // phase 1: the application's push transport; phase 2: Vaadin's websocket-only transport
            for (String phase : List.of("", "pushws_")) {
                String query = phase.isEmpty() ? "" : "?transport=websocket";
                open(a, base + "/" + TransportBenchConfiguration.ROUTE + query, "chair", "kaz.head");
                open(b, base + "/" + TransportBenchConfiguration.ROUTE + query, "kaz.head", "chair");
                Map<String, Object> result = run(a, Arrays.asList(KINDS), warmup, n, seed);
                out.println(phase + "elapsed_s=" + String.format(Locale.ROOT, "%.1f",
                        ((Number) result.get("elapsed_ms")).doubleValue() / 1000));
                for (String kind : KINDS) {
                    @SuppressWarnings("unchecked")
                    Map<String, List<Number>> samples = (Map<String, List<Number>>) result.get(kind);
                    report(out, figures, phase + kind + "_rtt", samples.get("rtt"));
                    if (kind.endsWith("_relay")) {
                        report(out, figures, phase + kind + "_oneway", samples.get("oneway"));
                    }
                }
                ratio(out, figures, phase + "vaadin_rtt", phase + "websocket_rtt");
                ratio(out, figures, phase + "vaadin_access_rtt", phase + "websocket_rtt");
                ratio(out, figures, phase + "vaadin_relay_rtt", phase + "websocket_relay_rtt");
                ratio(out, figures, phase + "vaadin_relay_oneway", phase + "websocket_relay_oneway");
            }

            // CPU time of the server JVM (the application; Selenium's client only waits) per echo,
            // one kind at a time on the application's push transport, less the idle rate
            open(a, base + "/" + TransportBenchConfiguration.ROUTE, "chair", "kaz.head");
            com.sun.management.OperatingSystemMXBean os =
                    (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
            long idleCpu = os.getProcessCpuTime();
            long idleWall = System.nanoTime();
            Thread.sleep(3000);
            double idleRate = (double) (os.getProcessCpuTime() - idleCpu) / (System.nanoTime() - idleWall);
            out.println("cpu_n=" + cpuN);
            for (String kind : List.of("vaadin", "vaadin_access", "websocket")) {
                run(a, List.of(kind), warmup, 0, seed);
                long cpu = os.getProcessCpuTime();
                long wall = System.nanoTime();
                run(a, List.of(kind), 0, cpuN, seed);
                long wallNanos = System.nanoTime() - wall;
                double cpuNanos = os.getProcessCpuTime() - cpu - idleRate * wallNanos;
                out.println(kind + "_server_cpu_us_per_msg=" + String.format(Locale.ROOT, "%.1f", cpuNanos / cpuN / 1000));
            }
        } catch (Exception | AssertionError e) {
            e.printStackTrace();
            status = 2;
        } finally {
            for (WebDriver browser : new WebDriver[] {a, b}) {
                if (browser != null) {
                    browser.quit();
                }
            }
            if (context != null) {
                context.close();
            }
            database.stop();
        }
        System.exit(status);
    }

    static void open(WebDriver browser, String url, String me, String peer) {
        browser.get(url);
        new WebDriverWait(browser, Duration.ofSeconds(30))
                .until(ExpectedConditions.presenceOfElementLocated(By.id(EchoView.ID)));
        browser.manage().timeouts().scriptTimeout(Duration.ofMinutes(10));
        Object installed = ((JavascriptExecutor) browser).executeAsyncScript(INSTALL, me, peer, TransportBenchConfiguration.SOCKET);
        if (!"ok".equals(installed)) {
            throw new IllegalStateException("cannot install the benchmark in the browser: " + installed);
        }
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> run(WebDriver browser, List<String> kinds, int warmup, int n, int seed) {
        Object result = ((JavascriptExecutor) browser).executeAsyncScript(RUN, kinds, warmup, n, seed);
        if (!(result instanceof Map)) {
            throw new IllegalStateException("the benchmark loop failed in the browser: " + result);
        }
        return (Map<String, Object>) result;
    }

    static void report(PrintStream out, Map<String, Double> figures, String name, List<Number> samples) {
        double[] sorted = samples.stream().mapToDouble(Number::doubleValue).sorted().toArray();
        if (sorted.length == 0) {
            throw new IllegalStateException(name + ": no samples");
        }
        Map<String, Double> values = new LinkedHashMap<>();
        values.put("p50", percentile(sorted, 50));
        values.put("p90", percentile(sorted, 90));
        values.put("p99", percentile(sorted, 99));
        values.put("mean", Arrays.stream(sorted).average().orElseThrow());
        values.put("max", sorted[sorted.length - 1]);
        values.forEach((stat, value) -> {
            figures.put(name + "_" + stat, value);
            out.println(name + "_" + stat + "_ms=" + String.format(Locale.ROOT, "%.3f", value));
        });
    }

    static void ratio(PrintStream out, Map<String, Double> figures, String over, String under) {
        for (String stat : List.of("p50", "p99")) {
            out.println("ratio_" + over + "_to_" + under.replaceFirst("^pushws_", "") + "_" + stat + "="
                    + String.format(Locale.ROOT, "%.2f", figures.get(over + "_" + stat) / figures.get(under + "_" + stat)));
        }
    }

    /** Nearest-rank percentile of sorted values. */
    static double percentile(double[] sorted, int p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }

    static int setting(String name, int otherwise) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? otherwise : Integer.parseInt(value.strip());
    }
}
