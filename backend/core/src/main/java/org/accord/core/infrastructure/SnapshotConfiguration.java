package org.accord.core.infrastructure;

import org.axonframework.common.caching.Cache;
import org.axonframework.common.caching.WeakReferenceCache;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.axonframework.spring.eventsourcing.SpringAggregateSnapshotterFactoryBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.concurrent.Executors;

/**
 * Aggregates are snapshotted into {@code snapshot_event_entry} every
 * {@code accord.snapshots.threshold} events (default 250), so that loading a long-lived
 * negotiation reads one snapshot and the events after it rather than its whole history; and
 * kept in a cache between commands.
 */
@Configuration(proxyBeanMethods = false)
public class SnapshotConfiguration {

    public static final String NEGOTIATION_SNAPSHOTS = "negotiationSnapshotTrigger";
    public static final String NEGOTIATION_CACHE = "negotiationCache";

    /**
     * Loaded negotiations stay in memory between commands (weakly referenced, so memory pressure
     * evicts them): a command does not re-read the stream, only events it has not seen.
     */
    @Bean(NEGOTIATION_CACHE)
    Cache negotiationCache() {
        return new WeakReferenceCache();
    }

    /**
     * Snapshots are taken on their own thread after the command's commit, not on the committing
     * thread: that thread still holds the negotiation's lock, and a snapshot needs a database
     * connection of its own, while the commands queued for the same negotiation hold theirs
     * waiting for the lock — with more waiting commands than pooled connections, taking the
     * snapshot inline deadlocks until the lock times out (measured by infra/bin/bench-fullstack).
     */
    @Bean
    SpringAggregateSnapshotterFactoryBean aggregateSnapshotter() {
        SpringAggregateSnapshotterFactoryBean snapshotter = new SpringAggregateSnapshotterFactoryBean();
        snapshotter.setExecutor(Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "accord-snapshotter");
            thread.setDaemon(true);
            return thread;
        }));
        return snapshotter;
    }

    @Bean(NEGOTIATION_SNAPSHOTS)
    SnapshotTriggerDefinition negotiationSnapshotTrigger(Snapshotter snapshotter,
                                                         @Value("${accord.snapshots.threshold:250}") int threshold) {
        return new EventCountSnapshotTriggerDefinition(snapshotter, threshold);
    }
}
