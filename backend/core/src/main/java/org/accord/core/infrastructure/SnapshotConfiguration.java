package org.accord.core.infrastructure;

import org.axonframework.common.caching.Cache;
import org.axonframework.common.caching.WeakReferenceCache;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Aggregates are snapshotted into {@code snapshot_event_entry} every
 * {@code accord.snapshots.threshold} events (default 250), so that loading a long-lived
 * negotiation reads one snapshot and the events after it rather than its whole history; and
 * kept in a cache between commands.
 *
 * <p>Snapshots are taken on the committing thread, which still holds the negotiation's lock and
 * needs a second pooled connection for them. A snapshot taken asynchronously read the stream
 * before the events it was triggered by were visible (its own connection) and failed, so it
 * stays inline; what keeps many concurrent commands on one negotiation from holding every
 * pooled connection while they wait for that lock is the co-editing endpoint's lane per
 * negotiation (ADR 0014).
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

    @Bean(NEGOTIATION_SNAPSHOTS)
    SnapshotTriggerDefinition negotiationSnapshotTrigger(Snapshotter snapshotter,
                                                         @Value("${accord.snapshots.threshold:250}") int threshold) {
        return new EventCountSnapshotTriggerDefinition(snapshotter, threshold);
    }
}
