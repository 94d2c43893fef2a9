package org.accord.core.infrastructure;

import org.axonframework.common.caching.Cache;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.axonframework.modelling.command.CommandTargetResolver;
import org.axonframework.spring.eventsourcing.SpringAggregateSnapshotterFactoryBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Duration;
import java.util.concurrent.Executors;

/**
 * Aggregates are snapshotted into {@code snapshot_event_entry} (every
 * {@code accord.snapshots.threshold} events, 250, at the first quiet moment, and every
 * {@code accord.snapshots.under-load} events, 2,500, without one), so that loading a long-lived
 * negotiation reads one snapshot and the events after it rather than its whole history; and
 * kept in a cache between commands ({@link BoundedAggregateCache}), found by a
 * {@link CachedCommandTargetResolver}.
 *
 * <p>Snapshots are taken on a thread of their own once the triggering events are committed
 * ({@link AfterCommitExecutor}). Inline, on the committing thread, a snapshot was taken while
 * that thread still held the negotiation's lock, and needed a second pooled connection: a
 * pause for every editor of the negotiation, and a deadlock when more commands than pooled
 * connections queued for the lock (docs/benchmarks.md, full stack).
 */
@Configuration(proxyBeanMethods = false)
public class SnapshotConfiguration {

    public static final String NEGOTIATION_SNAPSHOTS = "negotiationSnapshotTrigger";
    public static final String NEGOTIATION_CACHE = "negotiationCache";
    public static final String COMMAND_TARGETS = "cachedCommandTargetResolver";

    /** Which negotiation a command is for, found without searching its class each time. */
    @Bean(COMMAND_TARGETS)
    CommandTargetResolver cachedCommandTargetResolver() {
        return new CachedCommandTargetResolver();
    }

    /**
     * Loaded negotiations stay in memory between commands, the {@code accord.aggregates.cached}
     * most recently used ones (64 by default): a command does not re-read the stream.
     */
    @Bean(NEGOTIATION_CACHE)
    Cache negotiationCache(@Value("${accord.aggregates.cached:64}") int capacity) {
        return new BoundedAggregateCache(capacity);
    }

    @Bean
    SpringAggregateSnapshotterFactoryBean aggregateSnapshotter() {
        SpringAggregateSnapshotterFactoryBean snapshotter = new SpringAggregateSnapshotterFactoryBean();
        snapshotter.setExecutor(new AfterCommitExecutor(
                Executors.newSingleThreadExecutor(DaemonThreads.named("accord-snapshotter"))));
        return snapshotter;
    }

    /**
     * A snapshot once {@code accord.snapshots.threshold} events (250) have been applied since the
     * last and the negotiation has then been quiet for {@code accord.snapshots.quiet} (1 s), or
     * once {@code accord.snapshots.under-load} events (2,500) have been applied, quiet or not
     * ({@link QuietSnapshotTriggerDefinition}).
     */
    @Bean(NEGOTIATION_SNAPSHOTS)
    SnapshotTriggerDefinition negotiationSnapshotTrigger(Snapshotter snapshotter,
                                                         @Value("${accord.snapshots.threshold:250}") int threshold,
                                                         @Value("${accord.snapshots.under-load:2500}") int underLoad,
                                                         @Value("${accord.snapshots.quiet:PT1S}") Duration quiet) {
        return new QuietSnapshotTriggerDefinition(snapshotter, threshold, Math.max(threshold, underLoad), quiet);
    }
}
