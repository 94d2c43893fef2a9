package org.accord.core.infrastructure;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Axon's embedded event store, whose tracking processors learn of new events a moment after
 * their commit instead of at once (ADR 0024). Axon wakes the processors' shared reader after
 * every commit, so under a stream of co-editing batches every processor handled one event at a
 * time, each in its own transaction with its own token update, on the cores the editors' own
 * commits need. Here the first commit schedules the wake-up {@code linger} later and the commits
 * of that moment share it: the processors then take the events of the moment as one batch. The
 * read models lag by that much more (20 ms by default); what editors see of each other's
 * batches does not go through them. A linger of zero wakes them at once, as Axon does.
 */
class LingeringEventStore extends EmbeddedEventStore {

    /** Runs a task after a delay; a seam for tests. */
    interface Timer {
        void schedule(Runnable task, long delayNanos);

        default void stop() {
        }
    }

    private final long lingerNanos;
    private final AtomicBoolean wakeUpScheduled = new AtomicBoolean();
    private final Timer timer;

    LingeringEventStore(Builder builder, Duration linger) {
        this(builder, linger, linger.isZero() ? null : threadTimer());
    }

    LingeringEventStore(Builder builder, Duration linger, Timer timer) {
        super(builder);
        if (linger.isNegative()) {
            throw new IllegalArgumentException("accord.event-store.linger must not be negative but was " + linger);
        }
        this.lingerNanos = linger.toNanos();
        this.timer = timer;
    }

    @Override
    protected void afterCommit(List<? extends EventMessage<?>> events) {
        if (lingerNanos == 0) {
            wakeUp(events);
        } else if (wakeUpScheduled.compareAndSet(false, true)) {
            timer.schedule(() -> {
                // cleared first: a commit from now on schedules the next wake-up
                wakeUpScheduled.set(false);
                wakeUp(events);
            }, lingerNanos);
        }
    }

    /** Wakes the tracking processors' shared reader, as Axon does after every commit. */
    void wakeUp(List<? extends EventMessage<?>> events) {
        super.afterCommit(events);
    }

    @Override
    public void shutDown() {
        if (timer != null) {
            timer.stop();
        }
        super.shutDown();
    }

    private static Timer threadTimer() {
        ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(
                DaemonThreads.named("accord-event-store-linger"));
        return new Timer() {
            @Override
            public void schedule(Runnable task, long delayNanos) {
                try {
                    thread.schedule(task, delayNanos, TimeUnit.NANOSECONDS);
                } catch (java.util.concurrent.RejectedExecutionException stopped) {
                    task.run(); // shutting down: nothing left to wait for
                }
            }

            @Override
            public void stop() {
                thread.shutdownNow();
            }
        };
    }
}
