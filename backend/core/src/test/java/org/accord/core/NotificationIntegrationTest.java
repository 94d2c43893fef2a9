package org.accord.core;

import org.accord.api.amendment.AmendmentId;
import org.accord.api.amendment.AmendmentKind;
import org.accord.api.amendment.IncorporateAmendment;
import org.accord.api.amendment.TableAmendment;
import org.accord.api.coediting.EditClause;
import org.accord.api.drafting.ReviseClause;
import org.accord.api.milestone.IssueMilestone;
import org.accord.api.milestone.MilestoneKind;
import org.accord.api.negotiation.AccreditMember;
import org.accord.api.negotiation.AccreditObserver;
import org.accord.api.negotiation.AddArticle;
import org.accord.api.negotiation.OpenNegotiation;
import org.accord.api.notification.FindNotifications;
import org.accord.api.notification.MarkNotificationsRead;
import org.accord.api.notification.NotificationKind;
import org.accord.api.notification.NotificationView;
import org.accord.api.notification.Notifications;
import org.accord.api.position.DeclarePosition;
import org.accord.api.position.PositionKind;
import org.accord.api.procedure.ChangeRulesOfProcedure;
import org.accord.api.procedure.Confidentiality;
import org.accord.api.procedure.RulesOfProcedure;
import org.accord.api.shared.Actor;
import org.accord.api.shared.ArticleId;
import org.accord.api.shared.DelegationCode;
import org.accord.api.shared.NegotiationId;
import org.accord.api.shared.QueryRefusedException;
import org.accord.api.shared.Role;
import org.accord.api.silence.OpenSilenceProcedure;
import org.accord.api.silence.SilenceId;
import org.accord.core.infrastructure.ActorMetaData;
import org.accord.testing.FreshDatabaseInitializer;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.messaging.GenericMessage;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.SubscriptionQueryResult;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * Notifications on real PostgreSQL, one test per rule: who is told of what, once, never of their
 * own act, live; and a replay rebuilds them without pushing or duplicating anything.
 * Every test uses delegations of its own, so that counts are not shared between tests.
 */
@SpringBootTest(classes = CoreTestApplication.class)
@ContextConfiguration(initializers = FreshDatabaseInitializer.class)
class NotificationIntegrationTest {

    static final Actor CHAIR = new Actor("chair", "Secretariat", Role.CHAIR, null);
    static final ArticleId ARTICLE = ArticleId.of("art-security");

    @Autowired CommandGateway commands;
    @Autowired QueryGateway queries;
    @Autowired JdbcClient jdbc;
    @Autowired EventProcessingConfiguration processing;
    @Autowired Clock clock;

    /** A negotiation of three members (a, b, c) and an observer (o), with one article. */
    final class Scene {
        final NegotiationId id = NegotiationId.random();
        final DelegationCode a = code(), b = code(), c = code(), o = code();
        final Actor aHead = person("head", Role.HEAD_OF_DELEGATION, a);
        final Actor aDelegate = person("delegate", Role.DELEGATE, a);
        final Actor bHead = person("head", Role.HEAD_OF_DELEGATION, b);
        final Actor bDelegate = person("delegate", Role.DELEGATE, b);
        final Actor cHead = person("head", Role.HEAD_OF_DELEGATION, c);
        final Actor observer = person("observer", Role.OBSERVER, o);

        Scene(Confidentiality confidentiality) {
            send(new OpenNegotiation(id, "Charter " + a.value()), CHAIR);
            if (confidentiality != Confidentiality.LIVE) {
                send(new ChangeRulesOfProcedure(id, new RulesOfProcedure(RulesOfProcedure.standard().decisionRule(),
                        confidentiality, List.of("ru", "en"), 72)), CHAIR);
            }
            send(new AccreditMember(id, a, "State A"), CHAIR);
            send(new AccreditMember(id, b, "State B"), CHAIR);
            send(new AccreditMember(id, c, "State C"), CHAIR);
            send(new AccreditObserver(id, o, "Organisation O"), CHAIR);
            send(new AddArticle(id, ARTICLE, "Indivisible security", "Security is indivisible."), CHAIR);
        }

        Scene() {
            this(Confidentiality.LIVE);
        }

