package org.accord.core.history;

import org.accord.api.shared.NegotiationId;
import org.accord.core.infrastructure.AccordEventStorageEngine;
import org.accord.core.notification.NotificationReplay;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;
import java.lang.management.ManagementFactory;
import java.lang.reflect.Method;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.LongConsumer;
import java.util.stream.Stream;

/**
 * The full rebuild of the negotiation read model ({@code negotiation-projection}), the timeline
 * ({@code history-timeline}) and the notifications ({@code notifications}) in one pass over the event
 * store, without their processors (ADR 0021). A reader thread reads the events in order through
 * Axon's own JDBC storage engine (upcasters included) with a large fetch batch and deserializes them;
 * the folding thread folds each negotiation's events in memory through the projection's own
 * {@code ReadModelUpdates} ({@link ReplayedNegotiation}), has the notifications' handlers decide on
 * their rows in memory ({@link NotificationReplay}, with {@code ReplayStatus.REPLAY}: nothing is
 * pushed), and builds the timeline's rows, which a third thread sends to PostgreSQL with
 * {@code COPY} ({@link TimelineCopy}). At the end of the stream the folded rows are written
 * ({@link ReplayedRows}), and each processor's token is set to the last event read, all in the one
 * transaction that wrote the timeline: if anything fails, nothing of it is kept, and the processors,
 * whose tokens were reset before, replay through Axon as before.
 */
@Component
class BulkReplay {

    private static final Logger LOG = LoggerFactory.getLogger(BulkReplay.class);
    static final String NEGOTIATION_PROJECTION = "negotiation-projection";
    /** The processors whose read models this replay can rebuild. */
    static final Set<String> PROCESSORS = Set.of(NEGOTIATION_PROJECTION, TimelineProjection.PROCESSING_GROUP,
            NotificationReplay.PROCESSING_GROUP);
    private static final Map<Class<?>, Method> NEGOTIATION_IDS = new ConcurrentHashMap<>();

    private final JdbcEventStorageEngine events;
    private final TokenStore tokens;
    private final DataSource dataSource;
    private final JdbcTemplate jdbc;
    private final ReplayedRows rowsWriter;
    private final TransactionTemplate transaction;

    BulkReplay(Configuration axon, ConnectionProvider connections, TransactionManager axonTransactions,
               EventSchema schema, TokenStore tokens, DataSource dataSource, JdbcTemplate jdbc,
               PlatformTransactionManager transactions,
               @Value("${accord.history.rebuild-fetch-size:5000}") int fetchSize) {
        // Axon's engine as the processors read it (same schema, serializer and upcasters), with a larger batch
        this.events = AccordEventStorageEngine.of(JdbcEventStorageEngine.builder()
                .snapshotSerializer(axon.serializer())
                .eventSerializer(axon.eventSerializer())
                .upcasterChain(axon.upcasterChain())
                .transactionManager(axonTransactions)
                .batchSize(fetchSize), schema, connections);
        this.tokens = tokens;
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.rowsWriter = new ReplayedRows(jdbc);
        this.transaction = new TransactionTemplate(transactions);
    }

    /**
     * Rebuilds the read models of {@code processors} (a subset of {@link #PROCESSORS}, stopped, their
     * tables emptied by their reset handlers, one segment each) from every event, and stores their
     * tokens at the last event read. {@code progress} receives the global index of each event read.
     * Returns the number of events read.
     */
    long run(Set<String> processors, LongConsumer progress) {
        return transaction.execute(status -> {
            try {
                return replay(processors, progress);
            } catch (SQLException e) {
                throw new IllegalStateException("The bulk rebuild of " + processors + " failed", e);
            }
        });
    }

    /**
     * Reads every event as the rebuild does (Axon's engine, upcasters, payload deserialized, timestamp
     * parsed) and does nothing with it: the ceiling of any rebuild through Axon's storage engine.
     */
    long readOnly() {
        long read = 0;
        try (Stream<? extends TrackedEventMessage<?>> stream = events.readEvents(null, false)) {
            var iterator = stream.iterator();
            while (iterator.hasNext()) {
                TrackedEventMessage<?> event = iterator.next();
                event.getPayload();
                event.getTimestamp();
                read++;
            }
        }
        return read;
    }

