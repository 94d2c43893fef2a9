package org.accord.core;

import org.accord.api.coediting.EditAcknowledgement;
import org.accord.api.coediting.EditClause;
import org.accord.api.negotiation.AccreditMember;
import org.accord.api.negotiation.AddArticle;
import org.accord.api.negotiation.FindNegotiation;
import org.accord.api.negotiation.NegotiationView;
import org.accord.api.negotiation.OpenNegotiation;
import org.accord.api.shared.Actor;
import org.accord.api.shared.ArticleId;
import org.accord.api.shared.DelegationCode;
import org.accord.api.shared.NegotiationId;
import org.accord.api.shared.Role;
import org.accord.core.infrastructure.ActorMetaData;
import org.accord.testing.FreshDatabaseInitializer;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The co-editing protocol through the real command bus into PostgreSQL: concurrent batches from
 * two sessions are ordered and transformed by the server, each accepted batch is one stored
 * event, a batch sent again adds nothing, and the read model follows the wording.
 */
@SpringBootTest(classes = CoreTestApplication.class)
@ContextConfiguration(initializers = FreshDatabaseInitializer.class)
class CoEditingIntegrationTest {

    static final Actor CHAIR = new Actor("chair", "Secretariat", Role.CHAIR, null);
    static final DelegationCode KAZ = DelegationCode.of("KAZ");
    static final DelegationCode UZB = DelegationCode.of("UZB");
    static final Actor KAZ_DELEGATE = new Actor("kaz.delegate", "Nurlan", Role.DELEGATE, KAZ);
    static final Actor UZB_DELEGATE = new Actor("uzb.delegate", "Dilnoza", Role.DELEGATE, UZB);
    static final ArticleId ARTICLE = ArticleId.of("art-1");

    @Autowired CommandGateway commands;
    @Autowired QueryGateway queries;
    @Autowired JdbcClient jdbc;

    <R> R send(Object command, Actor actor) {
        return commands.sendAndWait(command, ActorMetaData.of(actor));
    }

    @Test
    void concurrent_batches_are_ordered_by_the_server_stored_once_each_and_projected() {
        NegotiationId id = NegotiationId.random();
        send(new OpenNegotiation(id, "Charter"), CHAIR);
        send(new AccreditMember(id, KAZ, "Kazakhstan"), CHAIR);
        send(new AccreditMember(id, UZB, "Uzbekistan"), CHAIR);
        send(new AddArticle(id, ARTICLE, "Security", "Security is indivisible."), CHAIR);

        // both sessions write on revision 1; Uzbekistan's arrives second and is transformed
        EditAcknowledgement first = send(new EditClause(id, ARTICLE, "kaz-tab", 1, 1, "[\"Regional \",24]"), KAZ_DELEGATE);
        EditAcknowledgement second = send(new EditClause(id, ARTICLE, "uzb-tab", 1, 1, "[23,\" 🌏\",1]"), UZB_DELEGATE);
        EditAcknowledgement again = send(new EditClause(id, ARTICLE, "uzb-tab", 1, 1, "[23,\" 🌏\",1]"), UZB_DELEGATE);

        assertThat(first).isEqualTo(new EditAcknowledgement(2, "[\"Regional \",24]", false));
        assertThat(second).isEqualTo(new EditAcknowledgement(3, "[32,\" 🌏\",1]", false));
        assertThat(again).as("acknowledged again, not applied twice").isEqualTo(new EditAcknowledgement(3, "[32,\" 🌏\",1]", true));
        assertThat(jdbc.sql("""
                        select count(*) from domain_event_entry
                        where aggregate_identifier = :id and payload_type = 'org.accord.api.coediting.ClauseEdited'""")
                .param("id", id.value()).query(Long.class).single()).isEqualTo(2);
        await().untilAsserted(() -> {
            NegotiationView view = queries.query(Viewing.as(CHAIR, new FindNegotiation(id)),
                    ResponseTypes.optionalInstanceOf(NegotiationView.class)).join().orElseThrow();
            assertThat(view.articles().get(0).text()).isEqualTo("Regional Security is indivisible 🌏.");
            assertThat(view.articles().get(0).revision()).isEqualTo(3);
        });
    }
}
