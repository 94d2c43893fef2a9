package org.accord.core.infrastructure;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The commits of one moment share one wake-up of the tracking processors' reader (ADR 0024). */
class LingeringEventStoreTest {

    private final List<Runnable> scheduled = new ArrayList<>();
    private final List<Long> delays = new ArrayList<>();
    private final LingeringEventStore.Timer timer = (task, delayNanos) -> {
        scheduled.add(task);
        delays.add(delayNanos);
    };
    private Store store;

    @AfterEach
    void shutDown() {
        if (store != null) {
            store.shutDown();
        }
    }

    @Test
    void commits_within_the_linger_share_one_wake_up_scheduled_after_the_first() {
        store = new Store(Duration.ofMillis(20), timer);
        commit("a");
        commit("b");
        commit("c");
        assertThat(scheduled).hasSize(1);
        assertThat(delays).containsExactly(20_000_000L);
        assertThat(store.wakeUps).isZero();

        scheduled.get(0).run();
        assertThat(store.wakeUps).isEqualTo(1);

        commit("d");
        assertThat(scheduled).hasSize(2);
        scheduled.get(1).run();
        assertThat(store.wakeUps).isEqualTo(2);
    }

    @Test
    void a_commit_while_the_wake_up_runs_schedules_the_next_one() {
        store = new Store(Duration.ofMillis(5), timer);
        commit("a");
        store.duringWakeUp = () -> commit("b");
        scheduled.get(0).run();
        assertThat(scheduled).hasSize(2);
    }

    @Test
    void without_a_linger_every_commit_wakes_the_reader_at_once() {
        store = new Store(Duration.ZERO, timer);
        commit("a");
        commit("b");
        assertThat(scheduled).isEmpty();
        assertThat(store.wakeUps).isEqualTo(2);
    }

    @Test
    void a_negative_linger_is_refused() {
        assertThatThrownBy(() -> new Store(Duration.ofMillis(-1), timer))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("linger");
    }

    private void commit(String payload) {
        DefaultUnitOfWork.startAndGet(null).execute(() -> store.publish(GenericEventMessage.asEventMessage(payload)));
    }

    private static final class Store extends LingeringEventStore {

        int wakeUps;
        Runnable duringWakeUp = () -> {
        };

        Store(Duration linger, Timer timer) {
            super(EmbeddedEventStore.builder().storageEngine(new InMemoryEventStorageEngine()), linger, timer);
        }

        @Override
        void wakeUp(List<? extends EventMessage<?>> events) {
            wakeUps++;
            Runnable during = duringWakeUp;
            duringWakeUp = () -> {
            };
            during.run();
            super.wakeUp(events);
        }
    }
}
