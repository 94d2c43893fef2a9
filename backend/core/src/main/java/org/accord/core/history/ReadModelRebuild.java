package org.accord.core.history;

import org.accord.api.history.FindRebuildProgress;
import org.accord.api.history.RebuildProgress;
import org.accord.api.history.RebuildReadModels;
import org.accord.api.shared.Actor;
import org.accord.api.shared.CommandRejectedException;
import org.accord.api.shared.RejectionReason;
import org.accord.api.shared.Role;
import org.accord.core.infrastructure.ActorMetaData;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Predicate;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Rebuilds every replayable read model: each streaming (tracking or pooled) event processor that
 * supports a reset is shut down and its tokens are reset to the start of the event store, which runs
 * its {@code @ResetHandler} (emptying its tables). The negotiation projection and the timeline (one
 * segment each) are then rebuilt in bulk by {@link BulkReplay}, one pass over the event store on a
 * thread of its own, which stores their tokens at the end and starts them again; every other
 * processor (notifications) is started at once and replays through Axon, its handlers seeing
 * {@code ReplayStatus.REPLAY} and pushing nothing (ADR 0021). Should the bulk pass fail, its
 * processors replay through Axon from their reset tokens. Subscribing processors
 * ({@code clause-edit-log}: written in the command's transaction) are not replayed. The chair only.
 * Progress comes from the bulk pass and the processors' {@link EventTrackerStatus}.
 */
@Component
public class ReadModelRebuild {

    private record Started(Instant at, long total) {
    }

    private static final Logger LOG = LoggerFactory.getLogger(ReadModelRebuild.class);

    private final EventProcessingConfiguration processing;
    private final JdbcClient jdbc;
    private final BulkReplay bulk;
    private final TokenStore tokens;
    private final boolean bulkEnabled;
    private final Clock clock = Clock.systemUTC();
    private final AtomicReference<Started> started = new AtomicReference<>();
    /** The processors being rebuilt in bulk (empty when none is), and the global index the pass has read up to. */
    private volatile Set<String> inBulk = Set.of();
    private final AtomicLong bulkPosition = new AtomicLong();
    /**
     * The processors whose bulk pass has committed, with the global index it read up to: their read
     * models are complete from then on, whether or not the restarted processor has claimed its
     * segment and looked for later events yet (Axon's tracking processor calls itself caught up only
     * after waiting once for an event that does not come).
     */
    private volatile Map<String, Long> bulkDone = Map.of();

    ReadModelRebuild(EventProcessingConfiguration processing, JdbcClient jdbc, BulkReplay bulk, TokenStore tokens,
                     @Value("${accord.history.bulk-rebuild:true}") boolean bulkEnabled) {
        this.processing = processing;
        this.jdbc = jdbc;
        this.bulk = bulk;
        this.tokens = tokens;
        this.bulkEnabled = bulkEnabled;
    }

    @CommandHandler
    void handle(RebuildReadModels command, @MetaDataValue(ActorMetaData.KEY) Actor actor) {
        if (actor == null || actor.role() != Role.CHAIR) {
            throw new CommandRejectedException(RejectionReason.NOT_THE_CHAIR,
                    "Only the chair (administrator) may rebuild the read models");
        }
        // off the command's unit of work: shutting a processor down waits for its current batch
        CompletableFuture.runAsync(this::rebuild).join();
    }

    /**
     * Resets every replayable processor and has it rebuilt (without any permission check: tools and
     * tests); returns once the bulk pass, if any, has started. Nothing happens while a bulk pass runs.
     */
    public void rebuild() {
        rebuild(name -> true);
    }

    /** As {@link #rebuild()}, for the replayable processors whose names {@code which} accepts only. */
    public synchronized void rebuild(Predicate<String> which) {
        if (!inBulk.isEmpty()) {
            return;
        }
        started.set(new Started(clock.instant(), head()));
        bulkDone = Map.of();
        long stopping = System.nanoTime();
        List<StreamingEventProcessor> processors = replayable().stream().filter(p -> which.test(p.getName())).toList();
        // all at once; a thread waiting for new events (up to a second) is woken to see that it must stop
        CompletableFuture<?>[] stopped = processors.stream().map(StreamingEventProcessor::shutdownAsync)
                .toArray(CompletableFuture[]::new);
        wakeWaiting(processors);
        CompletableFuture.allOf(stopped).join();
        LOG.info("Rebuild: {} stopped in {} ms", processors.stream().map(StreamingEventProcessor::getName).toList(),
                (System.nanoTime() - stopping) / 1_000_000);
        Set<String> bulkNames = new HashSet<>();
        List<StreamingEventProcessor> bulkProcessors = new ArrayList<>();
        for (StreamingEventProcessor processor : processors) {
            processor.resetTokens();
            if (bulkEnabled && BulkReplay.PROCESSORS.contains(processor.getName())
                    && tokens.fetchSegments(processor.getName()).length == 1) {
                bulkNames.add(processor.getName());
                bulkProcessors.add(processor);
            } else {
                processor.start();
            }
        }
        if (bulkNames.isEmpty()) {
            return;
        }
        bulkPosition.set(0);
        inBulk = Set.copyOf(bulkNames);
        Thread pass = new Thread(() -> {
            try {
                bulk.run(bulkNames, bulkPosition::set);
                Map<String, Long> done = new HashMap<>();
                bulkNames.forEach(name -> done.put(name, bulkPosition.get()));
                bulkDone = Map.copyOf(done);
            } catch (RuntimeException e) {
                LOG.error("The bulk rebuild failed; {} replay through their processors instead", bulkNames, e);
            } finally {
                bulkProcessors.forEach(StreamingEventProcessor::start);
                inBulk = Set.of();
            }
        }, "accord-bulk-rebuild");
        pass.setDaemon(true);
        pass.start();
    }

    /**
     * Interrupts the threads of these (stopping) processors that wait for new events in the event
     * store. A tracking processor's thread waits up to a second (Axon's event availability timeout,
     * which its Spring Boot properties do not set) before it looks at its state again; interrupted
     * once its processor is no longer running, it ends at once and quietly, as Axon handles it. A
     * thread doing anything else is left alone, and so is every thread of another processor (other
     * Axon configurations in the same JVM included: the threads are this processor's own).
     */
    private static void wakeWaiting(List<StreamingEventProcessor> processors) {
        for (StreamingEventProcessor processor : processors) {
            for (Thread thread : threadsOf(processor)) {
                StackTraceElement[] stack = thread.getStackTrace();
                boolean waitingForEvents = Arrays.stream(stack).limit(16).anyMatch(frame ->
                        frame.getClassName().startsWith("org.axonframework.eventsourcing.eventstore.EmbeddedEventStore"))
                        && Arrays.stream(stack).limit(4).anyMatch(frame -> frame.getMethodName().startsWith("park")
                        || frame.getMethodName().startsWith("await"));
                if (waitingForEvents) {
                    thread.interrupt();
                }
            }
        }
    }

    /**
     * The threads of a tracking processor (Axon keeps them in a private field and exposes none);
     * none if that cannot be read, a later Axon for instance: the rebuild then waits out the poll.
     */
    private static List<Thread> threadsOf(StreamingEventProcessor processor) {
        if (!(processor instanceof TrackingEventProcessor)) {
            return List.of();
        }
        try {
            Field field = TrackingEventProcessor.class.getDeclaredField("workerThreads");
            field.setAccessible(true);
            return ((Map<?, ?>) field.get(processor)).values().stream()
                    .filter(Thread.class::isInstance).map(Thread.class::cast).toList();
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.debug("The threads of {} cannot be read; stopping it waits for its poll", processor.getName(), e);
            return List.of();
        }
    }

    /** Reads every event through Axon's storage engine as the bulk rebuild does, handling none (benchmarks). */
    public long readEventStore() {
        return bulk.readOnly();
    }

    @QueryHandler
    RebuildProgress handle(FindRebuildProgress query, @MetaDataValue(ActorMetaData.KEY) Actor viewer) {
        HistoryQueries.secretariat(viewer);
        return progress();
    }

    /** The progress now, from the processors' status. */
    public RebuildProgress progress() {
        long total = head();
        boolean replaying = false;
        long slowest = Long.MAX_VALUE;
        List<RebuildProgress.Processor> processors = new ArrayList<>();
        Set<String> bulkNow = inBulk;
        for (StreamingEventProcessor processor : replayable()) {
            if (bulkNow.contains(processor.getName())) {
                long position = Math.min(bulkPosition.get(), total);
                replaying = true;
                slowest = Math.min(slowest, position);
                processors.add(new RebuildProgress.Processor(processor.getName(), true, position));
                continue;
            }
            Map<Integer, EventTrackerStatus> status = processor.processingStatus();
            long position = status.isEmpty() ? 0 : status.values().stream()
                    .mapToLong(s -> s.getCurrentPosition().orElse(0)).min().orElse(0);
            Long rebuilt = bulkDone.get(processor.getName());
            if (rebuilt != null && rebuilt >= target()) {
                position = Math.max(position, rebuilt);
                slowest = Math.min(slowest, position);
                processors.add(new RebuildProgress.Processor(processor.getName(), false, position));
                continue;
            }
            // a processor just restarted has claimed no segment yet; Axon's replay token ends only with
            // the first event past the reset point (see caughtUp)
            boolean itReplays = (processor.isReplaying() || status.values().stream().anyMatch(EventTrackerStatus::isReplaying)
                    || status.isEmpty() && started.get() != null) && !(caughtUp(status) && position >= target());
            if (!itReplays && status.values().stream().allMatch(EventTrackerStatus::isCaughtUp) && !status.isEmpty()) {
                position = Math.max(position, total);
            }
            replaying |= itReplays;
            slowest = Math.min(slowest, position);
            processors.add(new RebuildProgress.Processor(processor.getName(), itReplays, position));
        }
        long processed = processors.isEmpty() ? total : Math.min(slowest, total);
        Started since = started.get();
        double rate = 0;
        Duration remaining = null;
        if (since != null) {
            double seconds = Math.max(1e-3, Duration.between(since.at(), clock.instant()).toNanos() / 1e9);
            rate = processed / seconds;
            remaining = rate > 0 ? Duration.ofMillis((long) ((total - processed) / rate * 1000)) : null;
        }
        return new RebuildProgress(replaying, processed, total, rate, remaining,
                since == null ? null : since.at(), processors);
    }

    /**
     * Whether every processor has handled every event stored when the rebuild started and is caught up
     * with the head of the stream. A processor may still call itself replaying then: Axon's replay
     * token ends with the first event past the reset point (with gaps in the global index, only then),
     * and that event and every later one is handled live, so this does not wait for it.
     */
    public boolean caughtUp() {
        long target = target();
        if (!inBulk.isEmpty()) {
            return false;
        }
        Map<String, Long> rebuilt = bulkDone;
        for (StreamingEventProcessor processor : replayable()) {
            if (rebuilt.getOrDefault(processor.getName(), -1L) >= target) {
                continue; // its bulk pass read every event stored when the rebuild started
            }
            Map<Integer, EventTrackerStatus> status = processor.processingStatus();
            if (!caughtUp(status) || status.values().stream().anyMatch(s -> s.getCurrentPosition().orElse(0) < target)) {
                return false;
            }
        }
        return true;
    }

    private static boolean caughtUp(Map<Integer, EventTrackerStatus> status) {
        return !status.isEmpty() && status.values().stream().allMatch(EventTrackerStatus::isCaughtUp);
    }

    /** The head of the event store when the rebuild started (0 when none was). */
    private long target() {
        Started since = started.get();
        return since == null ? 0 : since.total();
    }

    private List<StreamingEventProcessor> replayable() {
        return processing.eventProcessors().values().stream()
                .filter(StreamingEventProcessor.class::isInstance).map(StreamingEventProcessor.class::cast)
                .filter(StreamingEventProcessor::supportsReset).toList();
    }

    private long head() {
        return jdbc.sql("select coalesce(max(global_index), 0) from domain_event_entry").query(Long.class).single();
    }
}
