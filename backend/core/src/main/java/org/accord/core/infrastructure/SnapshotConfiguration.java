package org.accord.core.infrastructure;

import org.axonframework.common.caching.Cache;
import org.axonframework.common.caching.WeakReferenceCache;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.axonframework.modelling.command.CommandTargetResolver;
import org.axonframework.spring.eventsourcing.SpringAggregateSnapshotterFactoryBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.concurrent.Executors;

/**
 * Aggregates are snapshotted into {@code snapshot_event_entry} every
 * {@code accord.snapshots.threshold} events (default 250), so that loading a long-lived
 * negotiation reads one snapshot and the events after it rather than its whole history; and
 * kept in a cache between commands, found by a {@link CachedCommandTargetResolver}.
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
     * Loaded negotiations stay in memory between commands (weakly referenced, so memory pressure
     * evicts them): a command does not re-read the stream, only events it has not seen.
     */
    @Bean(NEGOTIATION_CACHE)
    Cache negotiationCache() {
        return new WeakReferenceCache();
    }

    @Bean
    SpringAggregateSnapshotterFactoryBean aggregateSnapshotter() {
        SpringAggregateSnapshotterFactoryBean snapshotter = new SpringAggregateSnapshotterFactoryBean();
        snapshotter.setExecutor(new AfterCommitExecutor(Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "accord-snapshotter");
            thread.setDaemon(true);
            return thread;
        })));
        return snapshotter;
    }

    @Bean(NEGOTIATION_SNAPSHOTS)
    SnapshotTriggerDefinition negotiationSnapshotTrigger(Snapshotter snapshotter,
                                                         @Value("${accord.snapshots.threshold:250}") int threshold) {
        return new EventCountSnapshotTriggerDefinition(snapshotter, threshold);
    }
}