        void position(Actor head, long revision, PositionKind kind) {
            send(new DeclarePosition(id, ARTICLE, head.delegation(), revision, kind,
                    kind.needsStatement() ? "Because" : ""), head);
        }

        void revise(Actor by, long revision, String insertion) {
            send(new ReviseClause(id, ARTICLE, revision, 0, 0, insertion), by);
        }

        void table(Actor by, AmendmentId amendment, long revision) {
            send(new TableAmendment(id, amendment, ARTICLE, revision, AmendmentKind.INSERTION, 0, 0, "Regional ",
                    null, ""), by);
        }

        /** A marker act everybody is told of: once the processor is past it, it is past what came before. */
        void milestone() {
            send(new IssueMilestone(id, MilestoneKind.COMPILATION_TEXT, "T/" + a.value()), CHAIR);
        }

        List<NotificationKind> kindsFor(Actor person) {
            return of(person).latest().stream().filter(n -> n.negotiationId().equals(id))
                    .map(NotificationView::kind).toList();
        }

        /** Waits until the processor has handled the last act (a milestone), then lists what {@code person} was told. */
        List<NotificationKind> settledKindsFor(Actor person) {
            await().untilAsserted(() -> assertThat(kindsFor(aHead)).contains(NotificationKind.MILESTONE_ISSUED));
            return kindsFor(person).stream().filter(kind -> kind != NotificationKind.MILESTONE_ISSUED).toList();
        }
    }

