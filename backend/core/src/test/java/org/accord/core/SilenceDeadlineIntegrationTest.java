package org.accord.core;

import org.accord.api.negotiation.AccreditMember;
import org.accord.api.negotiation.AddArticle;
import org.accord.api.negotiation.FindNegotiation;
import org.accord.api.negotiation.NegotiationView;
import org.accord.api.negotiation.OpenNegotiation;
import org.accord.api.position.ClauseStatus;
import org.accord.api.position.DeclarePosition;
import org.accord.api.position.PositionKind;
import org.accord.api.shared.Actor;
import org.accord.api.shared.ArticleId;
import org.accord.api.shared.DelegationCode;
import org.accord.api.shared.NegotiationId;
import org.accord.api.shared.Role;
import org.accord.api.silence.OpenSilenceProcedure;
import org.accord.api.silence.SilenceId;
import org.accord.api.silence.SilenceView;
import org.accord.core.infrastructure.ActorMetaData;
import org.accord.core.negotiation.SilenceExpiryRecovery;
import org.accord.testing.FreshDatabaseInitializer;
import org.accord.testing.MutableBusinessTime;
import org.accord.testing.MutableClock;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Silence procedures with the real deadline manager: the expiry waits in PostgreSQL (so a
 * restart does not lose it) and fires in business time.
 */
@SpringBootTest(classes = {CoreTestApplication.class, MutableBusinessTime.class},
        properties = "db-scheduler.polling-interval=200ms")
@ContextConfiguration(initializers = FreshDatabaseInitializer.class)
class SilenceDeadlineIntegrationTest {

    static final Actor CHAIR = new Actor("chair", "Secretariat", Role.CHAIR, null);
    static final DelegationCode KAZ = DelegationCode.of("KAZ");
    static final Actor KAZ_HEAD = new Actor("kaz.head", "Aigerim", Role.HEAD_OF_DELEGATION, KAZ);
    static final ArticleId ARTICLE = ArticleId.of("art-1");

    @Autowired CommandGateway commands;
    @Autowired QueryGateway queries;
    @Autowired JdbcClient jdbc;
    @Autowired MutableClock clock;
    @Autowired SilenceExpiryRecovery recovery;

    void send(Object command, Actor actor) {
        commands.sendAndWait(command, ActorMetaData.of(actor));
    }

    NegotiationView view(NegotiationId id) {
        return queries.query(Viewing.as(CHAIR, new FindNegotiation(id)), ResponseTypes.optionalInstanceOf(NegotiationView.class))
                .join().orElseThrow();
    }

    NegotiationId negotiationWithOneArticle() {
        NegotiationId id = NegotiationId.random();
        send(new OpenNegotiation(id, "Charter"), CHAIR);
        send(new AccreditMember(id, KAZ, "Kazakhstan"), CHAIR);
        send(new AddArticle(id, ARTICLE, "Security", "Security is indivisible."), CHAIR);
        return id;
    }

    @Test
    void an_unbroken_silence_on_a_clause_holds_at_expiry_from_the_database_scheduler() {
        NegotiationId id = negotiationWithOneArticle();
        Instant expiry = clock.instant().plus(Duration.ofHours(72)).plusSeconds(60);
        send(new OpenSilenceProcedure(id, SilenceId.of("s-" + id), List.of(ARTICLE), expiry), CHAIR);

        assertThat(jdbc.sql("select count(*) from scheduled_tasks where pg_typeof(task_data) = 'bytea'::regtype")
                .query(Long.class).single()).as("the pending expiry waits in PostgreSQL").isPositive();
        await().ignoreExceptions().untilAsserted(() -> assertThat(view(id).silences()).singleElement()
                .extracting(SilenceView::state).isEqualTo(SilenceView.State.OPEN));
        assertThat(view(id).articles().get(0).status()).isEqualTo(ClauseStatus.PROPOSED);

        clock.advance(Duration.ofHours(72).plusSeconds(61));

        await().ignoreExceptions().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
            NegotiationView view = view(id);
            assertThat(view.silences()).singleElement().extracting(SilenceView::state).isEqualTo(SilenceView.State.HELD);
            assertThat(view.articles().get(0).status()).as("agreed by silence").isEqualTo(ClauseStatus.AGREED);
        });
    }

    @Test
    void an_open_silence_imported_without_its_deadline_is_rearmed_once_and_holds_at_expiry() {
        NegotiationId id = negotiationWithOneArticle();
        Instant expiry = clock.instant().plus(Duration.ofHours(75));
        send(new OpenSilenceProcedure(id, SilenceId.of("s-" + id), List.of(ARTICLE), expiry), CHAIR);
        // as after an import (ADR 0021): the events are there, the scheduler's row is not
        assertThat(jdbc.sql("delete from scheduled_tasks where execution_time = :expiry")
                .param("expiry", Timestamp.from(expiry)).update()).isEqualTo(1);

        assertThat(recovery.rearm()).contains(id);
        assertThat(recovery.rearm()).contains(id);

        assertThat(jdbc.sql("select count(*) from scheduled_tasks where execution_time = :expiry")
                .param("expiry", Timestamp.from(expiry)).query(Long.class).single())
                .as("re-armed once, however often asked").isEqualTo(1);
        clock.advance(Duration.ofHours(75).plusSeconds(1));
        await().ignoreExceptions().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(view(id).silences())
                .singleElement().extracting(SilenceView::state).isEqualTo(SilenceView.State.HELD));
    }

    @Test
    void an_objection_before_expiry_breaks_silence_and_the_expiry_then_changes_nothing() {
        NegotiationId id = negotiationWithOneArticle();
        Instant expiry = clock.instant().plus(Duration.ofHours(80));
        send(new OpenSilenceProcedure(id, SilenceId.of("s-" + id), List.of(), expiry), CHAIR);

        send(new DeclarePosition(id, ARTICLE, KAZ, 1, PositionKind.OBJECTION, "Not yet"), KAZ_HEAD);
        clock.advance(Duration.ofHours(81));

        await().ignoreExceptions().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(jdbc.sql(
                        "select count(*) from scheduled_tasks where execution_time <= now() + interval '81 hours'")
                .query(Long.class).single()).isZero());
        await().ignoreExceptions().untilAsserted(() -> {
            NegotiationView view = view(id);
            assertThat(view.silences()).singleElement().satisfies(silence -> {
                assertThat(silence.state()).isEqualTo(SilenceView.State.BROKEN);
                assertThat(silence.brokenBy()).isEqualTo("KAZ");
            });
            assertThat(view.adoption()).as("a broken silence adopts nothing").isNull();
            assertThat(view.articles().get(0).status()).isEqualTo(ClauseStatus.BRACKETED);
        });
    }
}
