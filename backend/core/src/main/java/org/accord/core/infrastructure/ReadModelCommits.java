package org.accord.core.infrastructure;

import org.axonframework.common.transaction.Transaction;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.EventProcessingConfigurer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;
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
 * Off with {@code accord.read-models.asynchronous-commit=false}.
 */
@Configuration(proxyBeanMethods = false)
class ReadModelCommits {

    /** The processors whose every write is derived from events (and rebuilt by a replay). */
    static final List<String> DERIVED = List.of("negotiation-projection", "history-timeline", "notifications",
            "history-keyframes");

    static final String ASYNCHRONOUS = "set local synchronous_commit to off";

    @Autowired
    void asynchronously(EventProcessingConfigurer processing, DataSource dataSource,
                        @Value("${accord.read-models.asynchronous-commit:true}") boolean enabled) {
        if (!enabled) {
            return;
        }
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        DERIVED.forEach(name -> processing.registerTransactionManager(name,
                configuration -> new AsynchronousCommit(configuration.getComponent(TransactionManager.class), jdbc)));
    }

    /** Starts the delegate's transaction, then tells PostgreSQL not to wait for the flush at its commit. */
    record AsynchronousCommit(TransactionManager delegate, JdbcTemplate jdbc) implements TransactionManager {

        @Override
        public Transaction startTransaction() {
            Transaction transaction = delegate.startTransaction();
            jdbc.execute(ASYNCHRONOUS);
            return transaction;
        }
    }
}
