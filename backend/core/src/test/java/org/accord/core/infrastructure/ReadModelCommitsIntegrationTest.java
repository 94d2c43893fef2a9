package org.accord.core.infrastructure;

import org.accord.core.CoreTestApplication;
import org.accord.testing.FreshDatabaseInitializer;
import org.axonframework.common.transaction.Transaction;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.EventProcessingConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/** The read-model processors commit asynchronously; commands (the event store) still wait for the disk. */
@SpringBootTest(classes = CoreTestApplication.class)
@ContextConfiguration(initializers = FreshDatabaseInitializer.class)
class ReadModelCommitsIntegrationTest {

    @Autowired EventProcessingConfiguration processing;
    @Autowired TransactionManager commands;
    @Autowired JdbcTemplate jdbc;
    @Autowired DerivedWrites derived;

    String synchronousCommitWithin(TransactionManager transactions) {
        Transaction transaction = transactions.startTransaction();
        try {
            return jdbc.queryForObject("show synchronous_commit", String.class);
        } finally {
            transaction.rollback();
        }
    }

    /**
     * On the server PostgreSQL (CI) the default is {@code on}; the embedded one of local runs is
     * configured {@code off} as a whole, and then only the first assertion tells anything.
     */
    @Test
    void every_derived_read_model_commits_without_waiting_for_the_flush_and_commands_do_wait() {
        String serverDefault = jdbc.queryForObject("show synchronous_commit", String.class);
        for (String processor : ReadModelCommits.DERIVED) {
            assertThat(processing.eventProcessor(processor)).as(processor).isPresent();
            assertThat(synchronousCommitWithin(processing.transactionManager(processor))).as(processor).isEqualTo("off");
        }
        assertThat(synchronousCommitWithin(commands)).isEqualTo(serverDefault);
        assertThat(jdbc.queryForObject("show synchronous_commit", String.class)).as("outside: untouched")
                .isEqualTo(serverDefault);
    }

    @Test
    void derived_writes_of_their_own_commit_without_waiting_for_the_flush() {
        String serverDefault = jdbc.queryForObject("show synchronous_commit", String.class);
        assertThat(derived.inOwnTransaction(() -> jdbc.queryForObject("show synchronous_commit", String.class)))
                .isEqualTo("off");
        assertThat(jdbc.queryForObject("show synchronous_commit", String.class)).as("outside: untouched")
                .isEqualTo(serverDefault);
    }
}
