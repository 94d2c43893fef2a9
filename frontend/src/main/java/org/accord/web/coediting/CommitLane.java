package org.accord.web.coediting;

import org.accord.api.coediting.EditAcknowledgement;
import org.accord.api.coediting.EditClause;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;

import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BiConsumer;

/**
 * One negotiation's co-editing batches on their way to its aggregate, committed in groups: the
 * batches that arrive while a transaction commits are handled together in the next one, each as
 * its own command (with its own author and checks) inside one unit of work and one database
 * transaction, so that a burst of batches costs one write-ahead-log flush instead of one each
 * (group commit; docs/adr/0020-group-commit-of-editing-batches.md). A batch that finds the lane
 * idle is committed by the thread that submits it, without waking another; the batches that
 * arrive meanwhile are committed on the lane's threads (ADR 0024).
 * <p>
 * A refused batch takes nothing with it: the group's transaction is rolled back, the refusal is
 * answered and the others are handled again without it (rare: a well-behaved client is refused
 * only for a stale base or a lost right). Nobody is answered before the group is durable; if the
 * commit fails, every batch of the group is answered {@code UNAVAILABLE} and its client sends it
 * again with the same sequence number, which the aggregate never applies twice.
 */
final class CommitLane {

    private static final Logger log = LoggerFactory.getLogger(CommitLane.class);

    /** At most this many batches share a transaction, which bounds the wait of the last one. */
    static final int MAX_GROUP = 64;

    /** How a batch ended: its acknowledgement, or the reason it was not recorded. */
    interface Outcome extends BiConsumer<EditAcknowledgement, Throwable> {
    }

    private record Pending(Authentication person, EditClause command, Outcome outcome, long queuedAt) {
    }

    private final CoEditingBackend backend;
    private final TransactionManager transactions;
    private final Executor threads;
    private final Queue<Pending> queue = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean scheduled = new AtomicBoolean();
    private final int inlineGroups;

    CommitLane(CoEditingBackend backend, TransactionManager transactions, Executor threads) {
        this(backend, transactions, threads, INLINE_GROUPS);
    }

    /** {@code inlineGroups}: how many groups a submitting thread that finds the lane idle commits itself. */
    CommitLane(CoEditingBackend backend, TransactionManager transactions, Executor threads, int inlineGroups) {
        this.backend = backend;
        this.transactions = transactions;
        this.threads = threads;
        this.inlineGroups = inlineGroups;
    }

    void submit(Authentication person, EditClause command, Outcome outcome) {
        queue.add(new Pending(person, command, outcome, LaneTimings.ON ? System.nanoTime() : 0));
        if (scheduled.compareAndSet(false, true)) {
            if (inlineGroups > 0) {
                // nobody is committing: this thread commits the group at once, sparing the batch a
                // wake-up of another thread; what arrives meanwhile is left to the lane's threads
                drain(inlineGroups);
            } else {
                threads.execute(() -> drain(Integer.MAX_VALUE));
            }
        }
    }

    /** Groups a submitting thread commits itself before handing the rest to the lane's threads. */
    static final int INLINE_GROUPS = 1;

    private void drain(int groups) {
        try {
            List<Pending> group = new ArrayList<>();
            for (Pending next = queue.poll(); next != null; next = groups > 0 ? queue.poll() : null) {
                group.add(next);
                if (group.size() == MAX_GROUP || queue.isEmpty()) {
                    commit(group);
                    group = new ArrayList<>();
                    groups--;
                }
            }
        } finally {
            scheduled.set(false);
            if (!queue.isEmpty() && scheduled.compareAndSet(false, true)) {
                threads.execute(() -> drain(Integer.MAX_VALUE));
            }
        }
    }

    private void commit(List<Pending> group) {
        List<Pending> remaining = new ArrayList<>(group);
        while (!remaining.isEmpty()) {
            long started = LaneTimings.ON ? System.nanoTime() : 0;
            long handledAt = 0;
            List<EditAcknowledgement> acknowledged = new ArrayList<>(remaining.size());
            int refused = -1;
            Throwable refusal = null;
            UnitOfWork<?> unit = DefaultUnitOfWork.startAndGet(null);
            try {
                unit.attachTransaction(transactions);
                for (int i = 0; i < remaining.size() && refused < 0; i++) {
                    Pending pending = remaining.get(i);
                    CompletableFuture<EditAcknowledgement> handled = backend.edit(pending.person(), pending.command());
                    try {
                        acknowledged.add(handled.join());
                    } catch (CompletionException | java.util.concurrent.CancellationException failed) {
                        refused = i;
                        refusal = failed.getCause() == null ? failed : failed.getCause();
                    }
                }
                if (refused >= 0) {
                    unit.rollback(refusal);
                } else {
                    handledAt = LaneTimings.ON ? System.nanoTime() : 0;
                    long[] written = new long[1];
                    if (LaneTimings.ON) {
                        // after the event store's and the subscribing handlers' writes, registered before
                        unit.onPrepareCommit(u -> written[0] = System.nanoTime());
                    }
                    unit.commit();
                    if (LaneTimings.ON) {
                        LaneTimings.group(remaining.stream().mapToLong(Pending::queuedAt).toArray(), remaining.size(),
                                started, handledAt, written[0], System.nanoTime());
                    }
                }
            } catch (RuntimeException failure) {
                if (unit.isActive()) {
                    unit.rollback(failure);
                }
                log.warn("A group of {} co-editing batches could not be recorded", remaining.size(), failure);
                remaining.forEach(pending -> answer(pending, null, failure));
                return;
            }
            if (refused < 0) {
                for (int i = 0; i < remaining.size(); i++) {
                    answer(remaining.get(i), acknowledged.get(i), null);
                }
                return;
            }
            answer(remaining.remove(refused), null, refusal);
        }
    }

    private static void answer(Pending pending, EditAcknowledgement acknowledgement, Throwable failure) {
        try {
            pending.outcome().accept(acknowledgement, failure);
        } catch (RuntimeException e) {
            log.warn("Could not answer a co-editing batch", e);
        }
    }
}
