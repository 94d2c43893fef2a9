package org.accord.core.infrastructure;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.util.concurrent.Executor;

/**
 * Runs a task on another executor once the data it will read is committed: at once when no
 * Spring transaction is open on the calling thread, otherwise after that transaction commits
 * (and not at all if it rolls back). Axon's snapshotter hands its task over after the unit of
 * work's commit, which is not yet the database's commit when the unit of work joined an outer
 * transaction (the demo seeder sends all its commands in one).
 */
public final class AfterCommitExecutor implements Executor {

    private final Executor delegate;

    public AfterCommitExecutor(Executor delegate) {
        this.delegate = delegate;
    }

    @Override
    public void execute(Runnable task) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            delegate.execute(task);
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                delegate.execute(task);
            }
        });
    }
}