    static DelegationCode code() {
        StringBuilder letters = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            letters.append((char) ('A' + ThreadLocalRandom.current().nextInt(26)));
        }
        return DelegationCode.of(letters.toString());
    }

    static Actor person(String role, Role kind, DelegationCode delegation) {
        return new Actor(delegation.value().toLowerCase() + "." + role, role + " of " + delegation.value(), kind,
                delegation);
    }

    void send(Object command, Actor actor) {
        commands.sendAndWait(command, ActorMetaData.of(actor));
    }

    Notifications of(Actor person) {
        return queries.query(Viewing.as(person, new FindNotifications(50)), Notifications.class).join();
    }

    @Test
    void an_amendment_tabled_tells_the_delegations_endorsing_the_clause_and_nobody_else() {
        Scene scene = new Scene();
        scene.position(scene.aHead, 1, PositionKind.ENDORSE);
        scene.position(scene.cHead, 1, PositionKind.CAN_LIVE_WITH);
        scene.table(scene.bDelegate, AmendmentId.of("am-" + scene.id), 1);
        scene.milestone();

        assertThat(scene.settledKindsFor(scene.aHead)).containsExactly(NotificationKind.AMENDMENT_TABLED);
        assertThat(scene.kindsFor(scene.aDelegate)).as("every person of the delegation")
                .contains(NotificationKind.AMENDMENT_TABLED);
        assertThat(scene.settledKindsFor(scene.cHead)).as("can live with is no endorsement").isEmpty();
        assertThat(scene.settledKindsFor(scene.bHead)).as("the proposer").isEmpty();
        assertThat(scene.settledKindsFor(scene.observer)).isEmpty();
        assertThat(scene.settledKindsFor(CHAIR)).isEmpty();

        NotificationView told = of(scene.aHead).latest().stream()
                .filter(n -> n.kind() == NotificationKind.AMENDMENT_TABLED).findFirst().orElseThrow();
        assertThat(told.clauseId()).isEqualTo(ARTICLE);
        assertThat(told.clauseLabel()).isEqualTo("Indivisible security");
        assertThat(told.actorName()).isEqualTo(scene.bDelegate.displayName());
        assertThat(told.actorDelegation()).isEqualTo(scene.b);
        assertThat(told.negotiationTitle()).isEqualTo("Charter " + scene.a.value());
        assertThat(told.read()).isFalse();
    }

    @Test
    void a_delegation_is_not_told_of_its_own_amendment_nor_of_one_on_wording_it_no_longer_endorses() {
        Scene scene = new Scene();
        scene.position(scene.aHead, 1, PositionKind.ENDORSE);
        scene.position(scene.bHead, 1, PositionKind.ENDORSE);
        scene.table(scene.aDelegate, AmendmentId.of("own-" + scene.id), 1);
        scene.revise(scene.cHead, 1, "Common ");          // both endorsements are stale now
        scene.table(scene.cHead, AmendmentId.of("late-" + scene.id), 2);
        scene.milestone();

        assertThat(scene.settledKindsFor(scene.aHead)).containsExactly(NotificationKind.WORDING_CHANGED);
        assertThat(scene.settledKindsFor(scene.bHead))
                .containsExactly(NotificationKind.WORDING_CHANGED, NotificationKind.AMENDMENT_TABLED);
    }

    @Test
    void a_change_of_wording_tells_an_endorsing_delegation_once_per_burst_of_edits() {
        Scene scene = new Scene();
        scene.position(scene.aHead, 1, PositionKind.ENDORSE);
        scene.revise(scene.bDelegate, 1, "A");
        scene.revise(scene.bDelegate, 2, "B");
        scene.revise(scene.bHead, 3, "C");
        scene.milestone();
        assertThat(scene.settledKindsFor(scene.aHead)).containsExactly(NotificationKind.WORDING_CHANGED);

        // endorsing again starts a new burst; an incorporated amendment changes the wording too
        scene.position(scene.aHead, 4, PositionKind.ENDORSE);
        AmendmentId amendment = AmendmentId.of("inc-" + scene.id);
        scene.table(scene.bDelegate, amendment, 4);
        send(new IncorporateAmendment(scene.id, amendment), CHAIR);
        send(new IssueMilestone(scene.id, MilestoneKind.CHAIRS_TEXT, "S/" + scene.a.value()), CHAIR);
        await().untilAsserted(() -> assertThat(scene.kindsFor(scene.aHead)).containsExactly(
                NotificationKind.MILESTONE_ISSUED, NotificationKind.WORDING_CHANGED,
                NotificationKind.AMENDMENT_TABLED, NotificationKind.MILESTONE_ISSUED,
                NotificationKind.WORDING_CHANGED));
        assertThat(scene.settledKindsFor(scene.cHead)).as("never endorsed").isEmpty();
    }

    @Test
    void a_burst_of_co_editing_tells_an_endorsing_delegation_once() {
        Scene scene = new Scene();
        scene.position(scene.aHead, 1, PositionKind.ENDORSE);
        int length = "Security is indivisible.".length();
        for (int batch = 1; batch <= 6; batch++) {
            // each batch types one letter at the start, on the revision the previous one produced
            send(new EditClause(scene.id, ARTICLE, "b-tab", batch, batch, "[\"x\"," + (length + batch - 1) + "]"),
                    scene.bDelegate);
        }
        scene.milestone();

        assertThat(scene.settledKindsFor(scene.aHead)).containsExactly(NotificationKind.WORDING_CHANGED);
        assertThat(scene.settledKindsFor(scene.bHead)).isEmpty();
    }

    @Test
    void the_delegation_changing_the_wording_is_not_told_and_is_told_of_the_next_change_by_somebody_else() {
        Scene scene = new Scene();
        scene.position(scene.aHead, 1, PositionKind.ENDORSE);
        scene.revise(scene.aDelegate, 1, "Own ");
        scene.revise(scene.aDelegate, 2, "edits ");
        scene.milestone();
        assertThat(scene.settledKindsFor(scene.aHead)).isEmpty();

        scene.revise(scene.bDelegate, 3, "Other ");
        scene.revise(scene.bDelegate, 4, "more ");
        send(new IssueMilestone(scene.id, MilestoneKind.CHAIRS_TEXT, "S/" + scene.a.value()), CHAIR);
        await().untilAsserted(() -> assertThat(scene.kindsFor(scene.aHead)).filteredOn(
                kind -> kind == NotificationKind.MILESTONE_ISSUED).hasSize(2));
        assertThat(scene.settledKindsFor(scene.aHead)).containsExactly(NotificationKind.WORDING_CHANGED);
    }

    @Test
    void a_broken_silence_tells_every_participant_but_the_delegation_that_broke_it() {
        Scene scene = new Scene();
        send(new OpenSilenceProcedure(scene.id, SilenceId.of("s-" + scene.id), List.of(ARTICLE),
                clock.instant().plus(Duration.ofHours(80))), CHAIR);
        scene.position(scene.bHead, 1, PositionKind.OBJECTION);
        scene.milestone();

        assertThat(scene.settledKindsFor(scene.aHead)).containsExactly(NotificationKind.SILENCE_BROKEN);
        assertThat(scene.settledKindsFor(scene.cHead)).containsExactly(NotificationKind.SILENCE_BROKEN);
        assertThat(scene.settledKindsFor(CHAIR)).containsExactly(NotificationKind.SILENCE_BROKEN);
        assertThat(scene.settledKindsFor(scene.bHead)).isEmpty();
        assertThat(scene.settledKindsFor(scene.observer)).as("participants only").isEmpty();
    }

    @Test
    void an_issued_text_tells_the_members_and_the_observers_who_see_milestones_as_they_are_issued() {
        Scene live = new Scene();
        live.milestone();
        assertThat(live.settledKindsFor(live.aHead)).isEmpty();
        for (Actor person : List.of(live.aHead, live.bDelegate, live.cHead, live.observer)) {
            assertThat(live.kindsFor(person)).as(person.username()).containsExactly(NotificationKind.MILESTONE_ISSUED);
        }
        assertThat(live.kindsFor(CHAIR)).as("the secretariat issued it").isEmpty();
        assertThat(of(live.observer).latest().get(0).detail()).isEqualTo("T/" + live.a.value());

        Scene issuedOnly = new Scene(new Confidentiality(Confidentiality.Mode.MILESTONES_ONLY, 0));
        issuedOnly.milestone();
        issuedOnly.settledKindsFor(issuedOnly.aHead);
        assertThat(issuedOnly.kindsFor(issuedOnly.observer)).containsExactly(NotificationKind.MILESTONE_ISSUED);

        Scene delayed = new Scene(new Confidentiality(Confidentiality.Mode.DELAYED, 60));
        delayed.milestone();
        delayed.settledKindsFor(delayed.aHead);
        assertThat(delayed.kindsFor(delayed.observer)).as("would disclose the text before the delay").isEmpty();
    }

    @Test
    void reading_marks_are_per_person_and_only_move_forward() {
        Scene scene = new Scene();
        scene.position(scene.aHead, 1, PositionKind.ENDORSE);
        scene.table(scene.bDelegate, AmendmentId.of("am-" + scene.id), 1);
        scene.milestone();
        scene.settledKindsFor(scene.aHead);
        assertThat(of(scene.aHead).unread()).isEqualTo(2);

        Notifications before = of(scene.aHead);
        send(new MarkNotificationsRead(before.newestSequence()), scene.aHead);
        assertThat(of(scene.aHead).unread()).isZero();
        assertThat(of(scene.aHead).latest()).allMatch(NotificationView::read);
        assertThat(of(scene.aDelegate).unread()).as("another person of the same delegation").isEqualTo(2);

        send(new MarkNotificationsRead(0), scene.aHead);
        assertThat(of(scene.aHead).unread()).as("a mark never moves back").isZero();

        send(new IssueMilestone(scene.id, MilestoneKind.CHAIRS_TEXT, "S/" + scene.a.value()), CHAIR);
        await().untilAsserted(() -> assertThat(of(scene.aHead).unread()).isEqualTo(1));
    }

    @Test
    void nobody_reads_notifications_without_signing_in() {
        assertThatThrownBy(() -> queries.query(new GenericMessage<>(new FindNotifications()), Notifications.class)
                .join()).hasRootCauseInstanceOf(QueryRefusedException.class);
    }

    @Test
    void a_new_notification_is_pushed_live_to_the_persons_concerned_only() {
        Scene scene = new Scene();
        scene.position(scene.aHead, 1, PositionKind.ENDORSE);
        List<Notifications> toA = new CopyOnWriteArrayList<>();
        List<Notifications> toC = new CopyOnWriteArrayList<>();
        try (SubscriptionQueryResult<Notifications, Notifications> a = subscribe(scene.aDelegate);
             SubscriptionQueryResult<Notifications, Notifications> c = subscribe(scene.cHead)) {
            a.updates().subscribe(toA::add);
            c.updates().subscribe(toC::add);
            scene.table(scene.bDelegate, AmendmentId.of("am-" + scene.id), 1);

            await().atMost(Duration.ofSeconds(1)).untilAsserted(() -> assertThat(toA).hasSize(1));
            assertThat(toA.get(0).unread()).isEqualTo(1);
            assertThat(toA.get(0).latest().get(0).kind()).isEqualTo(NotificationKind.AMENDMENT_TABLED);

            send(new MarkNotificationsRead(toA.get(0).newestSequence()), scene.aDelegate);
            await().atMost(Duration.ofSeconds(1)).untilAsserted(() -> assertThat(toA).hasSize(2));
            assertThat(toA.get(1).unread()).isZero();
            assertThat(toC).as("C was told nothing").isEmpty();
        }
    }

    @Test
    void a_replay_rebuilds_the_same_notifications_keeps_the_reading_marks_and_pushes_nothing() {
        Scene scene = new Scene();
        scene.position(scene.aHead, 1, PositionKind.ENDORSE);
        scene.table(scene.bDelegate, AmendmentId.of("am-" + scene.id), 1);
        scene.revise(scene.cHead, 1, "Common ");
        send(new OpenSilenceProcedure(scene.id, SilenceId.of("s-" + scene.id), List.of(ARTICLE),
                clock.instant().plus(Duration.ofHours(80))), CHAIR);
        scene.position(scene.bHead, 2, PositionKind.OBJECTION);
        scene.milestone();
        scene.settledKindsFor(scene.aHead);
        long firstNewest = of(scene.aHead).latest().get(1).sequence();
        send(new MarkNotificationsRead(firstNewest), scene.aHead);
        List<String> before = rows();
        Notifications aBefore = of(scene.aHead);
        Notifications cBefore = of(scene.cHead);
        assertThat(aBefore.unread()).isEqualTo(1);

        List<Notifications> pushed = new CopyOnWriteArrayList<>();
        try (SubscriptionQueryResult<Notifications, Notifications> a = subscribe(scene.aHead);
             SubscriptionQueryResult<Notifications, Notifications> chair = subscribe(CHAIR)) {
            a.updates().subscribe(pushed::add);
            chair.updates().subscribe(pushed::add);

            StreamingEventProcessor processor = processing
                    .eventProcessor("notifications", StreamingEventProcessor.class).orElseThrow();
            processor.shutDown();
            processor.resetTokens();
            assertThat(jdbc.sql("select count(*) from notification").query(Integer.class).single())
                    .as("the reset handler empties what is derived").isZero();
            processor.start();

            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
                assertThat(processor.processingStatus().values()).allMatch(status ->
                        status.getCurrentPosition().orElse(-1) >= status.getResetPosition().orElse(0));
                assertThat(rows()).isEqualTo(before);
            });
            assertThat(pushed).as("updates pushed during the replay").isEmpty();
            assertThat(of(scene.aHead)).isEqualTo(aBefore);
            assertThat(of(scene.cHead)).isEqualTo(cBefore);
            assertThat(jdbc.sql("select count(*) - count(distinct (recipient, sequence)) from notification")
                    .query(Integer.class).single()).as("duplicates").isZero();

            // past the replay, what happens is pushed again
            send(new IssueMilestone(scene.id, MilestoneKind.CHAIRS_TEXT, "S/" + scene.a.value()), CHAIR);
            await().atMost(Duration.ofSeconds(2)).untilAsserted(() -> assertThat(pushed).hasSize(1));
            assertThat(pushed.get(0).unread()).isEqualTo(2);
        }
    }

    SubscriptionQueryResult<Notifications, Notifications> subscribe(Actor person) {
        return queries.subscriptionQuery(Viewing.as(person, new FindNotifications()),
                ResponseTypes.instanceOf(Notifications.class), ResponseTypes.instanceOf(Notifications.class));
    }

    List<String> rows() {
        return jdbc.sql("""
                        select sequence || '|' || recipient || '|' || negotiation_id || '|' || kind || '|'
                               || coalesce(clause_id, '-') || '|' || actor_name || '|' || occurred_at
                        from notification
                        union all select 'p|' || negotiation_id || '|' || clause_id || '|' || delegation || '|' || kind
                                         || '|' || revision || '|' || told_of_change from notification_position
                        union all select 'c|' || negotiation_id || '|' || clause_id || '|' || revision || '|' || label
                                  from notification_clause
                        order by 1""")
                .query(String.class).list();
    }
}
