package org.accord.core.history.tool;

import org.accord.api.history.FindTimeline;
import org.accord.api.history.TimelinePage;
import org.accord.api.negotiation.NegotiationView;
import org.accord.api.shared.Actor;
import org.accord.api.shared.ArticleId;
import org.accord.api.shared.DelegationCode;
import org.accord.api.shared.Role;
import org.accord.core.infrastructure.ActorMetaData;
import org.axonframework.messaging.GenericMessage;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import java.time.Instant;
import java.util.Set;
import org.accord.api.shared.NegotiationId;
import org.accord.core.history.HistoryGenerator;
import org.accord.core.history.Keyframes;
import org.accord.core.history.NegotiationAsOf;
import org.accord.core.history.ReadModelRebuild;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;

/**
 * The history tools, run once the core has started ({@link HistoryToolMain}); each prints
 * {@code name=value} lines on standard output.
 * <ul>
 * <li>{@code generate}: {@link HistoryGenerator} sends a realistic mix of real commands until the
 * negotiation {@code accord.history.negotiation} holds {@code accord.history.events} events, with
 * {@code accord.history.group} commands per transaction; then folds it once to store its keyframes.</li>
 * <li>{@code bench}: as-of opens at {@code accord.history.points} random sequence numbers (p50, p95,
 * max, in ms, keyframes in place), a sequential JDBC scan of {@code domain_event_entry} (events/s),
 * the same events read through Axon's JDBC engine and deserialized without handling them (the ceiling of
 * any rebuild through Axon), and the full rebuild of the read models (token reset until caught up,
 * events/s), in the same run.</li>
 * </ul>
 */
@Component
@ConditionalOnProperty("accord.history.tool")
class HistoryToolRunner implements ApplicationRunner {

    private final String tool;
    private final NegotiationId id;
    private final long events;
    private final int group;
    private final int points;
    private final long seed;
    private final HistoryGenerator generator;
    private final NegotiationAsOf history;
    private final Keyframes keyframes;
    private final ReadModelRebuild rebuild;
    private final EventStore eventStore;
    private final DataSource dataSource;
    private final EventProcessingConfiguration processing;
    private final QueryGateway queries;
    private static final Actor CHAIR = new Actor("chair", "Secretariat (Chair)", Role.CHAIR, null);

    HistoryToolRunner(@Value("${accord.history.tool}") String tool,
                      @Value("${accord.history.negotiation:generated-history}") String id,
                      @Value("${accord.history.events:1000000}") long events,
                      @Value("${accord.history.group:500}") int group,
                      @Value("${accord.history.points:200}") int points,
                      @Value("${accord.history.seed:2026}") long seed,
                      HistoryGenerator generator, NegotiationAsOf history, Keyframes keyframes,
                      ReadModelRebuild rebuild, EventStore eventStore, DataSource dataSource,
                      EventProcessingConfiguration processing, QueryGateway queries) {
        this.processing = processing;
        this.queries = queries;
        this.tool = tool;
        this.id = NegotiationId.of(id);
        this.events = events;
        this.group = group;
        this.points = points;
        this.seed = seed;
        this.generator = generator;
        this.history = history;
        this.keyframes = keyframes;
        this.rebuild = rebuild;
        this.eventStore = eventStore;
        this.dataSource = dataSource;
    }

    @Override
    public void run(ApplicationArguments args) throws Exception {
        switch (tool) {
            case "generate" -> generate();
            case "bench" -> bench();
            default -> throw new IllegalArgumentException("unknown history tool " + tool);
        }
    }

    /**
     * The tracking processors, stopped: their catching up would take the CPU from what is measured.
     * Each is first given time to claim its segment: a tracking processor shut down while its launcher
     * is still claiming was seen never to claim again once restarted (the rebuild then never ended).
     */
    private void stopProcessors() throws InterruptedException {
        List<StreamingEventProcessor> processors = processing.eventProcessors().values().stream()
                .filter(StreamingEventProcessor.class::isInstance).map(StreamingEventProcessor.class::cast).toList();
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (System.nanoTime() < deadline && processors.stream().anyMatch(p -> p.processingStatus().isEmpty())) {
            Thread.sleep(100);
        }
        processors.forEach(StreamingEventProcessor::shutDown);
    }

