package org.accord.core.history;

import org.accord.api.amendment.AmendmentId;
import org.accord.api.amendment.AmendmentKind;
import org.accord.api.amendment.AmendmentState;
import org.accord.api.amendment.AmendmentView;
import org.accord.api.amendment.IncorporateAmendment;
import org.accord.api.amendment.RejectAmendment;
import org.accord.api.amendment.TableAmendment;
import org.accord.api.amendment.WithdrawAmendment;
import org.accord.api.coediting.EditClause;
import org.accord.api.drafting.AddParagraph;
import org.accord.api.drafting.AddPreambleParagraph;
import org.accord.api.drafting.ClauseKind;
import org.accord.api.drafting.MergeClauses;
import org.accord.api.history.Comparison;
import org.accord.api.history.Comparison.ClauseComparison;
import org.accord.api.history.Comparison.DiffSegment;
import org.accord.api.history.Comparison.PositionChange;
import org.accord.api.history.FindComparison;
import org.accord.api.negotiation.AccreditMember;
import org.accord.api.negotiation.AccreditObserver;
import org.accord.api.negotiation.AddArticle;
import org.accord.api.negotiation.ArticleView;
import org.accord.api.negotiation.MoveArticle;
import org.accord.api.negotiation.NegotiationView;
import org.accord.api.negotiation.OpenNegotiation;
import org.accord.api.position.ClauseStatus;
import org.accord.api.position.DeclarePosition;
import org.accord.api.position.PositionKind;
import org.accord.api.position.PositionView;
import org.accord.api.shared.Actor;
import org.accord.api.shared.ArticleId;
import org.accord.api.shared.DelegationCode;
import org.accord.api.shared.NegotiationId;
import org.accord.api.shared.QueryRefusedException;
import org.accord.api.shared.RejectionReason;
import org.accord.api.shared.Role;
import org.accord.core.CoreTestApplication;
import org.accord.core.infrastructure.ActorMetaData;
import org.accord.testing.FreshDatabaseInitializer;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.GenericMessage;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import static org.accord.api.history.Comparison.DiffSegment.Kind.DELETED;
import static org.accord.api.history.Comparison.DiffSegment.Kind.INSERTED;
import static org.accord.api.history.Comparison.DiffSegment.Kind.SAME;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The comparison of two points of a negotiation's history on a scripted negotiation of its own:
 * point P after the articles, positions and tabled amendments; point Q after a co-edit, decisions
 * on every amendment but one, an incorporated new article, a new paragraph, a merge and a move.
 * Same properties as {@link HistoryExtentsIntegrationTest}, so the two share a context (this test
 * leaves the demo alone).
 */
@SpringBootTest(classes = CoreTestApplication.class, properties = {
        "accord.demo.enabled=true", "accord.demo.password=demo-password", "accord.history.keyframe-interval=100"})
