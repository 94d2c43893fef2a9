package org.accord.core.infrastructure;

import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Aggregates are snapshotted into {@code snapshot_event_entry} every
 * {@code accord.snapshots.threshold} events (default 250), so that loading a long-lived
 * negotiation reads one snapshot and the events after it rather than its whole history.
 */
@Configuration(proxyBeanMethods = false)
public class SnapshotConfiguration {

    public static final String NEGOTIATION_SNAPSHOTS = "negotiationSnapshotTrigger";

    @Bean(NEGOTIATION_SNAPSHOTS)
    SnapshotTriggerDefinition negotiationSnapshotTrigger(Snapshotter snapshotter,
                                                         @Value("${accord.snapshots.threshold:250}") int threshold) {
        return new EventCountSnapshotTriggerDefinition(snapshotter, threshold);
    }
}