    private void generate() throws InterruptedException {
        // the read models are not kept while generating (they are rebuilt by bench-history, or
        // caught up by the next start): the CPU goes to the commands
        stopProcessors();
        HistoryGenerator.Generated generated = generator.generate(id, events, seed, group);
        double seconds = generated.took().toNanos() / 1e9;
        print("negotiation", id.value());
        print("events", generated.events());
        print("commands", generated.commands());
        print("generate_seconds", fmt(seconds));
        print("generate_events_per_s", fmt(generated.events() / seconds));
        long started = System.nanoTime();
        history.prepare(id);
        print("keyframe_interval", keyframes.interval());
        print("keyframes", keyframes.count(id));
        print("keyframes_seconds", fmt((System.nanoTime() - started) / 1e9));
    }

    private void bench() throws Exception {
        long last = eventStore.lastSequenceNumberFor(id.value())
                .orElseThrow(() -> new IllegalStateException("no negotiation " + id.value() + ": run generate-history"));
        stopProcessors(); // until the rebuild, which resets and starts them
        print("negotiation", id.value());
        print("events", last + 1);
        long prepared = System.nanoTime();
        history.prepare(id);
        print("keyframe_interval", keyframes.interval());
        print("keyframes", keyframes.count(id));
        print("keyframes_prepare_seconds", fmt((System.nanoTime() - prepared) / 1e9));

        Random random = new Random(seed);
        for (int i = 0; i < 10; i++) { // warm-up, not measured
            history.atSequence(id, random.nextLong(last + 1));
        }
        double[] millis = new double[points];
        for (int i = 0; i < points; i++) {
            long n = random.nextLong(last + 1);
            long started = System.nanoTime();
            Optional<NegotiationView> view = history.atSequence(id, n);
            millis[i] = (System.nanoTime() - started) / 1e6;
            if (view.isEmpty()) {
                throw new IllegalStateException("no view at " + n);
            }
        }
        Arrays.sort(millis);
        print("asof_points", points);
        print("asof_p50_ms", fmt(percentile(millis, 50)));
        print("asof_p95_ms", fmt(percentile(millis, 95)));
        print("asof_max_ms", fmt(millis[millis.length - 1]));
        print("asof_target_p95_ms", 200);
        print("asof_target_met", percentile(millis, 95) <= 200);

        // each measured twice, the first run warming the JIT up (as JMH does), the second reported
        double[] coldScan = rawScan();
        double[] warmScan = rawScan();
        long scanned = (long) warmScan[0];
        double scanSeconds = warmScan[1];
        double raw = scanned / scanSeconds;
        print("raw_scan_cold_seconds", fmt(coldScan[1]));
        print("raw_scan_events", scanned);
        print("raw_scan_seconds", fmt(scanSeconds));
        print("raw_scan_events_per_s", fmt(raw));

        // the ceiling of a rebuild through Axon: every event read, upcast and deserialized by its JDBC engine, none handled
        long axonStarted = System.nanoTime();
        long axonRead = rebuild.readEventStore();
        double axonSeconds = (System.nanoTime() - axonStarted) / 1e9;
        print("axon_read_events", axonRead);
        print("axon_read_seconds", fmt(axonSeconds));
        print("axon_read_events_per_s", fmt(axonRead / axonSeconds));
        print("axon_read_to_raw_ratio", fmt(axonRead / axonSeconds / raw));

        double coldRebuild = rebuild();
        print("rebuild_cold_seconds", fmt(coldRebuild));
        print("rebuild_cold_to_raw_ratio", fmt(scanned / coldRebuild / raw));
        double rebuildSeconds = rebuild();
        double rate = scanned / rebuildSeconds;
        print("rebuild_events", scanned);
        print("rebuild_seconds", fmt(rebuildSeconds));
        print("rebuild_events_per_s", fmt(rate));
        print("rebuild_to_raw_ratio", fmt(rate / raw));
        print("rebuild_target_ratio", "0.3");
        print("rebuild_target_met", rate / raw >= 0.3);
        List<String> processors = new ArrayList<>();
        rebuild.progress().processors().forEach(p -> processors.add(p.name()));
        print("rebuild_processors", String.join(",", processors));

        timeline(last);
    }

