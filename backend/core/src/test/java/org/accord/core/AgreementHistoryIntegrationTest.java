package org.accord.core;

import org.accord.api.drafting.ReviseClause;
import org.accord.api.milestone.IssueMilestone;
import org.accord.api.milestone.MilestoneKind;
import org.accord.api.negotiation.AccreditMember;
import org.accord.api.negotiation.AccreditObserver;
import org.accord.api.negotiation.AddArticle;
import org.accord.api.negotiation.OpenNegotiation;
import org.accord.api.position.AgreementHistory;
import org.accord.api.position.ClauseStatus;
import org.accord.api.position.DeclarePosition;
import org.accord.api.position.FindAgreementHistory;
import org.accord.api.position.PositionKind;
import org.accord.api.procedure.ChangeRulesOfProcedure;
import org.accord.api.procedure.Confidentiality;
import org.accord.api.procedure.RulesOfProcedure;
import org.accord.api.shared.Actor;
import org.accord.api.shared.ArticleId;
import org.accord.api.shared.DelegationCode;
import org.accord.api.shared.NegotiationId;
import org.accord.api.shared.QueryRefusedException;
import org.accord.api.shared.RejectionReason;
import org.accord.api.shared.Role;
import org.accord.core.infrastructure.ActorMetaData;
import org.accord.testing.FreshDatabaseInitializer;
import org.accord.testing.MutableBusinessTime;
import org.accord.testing.MutableClock;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.SubscriptionQueryResult;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * The agreement history (the board's chart): a point each time the clauses per status changed,
 * pushed live, and disclosed to observers exactly as the negotiation's confidentiality allows.
 */
@SpringBootTest(classes = {CoreTestApplication.class, MutableBusinessTime.class},
        properties = "accord.confidentiality.delayed-refresh=PT0.2S")
@ContextConfiguration(initializers = FreshDatabaseInitializer.class)
class AgreementHistoryIntegrationTest {

    static final Actor CHAIR = new Actor("chair", "Secretariat", Role.CHAIR, null);
    static final DelegationCode KAZ = DelegationCode.of("KAZ");
    static final DelegationCode UZB = DelegationCode.of("UZB");
    static final DelegationCode AZE = DelegationCode.of("AZE");
    static final Actor KAZ_HEAD = new Actor("kaz.head", "Aigerim", Role.HEAD_OF_DELEGATION, KAZ);
    static final Actor UZB_HEAD = new Actor("uzb.head", "Dilshod", Role.HEAD_OF_DELEGATION, UZB);
    static final Actor KAZ_DELEGATE = new Actor("kaz.delegate", "Nurlan", Role.DELEGATE, KAZ);
    static final Actor AZE_OBSERVER = new Actor("aze.observer", "Leyla", Role.OBSERVER, AZE);
    static final Actor TKM_HEAD = new Actor("tkm.head", "Serdar", Role.HEAD_OF_DELEGATION, DelegationCode.of("TKM"));
    static final ArticleId SECURITY = ArticleId.of("art-security");
    static final ArticleId WATER = ArticleId.of("art-water");

    @Autowired CommandGateway commands;
    @Autowired QueryGateway queries;
    @Autowired MutableClock clock;

    void send(Object command, Actor actor) {
        commands.sendAndWait(command, ActorMetaData.of(actor));
    }

    Optional<AgreementHistory> history(NegotiationId id, Actor viewer) {
        return queries.query(Viewing.as(viewer, new FindAgreementHistory(id)),
                ResponseTypes.optionalInstanceOf(AgreementHistory.class)).join();
    }

    /** Two clauses; Article "security" agreed by both members, "water" still proposed. */
    NegotiationId negotiation(Confidentiality confidentiality) {
        NegotiationId id = NegotiationId.random();
        send(new OpenNegotiation(id, "Charter"), CHAIR);
        send(new ChangeRulesOfProcedure(id, new RulesOfProcedure(RulesOfProcedure.standard().decisionRule(),
                confidentiality, List.of("ru", "en"), 72)), CHAIR);
        send(new AccreditMember(id, KAZ, "Kazakhstan"), CHAIR);
        send(new AccreditMember(id, UZB, "Uzbekistan"), CHAIR);
        send(new AccreditObserver(id, AZE, "Azerbaijan"), CHAIR);
        send(new AddArticle(id, SECURITY, "Indivisible security", "Security is indivisible."), CHAIR);
        send(new AddArticle(id, WATER, "Water", "Rivers are shared."), CHAIR);
        send(new DeclarePosition(id, SECURITY, KAZ, 1, PositionKind.ENDORSE, ""), KAZ_HEAD);
        send(new DeclarePosition(id, SECURITY, UZB, 1, PositionKind.ENDORSE, ""), UZB_HEAD);
        return id;
    }

    /** The chair's points; none while the negotiation is not projected yet (so that awaiting retries). */
    List<AgreementHistory.Point> points(NegotiationId id) {
        return history(id, CHAIR).map(AgreementHistory::points).orElse(List.of());
    }

    void awaitAgreed(NegotiationId id, int agreed) {
        await().untilAsserted(() -> assertThat(points(id))
                .last().satisfies(point -> assertThat(point.count(ClauseStatus.AGREED)).isEqualTo(agreed)));
    }

    @Test
    void a_point_is_recorded_only_when_the_clauses_per_status_change_and_in_the_order_they_changed() {
        NegotiationId id = negotiation(Confidentiality.LIVE);
        awaitAgreed(id, 1);

        List<AgreementHistory.Point> points = history(id, KAZ_DELEGATE).orElseThrow().points();
        assertThat(points).extracting(p -> p.count(ClauseStatus.PROPOSED), p -> p.count(ClauseStatus.AGREED))
                .as("opened (nothing), one clause, two clauses, Kazakhstan endorses (unchanged), both endorse")
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(0, 0),
                        org.assertj.core.groups.Tuple.tuple(1, 0),
                        org.assertj.core.groups.Tuple.tuple(2, 0),
                        org.assertj.core.groups.Tuple.tuple(1, 1));
        assertThat(points).extracting(AgreementHistory.Point::at).isSorted();

        send(new DeclarePosition(id, WATER, UZB, 1, PositionKind.OBJECTION, "Upstream rights"), UZB_HEAD);
        await().untilAsserted(() -> assertThat(points(id)).last()
                .satisfies(point -> {
                    assertThat(point.count(ClauseStatus.BRACKETED)).isEqualTo(1);
                    assertThat(point.count(ClauseStatus.AGREED)).isEqualTo(1);
                    assertThat(point.total()).isEqualTo(2);
                }));
    }

    @Test
    void a_declared_position_is_pushed_to_the_subscribed_history_of_members_and_live_observers() {
        NegotiationId id = negotiation(Confidentiality.LIVE);
        awaitAgreed(id, 1);
        List<AgreementHistory> memberUpdates = new CopyOnWriteArrayList<>();
        List<AgreementHistory> observerUpdates = new CopyOnWriteArrayList<>();
        try (var member = watch(id, KAZ_HEAD); var observer = watch(id, AZE_OBSERVER)) {
            assertThat(observer.initialResult().block().orElseThrow().points()).hasSize(4);
            member.updates().subscribe(memberUpdates::add);
            observer.updates().subscribe(observerUpdates::add);

            send(new DeclarePosition(id, WATER, KAZ, 1, PositionKind.ENDORSE, ""), KAZ_HEAD);
            send(new DeclarePosition(id, WATER, UZB, 1, PositionKind.ENDORSE, ""), UZB_HEAD);

            await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
                assertThat(memberUpdates).last().satisfies(h -> assertThat(h.points()).last()
                        .satisfies(p -> assertThat(p.count(ClauseStatus.AGREED)).isEqualTo(2)));
                assertThat(observerUpdates).last().satisfies(h -> assertThat(h.points()).last()
                        .satisfies(p -> assertThat(p.count(ClauseStatus.AGREED)).isEqualTo(2)));
            });
        }
    }

    @Test
    void delayed_observers_see_only_the_points_older_than_the_delay() {
        backToRealTime(); // the clock is shared by the test classes with this same context
        try {
            delayedHistory();
        } finally {
            backToRealTime();
        }
    }

    void backToRealTime() {
        clock.advance(Duration.between(clock.instant(), java.time.Instant.now()));
    }

    void delayedHistory() {
        NegotiationId id = negotiation(new Confidentiality(Confidentiality.Mode.DELAYED, 60));
        awaitAgreed(id, 1);

        assertThat(history(id, AZE_OBSERVER)).hasValueSatisfying(history ->
                assertThat(history.points()).as("nothing is an hour old yet").isEmpty());
        assertThat(history(id, KAZ_HEAD).orElseThrow().points()).hasSize(4);

        clock.advance(Duration.ofMinutes(61));
        assertThat(history(id, AZE_OBSERVER).orElseThrow().points())
                .as("an hour later, the points of an hour ago")
                .isEqualTo(history(id, KAZ_HEAD).orElseThrow().points())
                .last().satisfies(point -> assertThat(point.count(ClauseStatus.AGREED)).isEqualTo(1));
    }

    @Test
    void observers_restricted_to_issued_texts_see_no_history_even_with_a_milestone_issued() {
        NegotiationId id = negotiation(new Confidentiality(Confidentiality.Mode.MILESTONES_ONLY, 0));
        send(new IssueMilestone(id, MilestoneKind.COMPILATION_TEXT, "C5/2026/L.1"), CHAIR);
        send(new ReviseClause(id, SECURITY, 1, 12, 23, "one and indivisible"), KAZ_DELEGATE);
        await().untilAsserted(() -> assertThat(points(id))
                .last().satisfies(point -> assertThat(point.count(ClauseStatus.PROPOSED)).isEqualTo(2)));

        assertThat(history(id, AZE_OBSERVER)).hasValueSatisfying(history ->
                assertThat(history.points()).isEmpty());
        assertThat(history(id, UZB_HEAD).orElseThrow().points()).hasSizeGreaterThan(3);
    }

    @Test
    void outsiders_learn_nothing_and_a_query_without_a_viewer_is_refused() {
        NegotiationId id = negotiation(Confidentiality.LIVE);
        awaitAgreed(id, 1);

        assertThat(history(id, TKM_HEAD)).isEmpty();
        assertThat(history(NegotiationId.random(), CHAIR)).isEmpty();
        assertThatThrownBy(() -> queries.query(new FindAgreementHistory(id),
                ResponseTypes.optionalInstanceOf(AgreementHistory.class)).join())
                .rootCause().isInstanceOfSatisfying(QueryRefusedException.class,
                        refused -> assertThat(refused.reason()).isEqualTo(RejectionReason.NOT_AUTHENTICATED));
    }

    SubscriptionQueryResult<Optional<AgreementHistory>, AgreementHistory> watch(NegotiationId id, Actor viewer) {
        return queries.subscriptionQuery(Viewing.as(viewer, new FindAgreementHistory(id)),
                ResponseTypes.optionalInstanceOf(AgreementHistory.class), ResponseTypes.instanceOf(AgreementHistory.class));
    }
}
