package org.accord.core;

import org.accord.api.negotiation.AddArticle;
import org.accord.api.negotiation.OpenNegotiation;
import org.accord.api.shared.Actor;
import org.accord.api.shared.ArticleId;
import org.accord.api.shared.NegotiationId;
import org.accord.api.shared.Role;
import org.accord.core.infrastructure.ActorMetaData;
import org.accord.testing.FreshDatabaseInitializer;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.deadletter.GenericDeadLetter;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.axonframework.modelling.saga.AssociationValue;
import org.axonframework.modelling.saga.repository.SagaStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Every kind of Axon storage (snapshots, dead letters, sagas; events and tokens are covered by
 * {@link EventStoreIntegrationTest}) works against the Flyway schema on real PostgreSQL.
 */
@SpringBootTest(classes = CoreTestApplication.class, properties = "accord.snapshots.threshold=5")
@ContextConfiguration(initializers = FreshDatabaseInitializer.class)
class AxonStorageIntegrationTest {

    static final Actor CHAIR = new Actor("chair", "Secretariat", Role.CHAIR, null);

    @Autowired CommandGateway commands;
    @Autowired JdbcClient jdbc;
    @Autowired EventProcessingConfiguration processing;
    @Autowired SagaStore<Object> sagas;

    @Test
    void a_long_negotiation_is_snapshotted_as_bytea_json() {
        NegotiationId id = NegotiationId.random();
        commands.sendAndWait(new OpenNegotiation(id, "Snapshot test"), ActorMetaData.of(CHAIR));
        for (int i = 1; i <= 7; i++) {
            commands.sendAndWait(new AddArticle(id, ArticleId.of("art-" + i), "Article " + i, "Text " + i),
                    ActorMetaData.of(CHAIR));
        }
        await().untilAsserted(() -> assertThat(jdbc.sql(
                        "select count(*) from snapshot_event_entry where aggregate_identifier = :id")
                .param("id", id.value()).query(Long.class).single()).isPositive());
        String snapshot = jdbc.sql("""
                        select convert_from(payload, 'UTF8') from snapshot_event_entry
                        where aggregate_identifier = :id order by sequence_number desc limit 1""")
                .param("id", id.value()).query(String.class).single();
        assertThat(snapshot).contains("art-1");

        // the aggregate still loads (from the snapshot) and accepts commands
        commands.sendAndWait(new AddArticle(id, ArticleId.of("art-8"), "Article 8", "Text 8"), ActorMetaData.of(CHAIR));
    }

    @Test
    void dead_letters_are_stored_in_the_dead_letter_table() {
        SequencedDeadLetterQueue<EventMessage<?>> queue =
                processing.deadLetterQueue("negotiation-projection").orElseThrow();
        EventMessage<?> event = GenericEventMessage.asEventMessage("probe");

        queue.enqueue("probe-sequence", new GenericDeadLetter<>("probe-sequence", event,
                new IllegalStateException("projection failed")));

        assertThat(queue.contains("probe-sequence")).isTrue();
        assertThat(jdbc.sql("select cause_message from dead_letter_entry where sequence_identifier = 'probe-sequence'")
                .query(String.class).single()).isEqualTo("projection failed");
        queue.clear();
        assertThat(queue.contains("probe-sequence")).isFalse();
    }

    @Test
    void sagas_are_stored_in_the_saga_tables() {
        ProbeSaga saga = new ProbeSaga();
        saga.note = "watching the silence procedure";
        sagas.insertSaga(ProbeSaga.class, "saga-1", saga,
                Set.of(new AssociationValue("negotiationId", "c5")));

        assertThat(sagas.findSagas(ProbeSaga.class, new AssociationValue("negotiationId", "c5"))).containsExactly("saga-1");
        SagaStore.Entry<ProbeSaga> loaded = ((SagaStore<ProbeSaga>) (SagaStore<?>) sagas).loadSaga(ProbeSaga.class, "saga-1");
        assertThat(loaded.saga().note).isEqualTo("watching the silence procedure");
        sagas.deleteSaga(ProbeSaga.class, "saga-1", Set.of(new AssociationValue("negotiationId", "c5")));
        assertThat(sagas.findSagas(ProbeSaga.class, new AssociationValue("negotiationId", "c5"))).isEmpty();
    }

    /** A minimal saga state for the storage test. */
    public static class ProbeSaga {
        public String note;
    }
}
