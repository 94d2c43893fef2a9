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
 * (group commit; docs/adr/0020-group-commit-of-editing-batches.md).
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

    private record Pending(Authentication person, EditClause command, Outcome outcome) {
    }

    private final CoEditingBackend backend;
    private final TransactionManager transactions;
    private final Executor threads;
    private final Queue<Pending> queue = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean scheduled = new AtomicBoolean();

    CommitLane(CoEditingBackend backend, TransactionManager transactions, Executor threads) {
        this.backend = backend;
        this.transactions = transactions;
        this.threads = threads;
    }

    void submit(Authentication person, EditClause command, Outcome outcome) {
        queue.add(new Pending(person, command, outcome));
        if (scheduled.compareAndSet(false, true)) {
            threads.execute(this::drain);
        }
    }

    private void drain() {
        try {
            List<Pending> group = new ArrayList<>();
            for (Pending next = queue.poll(); next != null; next = queue.poll()) {
                group.add(next);
                if (group.size() == MAX_GROUP || queue.isEmpty()) {
                    commit(group);
                    group = new ArrayList<>();
                }
            }
        } finally {
            scheduled.set(false);
            if (!queue.isEmpty() && scheduled.compareAndSet(false, true)) {
                threads.execute(this::drain);
            }
        }
    }

    private void commit(List<Pending> group) {
        List<Pending> remaining = new ArrayList<>(group);
        while (!remaining.isEmpty()) {
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
                    unit.commit();
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
