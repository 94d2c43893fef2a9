package org.accord.core.infrastructure;

import org.axonframework.common.transaction.Transaction;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.EventProcessingConfigurer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Configuration;

import java.util.List;

/**
 * The tracking processors that derive read models from the event store commit without waiting for
 * the disk ({@code synchronous_commit = off}, per transaction): a read model and its processor's
 * token are written in the same transaction, and PostgreSQL loses an asynchronous commit after a
 * crash only with every later one, so a crash can only set both back together, and the processor
 * then handles those events again. The events themselves, written by commands, are committed
 * durably as before: an acknowledged edit is never lost. Without this, each editing batch cost a
 * durable commit of its own plus one per processor (projection, timeline, notifications), all
 * queueing for the same disk flush as the editors' commits (docs/benchmarks.md, full stack).
 * Off with {@code accord.read-models.asynchronous-commit=false} ({@link DerivedWrites}).
 */
@Configuration(proxyBeanMethods = false)
class ReadModelCommits {

    /** The processors whose every write is derived from events (and rebuilt by a replay). */
    static final List<String> DERIVED = List.of("negotiation-projection", "history-timeline", "notifications",
            "history-keyframes");


    @Autowired
    void asynchronously(EventProcessingConfigurer processing, DerivedWrites derived) {
        DERIVED.forEach(name -> processing.registerTransactionManager(name,
                configuration -> new AsynchronousCommit(configuration.getComponent(TransactionManager.class), derived)));
    }

    /** Starts the delegate's transaction, then tells PostgreSQL not to wait for the flush at its commit. */
    record AsynchronousCommit(TransactionManager delegate, DerivedWrites derived) implements TransactionManager {

        @Override
        public Transaction startTransaction() {
            Transaction transaction = delegate.startTransaction();
            derived.commitWithoutWaitingForTheDisk();
            return transaction;
        }
    }
}