    /** A full rebuild of the read models, until every processor has caught up; its seconds. */
    private double rebuild() throws InterruptedException {
        long started = System.nanoTime();
        rebuild.rebuild();
        while (!rebuild.caughtUp()) {
            Thread.sleep(20); // polling the processors' status (the UI polls every second), finely enough to time it
        }
        return (System.nanoTime() - started) / 1e9;
    }

    /** The raw sequential JDBC scan of the event table: events read and seconds. */
    private double[] rawScan() throws SQLException {
        long scanned = 0;
        long scanStarted = System.nanoTime();
        try (Connection db = dataSource.getConnection()) {
            db.setAutoCommit(false);
            try (PreparedStatement scan = db.prepareStatement("""
                    select global_index, aggregate_identifier, sequence_number, type, event_identifier, meta_data,
                           payload, payload_revision, payload_type, time_stamp
                    from domain_event_entry order by global_index""")) {
                scan.setFetchSize(10_000);
                try (ResultSet rows = scan.executeQuery()) {
                    while (rows.next()) {
                        rows.getLong(1);
                        rows.getString(2);
                        rows.getLong(3);
                        rows.getString(5);
                        rows.getBytes(6);
                        rows.getBytes(7);
                        rows.getString(9);
                        rows.getString(10);
                        scanned++;
                    }
                }
            }
            db.commit();
        }
        return new double[]{scanned, (System.nanoTime() - scanStarted) / 1e9};
    }

    /** Timeline pages of 100 through the query handler, as the chair: first and deep pages, with each filter. */
    private void timeline(long last) {
        long deep = last * 9 / 10;
        Instant from = eventStore.readEvents(id.value(), deep).peek().getTimestamp();
        timelinePage("timeline_first_page_ms", new FindTimeline(id, null, null, Set.of(), null, null, -1, 100));
        timelinePage("timeline_deep_page_ms", new FindTimeline(id, null, null, Set.of(), null, null, deep, 100));
        timelinePage("timeline_deep_delegation_page_ms",
                new FindTimeline(id, DelegationCode.of("KAZ"), null, Set.of(), null, null, deep, 100));
        timelinePage("timeline_deep_clause_page_ms",
                new FindTimeline(id, null, ArticleId.of("gen-art-3"), Set.of(), null, null, deep, 100));
        timelinePage("timeline_rare_act_page_ms",
                new FindTimeline(id, null, null, Set.of("MilestoneIssued", "SilenceBroken"), null, null, -1, 100));
        timelinePage("timeline_time_range_page_ms",
                new FindTimeline(id, null, null, Set.of(), from, null, -1, 100));
    }

    private void timelinePage(String name, FindTimeline query) {
        double best = Double.MAX_VALUE;
        int entries = 0;
        for (int i = 0; i < 5; i++) {
            long started = System.nanoTime();
            TimelinePage page = queries.query(new GenericMessage<>(query, ActorMetaData.of(CHAIR)),
                    ResponseTypes.instanceOf(TimelinePage.class)).join();
            best = Math.min(best, (System.nanoTime() - started) / 1e6);
            entries = page.entries().size();
        }
        print(name, fmt(best));
        print(name.replace("_ms", "_entries"), entries);
    }

    private static double percentile(double[] sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    private static String fmt(double value) {
        return String.format(Locale.ROOT, "%.3f", value);
    }

    private static void print(String name, Object value) {
        System.out.println(name + "=" + value);
    }
}
