package org.accord.core.infrastructure;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.SnapshotTrigger;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

import java.io.Serial;
import java.io.Serializable;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Snapshots an aggregate once {@code threshold} events have been applied since its last one and
 * it has then received none for {@code quiet}; or, without waiting for a quiet moment, once
 * {@code underLoad} events have been applied. A negotiation is kept in memory between commands
 * ({@link BoundedAggregateCache}), so a snapshot only serves the next cold load (a restart, an
 * eviction); Axon's count trigger took one every 250 events whatever the load, and under
 * co-editing each snapshot (reading the last one and the events since, folding them, writing the
 * whole negotiation) followed the last at once: in a profile of the sustained load the snapshotter
 * had 136 samples against the committing lane's 363 (docs/benchmarks.md, Full stack, ADR 0026).
 * Now, while the editors type, a snapshot waits for a pause, and a cold load reads at most
 * {@code underLoad} events; after a pause, as before, at most {@code threshold}.
 * <p>
 * As with Axon's triggers, the events replayed by a load count, and a snapshot is asked for only
 * after the unit of work that applied the events has committed (after the load's, at its cleanup).
 */
public final class QuietSnapshotTriggerDefinition implements SnapshotTriggerDefinition {

    private static final ScheduledExecutorService QUIET_CHECKS =
            Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("accord-snapshot-trigger"));

    private final Snapshotter snapshotter;
    private final int threshold;
    private final int underLoad;
    private final long quietNanos;

    public QuietSnapshotTriggerDefinition(Snapshotter snapshotter, int threshold, int underLoad, Duration quiet) {
        if (threshold < 1 || underLoad < threshold || quiet.isNegative()) {
            throw new IllegalArgumentException("Snapshots need 1 <= threshold <= underLoad and a quiet period >= 0, not "
                    + threshold + ", " + underLoad + ", " + quiet);
        }
        this.snapshotter = snapshotter;
        this.threshold = threshold;
        this.underLoad = underLoad;
        this.quietNanos = quiet.toNanos();
    }

    @Override
    public SnapshotTrigger prepareTrigger(Class<?> aggregateType) {
        return new Trigger(snapshotter, aggregateType, threshold, underLoad, quietNanos);
    }

    @Override
    public SnapshotTrigger reconfigure(Class<?> aggregateType, SnapshotTrigger trigger) {
        if (trigger instanceof Trigger own) {
            own.snapshotter = snapshotter;
            return own;
        }
        return prepareTrigger(aggregateType);
    }

    /** One aggregate's count, kept with it in the cache (hence serializable, its snapshotter set again on reuse). */
    static final class Trigger implements SnapshotTrigger, Serializable {

        @Serial
        private static final long serialVersionUID = 1L;

        private transient Snapshotter snapshotter;
        private final Class<?> aggregateType;
        private final int threshold;
        private final int underLoad;
        private final long quietNanos;
        /** The names of this trigger's resources in a unit of work, which registers each task once. */
        private final String underLoadTask = "accord.snapshot.under-load@" + System.identityHashCode(this);
        private final String quietCheckTask = "accord.snapshot.quiet-check@" + System.identityHashCode(this);

        private final AtomicInteger applied = new AtomicInteger();
        private final AtomicBoolean checkPending = new AtomicBoolean();
        private volatile String aggregateId;
        private volatile long lastEventAt;
        private volatile boolean initialized;

        Trigger(Snapshotter snapshotter, Class<?> aggregateType, int threshold, int underLoad, long quietNanos) {
            this.snapshotter = snapshotter;
            this.aggregateType = aggregateType;
            this.threshold = threshold;
            this.underLoad = underLoad;
            this.quietNanos = quietNanos;
        }

        @Override
        public void eventHandled(EventMessage<?> event) {
            if (!(event instanceof DomainEventMessage<?> domainEvent)) {
                return;
            }
            aggregateId = domainEvent.getAggregateIdentifier();
            lastEventAt = System.nanoTime();
            int count = applied.incrementAndGet();
            if (count >= underLoad) {
                applied.set(0);
                once(underLoadTask, this::snapshot);
            } else if (count >= threshold && !checkPending.get()) {
                once(quietCheckTask, this::checkWhenQuiet);
            }
        }

        @Override
        public void initializationFinished() {
            initialized = true;
        }

        /**
         * Runs the task once per unit of work, as Axon's triggers do: after its commit, or, while
         * the aggregate is being loaded, at its cleanup; at once outside a unit of work.
         */
        private void once(String what, Runnable task) {
            if (!CurrentUnitOfWork.isStarted()) {
                task.run();
                return;
            }
            UnitOfWork<?> unit = CurrentUnitOfWork.get();
            unit.getOrComputeResource(what, key -> {
                if (initialized) {
                    unit.afterCommit(u -> task.run());
                } else {
                    unit.onCleanup(u -> task.run());
                }
                return Boolean.TRUE;
            });
        }

        private void checkWhenQuiet() {
            if (checkPending.compareAndSet(false, true)) {
                QUIET_CHECKS.schedule(this::check, quietNanos, TimeUnit.NANOSECONDS);
            }
        }

        private void check() {
            checkPending.set(false);
            if (applied.get() < threshold) {
                return; // taken under load meanwhile
            }
            long quietFor = System.nanoTime() - lastEventAt;
            if (quietFor >= quietNanos) {
                applied.set(0);
                snapshot();
            } else if (checkPending.compareAndSet(false, true)) {
                QUIET_CHECKS.schedule(this::check, quietNanos - quietFor, TimeUnit.NANOSECONDS);
            }
        }

        private void snapshot() {
            Snapshotter target = snapshotter;
            if (target != null && aggregateId != null) {
                target.scheduleSnapshot(aggregateType, aggregateId);
            }
        }
    }
}
