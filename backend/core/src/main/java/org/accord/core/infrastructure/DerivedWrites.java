package org.accord.core.infrastructure;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;
import java.util.function.Supplier;

/**
 * A transaction of its own for writes that only shorten a later read and are made up for when
 * lost: the keyframes of a clause's log (ADR 0024) and of a negotiation's history (ADR 0021). It
 * commits without waiting for the disk ({@code synchronous_commit = off}), as the read-model
 * processors do ({@link ReadModelCommits}): a crash can lose the last of them, never corrupt one,
 * and their large rows no longer make the editors' durable commits wait for their flush
 * (ADR 0026). Off, with the read models', under {@code accord.read-models.asynchronous-commit=false}.
 */
@Component
public class DerivedWrites {

    private final TransactionTemplate own;
    private final JdbcTemplate jdbc;
    private final boolean asynchronous;

    DerivedWrites(PlatformTransactionManager transactions, DataSource dataSource,
                  @Value("${accord.read-models.asynchronous-commit:true}") boolean asynchronous) {
        this.own = new TransactionTemplate(transactions);
        this.own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.jdbc = new JdbcTemplate(dataSource);
        this.asynchronous = asynchronous;
    }

    /** Runs {@code work} in a new transaction that commits without waiting for the disk. */
    public <T> T inOwnTransaction(Supplier<T> work) {
        return own.execute(status -> {
            commitWithoutWaitingForTheDisk();
            return work.get();
        });
    }

    /**
     * The transaction open on this thread's connection will commit without waiting for the disk
     * (a read model's, a keyframe's); nothing when asynchronous commits are off.
     */
    void commitWithoutWaitingForTheDisk() {
        if (asynchronous) {
            jdbc.execute("set local synchronous_commit to off");
        }
    }

    /** {@link #inOwnTransaction(Supplier)} without a result. */
    public void inOwnTransaction(Runnable work) {
        inOwnTransaction(() -> {
            work.run();
            return null;
        });
    }
}
