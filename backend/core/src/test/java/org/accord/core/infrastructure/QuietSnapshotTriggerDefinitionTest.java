package org.accord.core.infrastructure;

import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.SnapshotTrigger;
import org.axonframework.eventsourcing.Snapshotter;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * A snapshot waits for a quiet moment once the threshold is reached, and is taken at once when
 * the count under load is reached; the events of a load count, as with Axon's count trigger.
 */
class QuietSnapshotTriggerDefinitionTest {

    private static final String ID = "c5-security-charter";

    private final List<String> snapshots = new CopyOnWriteArrayList<>();
    private final Snapshotter snapshotter = (type, id) -> snapshots.add(type.getSimpleName() + ":" + id);

    @Test
    void after_the_threshold_the_snapshot_waits_until_no_event_has_come_for_the_quiet_period() {
        SnapshotTrigger trigger = loaded(new QuietSnapshotTriggerDefinition(snapshotter, 10, 1_000, Duration.ofMillis(300)));
        long started = System.nanoTime();
        apply(trigger, 0, 10);
        assertThat(snapshots).as("not before a quiet moment").isEmpty();

        await().atMost(Duration.ofSeconds(5)).until(() -> !snapshots.isEmpty());
        assertThat(System.nanoTime() - started).isGreaterThanOrEqualTo(Duration.ofMillis(300).toNanos());
        assertThat(snapshots).containsExactly("String:" + ID);
    }

    @Test
    void events_keep_coming_so_the_snapshot_is_taken_at_the_count_under_load() {
        SnapshotTrigger trigger = loaded(new QuietSnapshotTriggerDefinition(snapshotter, 10, 100, Duration.ofHours(1)));
        apply(trigger, 0, 99);
        assertThat(snapshots).isEmpty();
        apply(trigger, 99, 1);
        assertThat(snapshots).containsExactly("String:" + ID);
        apply(trigger, 100, 99);
        assertThat(snapshots).as("counted again from the snapshot").hasSize(1);
    }

    @Test
    void the_events_a_load_replays_count() {
        QuietSnapshotTriggerDefinition definition = new QuietSnapshotTriggerDefinition(snapshotter, 10, 100, Duration.ofMillis(200));
        SnapshotTrigger replayed = definition.prepareTrigger(String.class);
        apply(replayed, 0, 100);
        replayed.initializationFinished();
        assertThat(snapshots).as("a load of the count under load").containsExactly("String:" + ID);

        snapshots.clear();
        SnapshotTrigger shorter = definition.prepareTrigger(String.class);
        apply(shorter, 0, 12);
        shorter.initializationFinished();
        await().atMost(Duration.ofSeconds(5)).until(() -> !snapshots.isEmpty());
        assertThat(snapshots).as("a load of the threshold, once quiet").containsExactly("String:" + ID);
    }

    @Test
    void within_a_unit_of_work_the_snapshot_is_asked_for_once_it_has_committed() {
        SnapshotTrigger trigger = loaded(new QuietSnapshotTriggerDefinition(snapshotter, 10, 20, Duration.ofHours(1)));
        DefaultUnitOfWork<?> unit = DefaultUnitOfWork.startAndGet(null);
        apply(trigger, 0, 25);
        assertThat(snapshots).as("before the commit").isEmpty();
        unit.commit();
        assertThat(snapshots).as("once per unit of work").containsExactly("String:" + ID);
    }

    @Test
    void a_unit_of_work_rolled_back_asks_for_nothing() {
        SnapshotTrigger trigger = loaded(new QuietSnapshotTriggerDefinition(snapshotter, 10, 20, Duration.ofHours(1)));
        DefaultUnitOfWork<?> unit = DefaultUnitOfWork.startAndGet(null);
        apply(trigger, 0, 25);
        unit.rollback();
        assertThat(snapshots).isEmpty();
    }

    @Test
    void a_trigger_kept_in_the_cache_is_reused_with_its_count() {
        QuietSnapshotTriggerDefinition definition = new QuietSnapshotTriggerDefinition(snapshotter, 10, 100, Duration.ofHours(1));
        SnapshotTrigger trigger = loaded(definition);
        apply(trigger, 0, 60);
        SnapshotTrigger reused = definition.reconfigure(String.class, trigger);
        assertThat(reused).isSameAs(trigger);
        apply(reused, 60, 40);
        assertThat(snapshots).hasSize(1);
    }

    @Test
    void settings_out_of_order_are_refused() {
        assertThatThrownBy(() -> new QuietSnapshotTriggerDefinition(snapshotter, 0, 10, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new QuietSnapshotTriggerDefinition(snapshotter, 10, 5, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new QuietSnapshotTriggerDefinition(snapshotter, 10, 50, Duration.ofMillis(-1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static SnapshotTrigger loaded(QuietSnapshotTriggerDefinition definition) {
        SnapshotTrigger trigger = definition.prepareTrigger(String.class);
        trigger.initializationFinished();
        return trigger;
    }

    private static void apply(SnapshotTrigger trigger, long from, int count) {
        for (long sequence = from; sequence < from + count; sequence++) {
            trigger.eventHandled(new GenericDomainEventMessage<>("Negotiation", ID, sequence, "event " + sequence));
        }
    }
}
