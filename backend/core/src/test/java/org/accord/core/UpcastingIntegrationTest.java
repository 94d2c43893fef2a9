package org.accord.core;

import org.accord.api.negotiation.AddArticle;
import org.accord.api.negotiation.NegotiationOpened;
import org.accord.api.procedure.RulesOfProcedure;
import org.accord.api.shared.Actor;
import org.accord.api.shared.ArticleId;
import org.accord.api.shared.NegotiationId;
import org.accord.api.shared.Role;
import org.accord.core.infrastructure.ActorMetaData;
import org.accord.testing.FreshDatabaseInitializer;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** An event stored in an earlier revision is read through its upcaster: events are never rewritten. */
@SpringBootTest(classes = CoreTestApplication.class)
@ContextConfiguration(initializers = FreshDatabaseInitializer.class)
class UpcastingIntegrationTest {

    static final Actor CHAIR = new Actor("chair", "Secretariat", Role.CHAIR, null);

    @Autowired JdbcClient jdbc;
    @Autowired EventStore events;
    @Autowired CommandGateway commands;

    @Test
    void a_revision_1_negotiation_opened_is_read_with_the_standard_rules() {
        NegotiationId id = NegotiationId.random();
        String revision1 = "{\"negotiationId\":\"" + id + "\",\"title\":\"An old negotiation\","
                + "\"openedBy\":{\"username\":\"chair\",\"displayName\":\"Secretariat\",\"role\":\"CHAIR\",\"delegation\":null}}";
        jdbc.sql("""
                        insert into domain_event_entry (aggregate_identifier, sequence_number, type, event_identifier,
                            meta_data, payload, payload_revision, payload_type, time_stamp)
                        values (:id, 0, 'Negotiation', :eventId, :meta, :payload, '1', :type, :at)""")
                .param("id", id.value()).param("eventId", UUID.randomUUID().toString())
                .param("meta", "{}".getBytes(StandardCharsets.UTF_8))
                .param("payload", revision1.getBytes(StandardCharsets.UTF_8))
                .param("type", NegotiationOpened.class.getName()).param("at", Instant.now().toString())
                .update();

        NegotiationOpened opened = (NegotiationOpened) events.readEvents(id.value()).next().getPayload();

        assertThat(opened.title()).isEqualTo("An old negotiation");
        assertThat(opened.rules()).isEqualTo(RulesOfProcedure.standard());
        // the aggregate loads from the old event and accepts commands
        commands.sendAndWait(new AddArticle(id, ArticleId.of("art-1"), "Heading", "Text"), ActorMetaData.of(CHAIR));
        assertThat(jdbc.sql("select payload_revision from domain_event_entry where aggregate_identifier = :id "
                + "and sequence_number = 0").param("id", id.value()).query(String.class).single())
                .as("the stored event is never rewritten").isEqualTo("1");
    }
}
