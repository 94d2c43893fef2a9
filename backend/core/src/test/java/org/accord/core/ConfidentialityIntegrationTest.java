package org.accord.core;

import org.accord.api.comment.CommentId;
import org.accord.api.comment.CommentOnClause;
import org.accord.api.drafting.ReviseClause;
import org.accord.api.milestone.FindIssuedText;
import org.accord.api.milestone.IssueMilestone;
import org.accord.api.milestone.IssuedText;
import org.accord.api.milestone.MilestoneKind;
import org.accord.api.negotiation.AccreditMember;
import org.accord.api.negotiation.AccreditObserver;
import org.accord.api.negotiation.AddArticle;
import org.accord.api.negotiation.ArticleView;
import org.accord.api.negotiation.FindClause;
import org.accord.api.negotiation.FindNegotiation;
import org.accord.api.negotiation.FindNegotiations;
import org.accord.api.negotiation.NegotiationSummary;
import org.accord.api.negotiation.NegotiationView;
import org.accord.api.negotiation.OpenNegotiation;
import org.accord.api.position.DeclarePosition;
import org.accord.api.position.EndorsementMatrix;
import org.accord.api.position.FindEndorsementMatrix;
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
 * What observers see is decided by the queries, per the negotiation's confidentiality: live
 * (without the delegations' comments), delayed by N minutes (the charter as it stood then), or
 * issued texts only. Members and the chair always see everything; outsiders nothing.
 */
@SpringBootTest(classes = {CoreTestApplication.class, MutableBusinessTime.class},
        properties = "accord.confidentiality.delayed-refresh=PT0.2S")
@ContextConfiguration(initializers = FreshDatabaseInitializer.class)
class ConfidentialityIntegrationTest {

    static final Actor CHAIR = new Actor("chair", "Secretariat", Role.CHAIR, null);
    static final DelegationCode KAZ = DelegationCode.of("KAZ");
    static final DelegationCode AZE = DelegationCode.of("AZE");
    static final Actor KAZ_HEAD = new Actor("kaz.head", "Aigerim", Role.HEAD_OF_DELEGATION, KAZ);
    static final Actor KAZ_DELEGATE = new Actor("kaz.delegate", "Nurlan", Role.DELEGATE, KAZ);
    static final Actor AZE_OBSERVER = new Actor("aze.observer", "Leyla", Role.OBSERVER, AZE);
    static final Actor TKM_HEAD = new Actor("tkm.head", "Serdar", Role.HEAD_OF_DELEGATION, DelegationCode.of("TKM"));
    static final ArticleId SECURITY = ArticleId.of("art-security");

    @Autowired CommandGateway commands;
    @Autowired QueryGateway queries;
    @Autowired MutableClock clock;

    void send(Object command, Actor actor) {
        commands.sendAndWait(command, ActorMetaData.of(actor));
    }

    Optional<NegotiationView> view(NegotiationId id, Actor viewer) {
        return queries.query(Viewing.as(viewer, new FindNegotiation(id)),
                ResponseTypes.optionalInstanceOf(NegotiationView.class)).join();
    }

    NegotiationId negotiation(Confidentiality confidentiality) {
        NegotiationId id = NegotiationId.random();
        send(new OpenNegotiation(id, "Charter"), CHAIR);
        send(new ChangeRulesOfProcedure(id, new RulesOfProcedure(RulesOfProcedure.standard().decisionRule(),
                confidentiality, List.of("ru", "en"), 72)), CHAIR);
        send(new AccreditMember(id, KAZ, "Kazakhstan"), CHAIR);
        send(new AccreditObserver(id, AZE, "Azerbaijan"), CHAIR);
        send(new AddArticle(id, SECURITY, "Indivisible security", "Security is indivisible."), CHAIR);
        send(new DeclarePosition(id, SECURITY, KAZ, 1, PositionKind.ENDORSE, ""), KAZ_HEAD);
        send(new CommentOnClause(id, SECURITY, CommentId.of("c-1"), null, "Our capital prefers 'one and indivisible'"),
                KAZ_DELEGATE);
        return id;
    }

    void awaitProjected(NegotiationId id) {
        await().untilAsserted(() -> assertThat(view(id, CHAIR)).hasValueSatisfying(view ->
                assertThat(view.articles()).singleElement().satisfies(a -> assertThat(a.comments()).hasSize(1))));
    }

    @Test
    void live_observers_read_the_text_and_the_endorsements_but_not_the_delegations_comments() {
        NegotiationId id = negotiation(Confidentiality.LIVE);
        awaitProjected(id);

        NegotiationView observed = view(id, AZE_OBSERVER).orElseThrow();
        assertThat(observed.articles()).singleElement().satisfies(article -> {
            assertThat(article.text()).isEqualTo("Security is indivisible.");
            assertThat(article.positions()).extracting(p -> p.delegation()).containsExactly(KAZ);
            assertThat(article.comments()).as("deliberations stay among the participants").isEmpty();
        });
        assertThat(view(id, KAZ_DELEGATE).orElseThrow().articles().get(0).comments()).hasSize(1);
        ArticleView clause = queries.query(Viewing.as(AZE_OBSERVER, new FindClause(id, SECURITY)),
                ResponseTypes.optionalInstanceOf(ArticleView.class)).join().orElseThrow();
        assertThat(clause.comments()).isEmpty();
        EndorsementMatrix board = queries.query(Viewing.as(AZE_OBSERVER, new FindEndorsementMatrix(id)),
                ResponseTypes.optionalInstanceOf(EndorsementMatrix.class)).join().orElseThrow();
        assertThat(board.rows()).singleElement().satisfies(row -> assertThat(row.cells()).containsKey(KAZ));
    }

    @Test
    void somebody_outside_the_negotiation_sees_nothing_of_it_and_a_query_without_a_viewer_is_refused() {
        NegotiationId id = negotiation(Confidentiality.LIVE);
        awaitProjected(id);

        assertThat(view(id, TKM_HEAD)).isEmpty();
        List<NegotiationSummary> listed = queries.query(Viewing.as(TKM_HEAD, new FindNegotiations()),
                ResponseTypes.multipleInstancesOf(NegotiationSummary.class)).join();
        assertThat(listed).extracting(NegotiationSummary::negotiationId).doesNotContain(id);
        assertThat(queries.query(Viewing.as(AZE_OBSERVER, new FindNegotiations()),
                ResponseTypes.multipleInstancesOf(NegotiationSummary.class)).join())
                .extracting(NegotiationSummary::negotiationId).contains(id);

        assertThatThrownBy(() -> queries.query(new FindNegotiation(id),
                ResponseTypes.optionalInstanceOf(NegotiationView.class)).join())
                .rootCause().isInstanceOfSatisfying(QueryRefusedException.class,
                        refused -> assertThat(refused.reason()).isEqualTo(RejectionReason.NOT_AUTHENTICATED));
    }

    @Test
    void under_issued_texts_only_observers_read_the_issued_wording_and_nothing_newer() {
        NegotiationId id = negotiation(new Confidentiality(Confidentiality.Mode.MILESTONES_ONLY, 0));
        send(new IssueMilestone(id, MilestoneKind.COMPILATION_TEXT, "C5/2026/L.1"), CHAIR);
        send(new ReviseClause(id, SECURITY, 1, 12, 23, "one and indivisible"), KAZ_DELEGATE);
        await().untilAsserted(() -> assertThat(view(id, CHAIR).orElseThrow().articles().get(0).revision()).isEqualTo(2));

        NegotiationView observed = view(id, AZE_OBSERVER).orElseThrow();
        assertThat(observed.articles()).as("the negotiating text is confidential").isEmpty();
        assertThat(observed.shareAgreed()).isZero();
        assertThat(observed.milestones()).extracting(m -> m.documentSymbol()).containsExactly("C5/2026/L.1");
        assertThat(observed.confidentiality().mode()).isEqualTo(Confidentiality.Mode.MILESTONES_ONLY);
        assertThat(queries.query(Viewing.as(AZE_OBSERVER, new FindEndorsementMatrix(id)),
                ResponseTypes.optionalInstanceOf(EndorsementMatrix.class)).join().orElseThrow().rows()).isEmpty();

        IssuedText issued = queries.query(Viewing.as(AZE_OBSERVER, new FindIssuedText(id, 1)),
                ResponseTypes.optionalInstanceOf(IssuedText.class)).join().orElseThrow();
        assertThat(issued.clauses()).singleElement().satisfies(clause -> {
            assertThat(clause.wording()).as("frozen at issue").isEqualTo("Security is indivisible.");
            assertThat(clause.revision()).isEqualTo(1);
        });
        assertThat(queries.query(Viewing.as(AZE_OBSERVER, new FindIssuedText(id, 2)),
                ResponseTypes.optionalInstanceOf(IssuedText.class)).join()).isEmpty();
        assertThat(queries.query(Viewing.as(TKM_HEAD, new FindIssuedText(id, 1)),
                ResponseTypes.optionalInstanceOf(IssuedText.class)).join()).isEmpty();
        assertThat(view(id, KAZ_HEAD).orElseThrow().articles().get(0).text()).isEqualTo("Security is one and indivisible.");
    }

    @Test
    void delayed_observers_see_the_charter_as_it_stood_and_are_pushed_its_changes_as_time_passes() {
        NegotiationId id = negotiation(new Confidentiality(Confidentiality.Mode.DELAYED, 60));
        awaitProjected(id);
        List<NegotiationView> observerUpdates = new CopyOnWriteArrayList<>();
        List<NegotiationView> memberUpdates = new CopyOnWriteArrayList<>();
        try (SubscriptionQueryResult<Optional<NegotiationView>, NegotiationView> observer = watch(id, AZE_OBSERVER);
             SubscriptionQueryResult<Optional<NegotiationView>, NegotiationView> member = watch(id, KAZ_HEAD)) {
            NegotiationView first = observer.initialResult().block().orElseThrow();
            assertThat(first.articles()).as("an hour ago the negotiation did not exist yet").isEmpty();
            assertThat(first.title()).isEqualTo("Charter");
            observer.updates().subscribe(observerUpdates::add);
            member.updates().subscribe(memberUpdates::add);

            send(new ReviseClause(id, SECURITY, 1, 12, 23, "one and indivisible"), KAZ_DELEGATE);
            await().untilAsserted(() -> assertThat(memberUpdates).anySatisfy(view ->
                    assertThat(view.articles().get(0).revision()).isEqualTo(2)));
            assertThat(observerUpdates).as("nothing of the last hour reaches the observer")
                    .allSatisfy(view -> assertThat(view.articles()).isEmpty());

            clock.advance(Duration.ofMinutes(61));
            await().untilAsserted(() -> assertThat(observerUpdates).anySatisfy(view ->
                    assertThat(view.articles()).singleElement().satisfies(article -> {
                        assertThat(article.text()).isEqualTo("Security is one and indivisible.");
                        assertThat(article.comments()).isEmpty();
                    })));
            assertThat(view(id, AZE_OBSERVER).orElseThrow().confidentiality().delayMinutes()).isEqualTo(60);
        }
    }

    SubscriptionQueryResult<Optional<NegotiationView>, NegotiationView> watch(NegotiationId id, Actor viewer) {
        return queries.subscriptionQuery(Viewing.as(viewer, new FindNegotiation(id)),
                ResponseTypes.optionalInstanceOf(NegotiationView.class), ResponseTypes.instanceOf(NegotiationView.class));
    }
}