@ContextConfiguration(initializers = FreshDatabaseInitializer.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HistoryComparisonsIntegrationTest {

    static final Actor CHAIR = new Actor("chair", "Secretariat (Chair)", Role.CHAIR, null);
    static final DelegationCode KAZ = DelegationCode.of("KAZ");
    static final DelegationCode UZB = DelegationCode.of("UZB");
    static final Actor KAZ_HEAD = new Actor("kaz.head", "Aigerim", Role.HEAD_OF_DELEGATION, KAZ);
    static final Actor KAZ_DELEGATE = new Actor("kaz.delegate", "Daniyar", Role.DELEGATE, KAZ);
    static final Actor UZB_HEAD = new Actor("uzb.head", "Anvar", Role.HEAD_OF_DELEGATION, UZB);
    static final Actor UZB_DELEGATE = new Actor("uzb.delegate", "Dilnoza", Role.DELEGATE, UZB);
    static final Actor OBSERVER = new Actor("un.observer", "UN", Role.OBSERVER, DelegationCode.of("UN"));

    static final ArticleId PREAMBLE = ArticleId.of("pp-1");
    static final ArticleId SECURITY = ArticleId.of("art-security");
    static final ArticleId BORDERS = ArticleId.of("art-borders");
    static final ArticleId WATER = ArticleId.of("art-water");
    static final ArticleId ENERGY = ArticleId.of("art-energy");
    static final ArticleId FINAL = ArticleId.of("art-final");
    static final ArticleId FIRST = ArticleId.of("p-energy-1");
    static final ArticleId SECOND = ArticleId.of("p-energy-2");
    static final ArticleId INFORM = ArticleId.of("p-security-1");
    static final ArticleId COOPERATION = ArticleId.of("art-cooperation");
    static final AmendmentId SACRED = AmendmentId.of("am-sacred");
    static final AmendmentId RESPECTED = AmendmentId.of("am-respected");
    static final AmendmentId STATE = AmendmentId.of("am-state");
    static final AmendmentId PENDING = AmendmentId.of("am-pending");
    static final AmendmentId PROPOSAL = AmendmentId.of("am-cooperation");

    @Autowired CommandGateway commands;
    @Autowired QueryGateway queries;
    @Autowired EventStore eventStore;
    @Autowired NegotiationAsOf history;

    final NegotiationId id = NegotiationId.random();
    long p;
    long q;
    NegotiationView atP;
    NegotiationView atQ;

    void send(Object command, Actor actor) {
        commands.sendAndWait(command, ActorMetaData.of(actor));
    }

    Comparison compare(long from, long to, Actor viewer) {
        return queries.query(new GenericMessage<>(new FindComparison(id, from, to), ActorMetaData.of(viewer)),
                ResponseTypes.instanceOf(Comparison.class)).join();
    }

    long last() {
        return eventStore.lastSequenceNumberFor(id.value()).orElseThrow();
    }

    @BeforeAll
    void script() {
        send(new OpenNegotiation(id, "Compared charter"), CHAIR);
        send(new AccreditMember(id, KAZ, "Kazakhstan", "Aigerim", List.of("Daniyar")), CHAIR);
        send(new AccreditMember(id, UZB, "Uzbekistan", "Anvar", List.of("Dilnoza")), CHAIR);
        send(new AccreditObserver(id, DelegationCode.of("UN"), "United Nations"), CHAIR);
        send(new AddPreambleParagraph(id, PREAMBLE, "Recalling the Helsinki Final Act,"), CHAIR);
        send(new AddArticle(id, SECURITY, "Security", "Security is indivisible."), CHAIR);
        send(new AddArticle(id, BORDERS, "Borders", "Borders are inviolable."), CHAIR);
        send(new AddArticle(id, WATER, "Water", "Water is shared."), CHAIR);
        send(new AddArticle(id, ENERGY, "Energy", "Energy flows freely."), CHAIR);
        send(new AddArticle(id, FINAL, "Final provisions", "This Charter enters into force on signature."), CHAIR);
        send(new AddParagraph(id, FIRST, ENERGY, "First sentence."), CHAIR);
        send(new AddParagraph(id, SECOND, ENERGY, "Second sentence."), CHAIR);
        send(new DeclarePosition(id, SECURITY, KAZ, 1, PositionKind.ENDORSE, ""), KAZ_HEAD);
        send(new DeclarePosition(id, SECURITY, UZB, 1, PositionKind.CAN_LIVE_WITH, "Reluctantly"), UZB_HEAD);
        // "Borders are inviolable.": "inviolable" is [12, 22)
        send(new TableAmendment(id, SACRED, BORDERS, 1, AmendmentKind.SUBSTITUTION, 12, 22, "sacred", null, "Stronger"),
                KAZ_DELEGATE);
        send(new TableAmendment(id, RESPECTED, BORDERS, 1, AmendmentKind.SUBSTITUTION, 12, 22, "respected", null, ""),
                UZB_DELEGATE);
        send(new TableAmendment(id, STATE, BORDERS, 1, AmendmentKind.INSERTION, 0, 0, "State ", null, ""), KAZ_HEAD);
        send(new TableAmendment(id, PROPOSAL, COOPERATION, 0, AmendmentKind.NEW_CLAUSE, 0, 0,
                "The Parties shall cooperate.", "Cooperation", ""), KAZ_HEAD);
        p = last();

        send(new EditClause(id, SECURITY, "kaz-tab", 1, 1, "[23,\" and comprehensive\",1]"), KAZ_DELEGATE);
        send(new RejectAmendment(id, RESPECTED, "Not needed"), CHAIR);
        send(new WithdrawAmendment(id, STATE), KAZ_HEAD);
        send(new IncorporateAmendment(id, SACRED), CHAIR);
        send(new DeclarePosition(id, BORDERS, UZB, 2, PositionKind.OBJECTION, "Too strong"), UZB_HEAD);
        send(new IncorporateAmendment(id, PROPOSAL), CHAIR);
        send(new AddParagraph(id, INFORM, SECURITY, "Each Party shall inform the others."), CHAIR);
        send(new MergeClauses(id, FIRST, SECOND), CHAIR);
        send(new MoveArticle(id, ENERGY, BORDERS), CHAIR);
        send(new TableAmendment(id, PENDING, FINAL, 1, AmendmentKind.INSERTION, 0, 0, "Subject to ratification, ",
                null, ""), UZB_DELEGATE);
        q = last();
        atP = history.atSequence(id, p).orElseThrow();
        atQ = history.atSequence(id, q).orElseThrow();
    }

    static ArticleView article(NegotiationView view, ArticleId clause) {
        return view.articles().stream().filter(a -> a.articleId().equals(clause)).findFirst().orElseThrow();
    }

    static PositionView position(NegotiationView view, ArticleId clause, DelegationCode delegation) {
        return article(view, clause).positions().stream().filter(position -> position.delegation().equals(delegation))
                .findFirst().orElseThrow();
    }

    /**
     * The amendments in the order every view lists them: by the time they were tabled, then by
     * identifier (the script tables two of them within the same millisecond on a fast machine).
     */
    static List<AmendmentView> tablingOrder(NegotiationView view, AmendmentId... amendments) {
        return Stream.of(amendments).map(amendment -> amendment(view, amendment))
                .sorted(Comparator.comparing(AmendmentView::tabledAt).thenComparing(a -> a.amendmentId().value()))
                .toList();
    }

    static AmendmentView amendment(NegotiationView view, AmendmentId amendment) {
        return view.articles().stream().flatMap(a -> a.amendments().stream())
                .filter(a -> a.amendmentId().equals(amendment)).findFirst()
                .or(() -> view.newClauseProposals().stream().filter(a -> a.amendmentId().equals(amendment)).findFirst())
                .orElseThrow();
    }

    static DiffSegment same(String text) {
        return new DiffSegment(SAME, text);
    }

    static DiffSegment deleted(String text) {
        return new DiffSegment(DELETED, text);
    }

    static DiffSegment inserted(String text) {
        return new DiffSegment(INSERTED, text);
    }

    @Test
    void from_p_to_q_shows_exactly_what_changed_clause_by_clause() {
        Comparison comparison = compare(p, q, CHAIR);

        assertThat(comparison.fromSequence()).isEqualTo(p);
        assertThat(comparison.toSequence()).isEqualTo(q);
        assertThat(comparison.fromAt()).isEqualTo(eventStore.readEvents(id.value(), p).next().getTimestamp());
        assertThat(comparison.toAt()).isEqualTo(eventStore.readEvents(id.value(), q).next().getTimestamp());
        assertThat(comparison.unchanged()).as("the preamble and the final provisions (a pending amendment only)")
                .isEqualTo(2);
        assertThat(comparison.decidedProposals()).containsExactly(amendment(atQ, PROPOSAL));
        assertThat(comparison.decidedProposals().get(0).state()).isEqualTo(AmendmentState.INCORPORATED);

        assertThat(comparison.clauses()).extracting(ClauseComparison::clauseId)
                .containsExactly(SECURITY, INFORM, BORDERS, ENERGY, FIRST, WATER, COOPERATION, SECOND);
        assertThat(comparison.clauses()).containsExactly(
                new ClauseComparison(SECURITY, ClauseKind.ARTICLE, 1, 1, "Security", "Security", 1L, 2L,
                        ClauseStatus.AGREED, ClauseStatus.PROPOSED,
                        List.of(same("Security is indivisible"), inserted(" and comprehensive"), same(".")),
                        List.of(new PositionChange(KAZ, position(atP, SECURITY, KAZ), position(atQ, SECURITY, KAZ)),
                                new PositionChange(UZB, position(atP, SECURITY, UZB), position(atQ, SECURITY, UZB))),
                        List.of()),
                new ClauseComparison(INFORM, ClauseKind.PARAGRAPH, null, 1, null, article(atQ, INFORM).heading(), null, 1L,
                        null, ClauseStatus.PROPOSED, List.of(inserted("Each Party shall inform the others.")),
                        List.of(), List.of()),
                new ClauseComparison(BORDERS, ClauseKind.ARTICLE, 2, 2, "Borders", "Borders", 1L, 2L,
                        ClauseStatus.PROPOSED, ClauseStatus.BRACKETED,
                        List.of(same("Borders are "), deleted("inviolable"), inserted("sacred"), same(".")),
                        List.of(new PositionChange(UZB, null, position(atQ, BORDERS, UZB))),
                        tablingOrder(atQ, SACRED, RESPECTED, STATE)),
                new ClauseComparison(ENERGY, ClauseKind.ARTICLE, 4, 3, "Energy", "Energy", 1L, 1L,
                        ClauseStatus.PROPOSED, ClauseStatus.PROPOSED, List.of(same("Energy flows freely.")),
                        List.of(), List.of()),
                new ClauseComparison(FIRST, ClauseKind.PARAGRAPH, 1, 1, article(atP, FIRST).heading(), article(atQ, FIRST).heading(), 1L, 2L,
                        ClauseStatus.PROPOSED, ClauseStatus.PROPOSED,
                        List.of(same("First sentence."), inserted(article(atQ, FIRST).text().substring(15))),
                        List.of(), List.of()),
                new ClauseComparison(WATER, ClauseKind.ARTICLE, 3, 4, "Water", "Water", 1L, 1L,
                        ClauseStatus.PROPOSED, ClauseStatus.PROPOSED, List.of(same("Water is shared.")),
                        List.of(), List.of()),
                new ClauseComparison(COOPERATION, ClauseKind.ARTICLE, null, 6, null, "Cooperation", null, 1L,
                        null, ClauseStatus.PROPOSED, List.of(inserted("The Parties shall cooperate.")),
                        List.of(), List.of()),
                new ClauseComparison(SECOND, ClauseKind.PARAGRAPH, 2, null, article(atP, SECOND).heading(), null, 1L, null,
                        ClauseStatus.PROPOSED, null, List.of(deleted("Second sentence.")), List.of(), List.of()));

        assertThat(article(atQ, FIRST).text()).as("the merged wording follows on a new line")
                .isEqualTo("First sentence.\nSecond sentence.");
        assertThat(comparison.clauses().get(0).positions()).allSatisfy(change -> {
            assertThat(change.before().current()).isTrue();
            assertThat(change.after().current()).as("stale once the wording changed").isFalse();
        });
        // in tabling order (above); two tabled in the same millisecond follow their ids
        assertThat(comparison.clauses().get(2).decided()).extracting(AmendmentView::amendmentId, AmendmentView::state)
                .containsExactlyInAnyOrder(tuple(SACRED, AmendmentState.INCORPORATED),
                        tuple(RESPECTED, AmendmentState.REJECTED), tuple(STATE, AmendmentState.WITHDRAWN));
        assertThat(amendment(atQ, PENDING).state()).as("still pending: not a decision").isEqualTo(AmendmentState.PENDING);
        assertThat(comparison.clauses()).filteredOn(ClauseComparison::wordingChanged).extracting(ClauseComparison::clauseId)
                .containsExactly(SECURITY, INFORM, BORDERS, FIRST, COOPERATION, SECOND);
    }

    @Test
    void from_q_back_to_p_reads_the_same_changes_backwards() {
        Comparison backwards = compare(q, p, CHAIR);

        assertThat(backwards.unchanged()).isEqualTo(2);
        assertThat(backwards.decidedProposals()).as("decisions are shown as decided, whichever way one reads")
                .containsExactly(amendment(atQ, PROPOSAL));
        assertThat(backwards.clauses()).extracting(ClauseComparison::clauseId)
                .as("in P's reading order, then what exists only at Q")
                .containsExactly(SECURITY, BORDERS, WATER, ENERGY, FIRST, SECOND, INFORM, COOPERATION);
        ClauseComparison security = backwards.clauses().get(0);
        assertThat(security.revisionBefore()).isEqualTo(2);
        assertThat(security.revisionAfter()).isEqualTo(1);
        assertThat(security.statusBefore()).isEqualTo(ClauseStatus.PROPOSED);
        assertThat(security.statusAfter()).isEqualTo(ClauseStatus.AGREED);
        assertThat(security.wording()).containsExactly(same("Security is indivisible"), deleted(" and comprehensive"),
                same("."));
        assertThat(security.positions()).containsExactly(
                new PositionChange(KAZ, position(atQ, SECURITY, KAZ), position(atP, SECURITY, KAZ)),
                new PositionChange(UZB, position(atQ, SECURITY, UZB), position(atP, SECURITY, UZB)));
        ClauseComparison borders = backwards.clauses().get(1);
        assertThat(borders.wording()).containsExactly(same("Borders are "), deleted("sacred"), inserted("inviolable"),
                same("."));
        assertThat(borders.positions()).containsExactly(new PositionChange(UZB, position(atQ, BORDERS, UZB), null));
        assertThat(borders.decided()).isEqualTo(tablingOrder(atQ, SACRED, RESPECTED, STATE));
        ClauseComparison second = backwards.clauses().get(5);
        assertThat(second.numberBefore()).isNull();
        assertThat(second.numberAfter()).isEqualTo(2);
        assertThat(second.wording()).containsExactly(inserted("Second sentence."));
        ClauseComparison cooperation = backwards.clauses().get(7);
        assertThat(cooperation.numberAfter()).isNull();
        assertThat(cooperation.statusAfter()).isNull();
        assertThat(cooperation.wording()).containsExactly(deleted("The Parties shall cooperate."));
    }

    @Test
    void a_point_compared_with_itself_has_no_difference() {
        Comparison itself = compare(q, q, CHAIR);

        assertThat(itself.clauses()).isEmpty();
        assertThat(itself.decidedProposals()).isEmpty();
        assertThat(itself.unchanged()).isEqualTo(atQ.articles().size());
        assertThat(itself.fromAt()).isEqualTo(itself.toAt()).isNotNull();
    }

    @Test
    void from_before_the_first_event_every_clause_is_new() {
        Comparison fromStart = compare(-1, p, CHAIR);

        assertThat(fromStart.fromAt()).isNull();
        assertThat(fromStart.unchanged()).isZero();
        assertThat(fromStart.decidedProposals()).as("the proposal was still pending at P").isEmpty();
        assertThat(fromStart.clauses()).extracting(ClauseComparison::clauseId)
                .containsExactly(atP.articles().stream().map(ArticleView::articleId).toArray(ArticleId[]::new));
        assertThat(fromStart.clauses()).allSatisfy(clause -> {
            ArticleView then = article(atP, clause.clauseId());
            assertThat(clause.kind()).isEqualTo(then.kind());
            assertThat(clause.numberBefore()).isNull();
            assertThat(clause.revisionBefore()).isNull();
            assertThat(clause.statusBefore()).isNull();
            assertThat(clause.numberAfter()).isEqualTo(then.number());
            assertThat(clause.wording()).containsExactly(inserted(then.text()));
            assertThat(clause.positions()).extracting(PositionChange::after).containsExactlyElementsOf(then.positions());
            assertThat(clause.decided()).isEmpty();
        });

        Comparison whole = compare(-1, q, CHAIR);
        assertThat(whole.decidedProposals()).extracting(AmendmentView::amendmentId).containsExactly(PROPOSAL);
        assertThat(whole.clauses()).filteredOn(clause -> clause.clauseId().equals(BORDERS)).singleElement()
                .satisfies(borders -> assertThat(borders.decided()).isEqualTo(tablingOrder(atQ, SACRED, RESPECTED, STATE)));
        assertThat(compare(-1, -1, CHAIR).clauses()).isEmpty();
    }

    @Test
    void only_the_chair_compares() {
        for (Actor viewer : List.of(KAZ_HEAD, OBSERVER)) {
            assertThatThrownBy(() -> compare(p, q, viewer)).as(viewer.username()).rootCause()
                    .isInstanceOfSatisfying(QueryRefusedException.class,
                            refused -> assertThat(refused.reason()).isEqualTo(RejectionReason.NOT_THE_CHAIR));
        }
    }

    @Test
    void a_point_beyond_the_end_of_the_history_is_refused() {
        for (long[] points : new long[][]{{p, q + 1}, {q + 1, p}, {0, Long.MAX_VALUE}}) {
            assertThatThrownBy(() -> compare(points[0], points[1], CHAIR)).rootCause()
                    .isInstanceOfSatisfying(QueryRefusedException.class, refused -> {
                        assertThat(refused.reason()).isEqualTo(RejectionReason.BEYOND_THE_HISTORY);
                        assertThat(refused.getMessage()).contains("beyond the history").contains(String.valueOf(q));
                    });
        }
        assertThatThrownBy(() -> queries.query(new GenericMessage<>(new FindComparison(NegotiationId.random(), 0, 0),
                ActorMetaData.of(CHAIR)), ResponseTypes.instanceOf(Comparison.class)).join()).rootCause()
                .isInstanceOfSatisfying(QueryRefusedException.class,
                        refused -> assertThat(refused.reason()).isEqualTo(RejectionReason.BEYOND_THE_HISTORY));
    }
}