    private long replay(Set<String> processors, LongConsumer progress) throws SQLException {
        boolean negotiations = processors.contains(NEGOTIATION_PROJECTION);
        boolean timeline = processors.contains(TimelineProjection.PROCESSING_GROUP);
        Map<NegotiationId, ReplayedNegotiation> folds = new LinkedHashMap<>();
        TimelineCopy copy = timeline ? new TimelineCopy(DataSourceUtils.getConnection(dataSource)) : null;
        NotificationReplay notifications = processors.contains(NotificationReplay.PROCESSING_GROUP)
                ? new NotificationReplay() : null;
        TrackingToken last = null;
        long read = 0;
        long started = System.nanoTime();
        long reading = 0;
        long folding = 0;
        long timelineRows = 0;
        long cpuStarted = cpu();
        EventReader reader = new EventReader();
        reader.start();
        try {
        while (true) {
            long t0 = System.nanoTime();
            List<TrackedEventMessage<?>> batch = reader.next();
            reading += System.nanoTime() - t0;
            if (batch.isEmpty()) {
                break;
            }
            if (copy != null) {
                long t2 = System.nanoTime();
                copy.add(batch);
                timelineRows += System.nanoTime() - t2;
            }
            for (TrackedEventMessage<?> event : batch) {
                long t1 = System.nanoTime();
                last = event.trackingToken();
                read++;
                if (negotiations && EventRoutes.eventTypes().contains(event.getPayloadType())) {
                    folds.computeIfAbsent(negotiationId(event.getPayload()), id -> new ReplayedNegotiation())
                            .apply(event);
                }
                if (notifications != null) {
                    notifications.apply(event);
                }
                folding += System.nanoTime() - t1;
            }
            progress.accept(last.position().orElse(read));
        }
        } catch (RuntimeException | SQLException e) {
            if (copy != null) {
                copy.abandon();
            }
            throw e;
        } finally {
            reader.stop();
        }
        long foldingCpu = cpu() - cpuStarted;
        long t3 = System.nanoTime();
        if (copy != null) {
            copy.finish();
        }
        long t4 = System.nanoTime();
        if (negotiations) {
            folds.forEach(rowsWriter::write);
        }
        if (notifications != null) {
            notifications.write(jdbc);
        }
        long t5 = System.nanoTime();
        TrackingToken token = last != null ? last : events.createTailToken();
        for (String processor : processors) {
            tokens.storeToken(token, processor, 0);
            tokens.releaseClaim(processor, 0);
        }
        if (last != null) {
            progress.accept(last.position().orElse(read));
        }
        LOG.info("Bulk rebuild of {}: {} events, {} negotiations in {} s: waiting for the reader {} s, folding (and "
                        + "notifications) {} s, handing the timeline over and waiting for its end {} s (on its own "
                        + "thread: building rows {} s, waiting for COPY {} s), writing the rows {} s, tokens {} s; CPU time of "
                        + "the reader {} s, of the folding thread {} s, of the timeline's {} s",
                processors, read, folds.size(), seconds(System.nanoTime() - started), seconds(reading), seconds(folding),
                seconds(timelineRows + t4 - t3), seconds(copy == null ? 0 : copy.rowsNanos()),
                seconds(copy == null ? 0 : copy.copyNanos()), seconds(t5 - t4), seconds(System.nanoTime() - t5),
                seconds(reader.cpu), seconds(foldingCpu), seconds(copy == null ? 0 : copy.cpuNanos()));
        return read;
    }

    private static NegotiationId negotiationId(Object payload) {
        Method accessor = NEGOTIATION_IDS.computeIfAbsent(payload.getClass(), type -> {
            try {
                return type.getMethod("negotiationId");
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException(type + " is handled by the projection but names no negotiation", e);
            }
        });
        try {
            return (NegotiationId) accessor.invoke(payload);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Reads and deserializes the events on a thread of its own (outside the rebuild's transaction:
     * reading needs none), in batches, so that reading and folding use both cores.
     */
    private final class EventReader {

        private static final int BATCH = 1_000;
        private final BlockingQueue<List<TrackedEventMessage<?>>> batches = new ArrayBlockingQueue<>(16);
        private volatile Throwable failure;
        private volatile boolean stopped;
        private volatile long cpu;

        void start() {
            Thread thread = new Thread(this::read, "accord-bulk-rebuild-reader");
            thread.setDaemon(true);
            thread.start();
        }

        private void read() {
            long cpuStarted = cpu();
            try {
                readAll();
            } finally {
                cpu = cpu() - cpuStarted;
            }
        }

        private void readAll() {
            try (Stream<? extends TrackedEventMessage<?>> stream = events.readEvents(null, false)) {
                List<TrackedEventMessage<?>> batch = new ArrayList<>(BATCH);
                var iterator = stream.iterator();
                while (iterator.hasNext()) {
                    TrackedEventMessage<?> event = iterator.next();
                    event.getPayload(); // deserialized (and the timestamp parsed) here, not on the folding thread
                    event.getTimestamp();
                    batch.add(event);
                    if (batch.size() == BATCH) {
                        if (!hand(batch)) {
                            return;
                        }
                        batch = new ArrayList<>(BATCH);
                    }
                }
                if (!batch.isEmpty() && !hand(batch)) {
                    return;
                }
            } catch (Throwable e) {
                failure = e;
            }
            try {
                hand(List.of());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        /** Hands a batch to the folding thread; {@code false} if it has stopped taking them. */
        private boolean hand(List<TrackedEventMessage<?>> batch) throws InterruptedException {
            while (!batches.offer(batch, 100, TimeUnit.MILLISECONDS)) {
                if (stopped) {
                    return false;
                }
            }
            return true;
        }

        /** The folding thread takes no more batches (it failed, or it is done). */
        void stop() {
            stopped = true;
            batches.clear();
        }

        /** The next batch in stream order; empty at the end. */
        List<TrackedEventMessage<?>> next() {
            try {
                List<TrackedEventMessage<?>> batch = batches.take();
                if (batch.isEmpty() && failure != null) {
                    throw new IllegalStateException("Reading the event store failed", failure);
                }
                return batch;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("The bulk rebuild was interrupted", e);
            }
        }
    }

    /** The CPU time of the calling thread so far, in nanoseconds (0 where the JVM does not measure it). */
    static long cpu() {
        var threads = ManagementFactory.getThreadMXBean();
        return threads.isCurrentThreadCpuTimeSupported() ? threads.getCurrentThreadCpuTime() : 0;
    }

    private static String seconds(long nanos) {
        return String.format(java.util.Locale.ROOT, "%.1f", nanos / 1e9);
    }
}
