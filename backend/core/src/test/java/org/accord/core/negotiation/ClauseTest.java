package org.accord.core.negotiation;

import org.accord.api.drafting.ClauseRevised;
import org.accord.api.drafting.ReviseClause;
import org.accord.api.negotiation.ArticleAdded;
import org.accord.api.negotiation.MemberAccredited;
import org.accord.api.negotiation.NegotiationOpened;
import org.accord.api.negotiation.ObserverAccredited;
import org.accord.api.position.DeclarePosition;
import org.accord.api.position.PositionDeclared;
import org.accord.api.position.PositionKind;
import org.accord.api.procedure.ChangeRulesOfProcedure;
import org.accord.api.procedure.Confidentiality;
import org.accord.api.procedure.DecisionRule;
import org.accord.api.procedure.RulesOfProcedure;
import org.accord.api.procedure.RulesOfProcedureChanged;
import org.accord.api.shared.Actor;
import org.accord.api.shared.ArticleId;
import org.accord.api.shared.DelegationCode;
import org.accord.api.shared.Role;
import org.accord.core.infrastructure.ActorMetaData;
import org.axonframework.messaging.MetaData;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.TestExecutor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.accord.api.shared.RejectionReason.CHAIR_TAKES_NO_POSITION;
import static org.accord.api.shared.RejectionReason.NOT_A_MEMBER;
import static org.accord.api.shared.RejectionReason.NOT_THE_CHAIR;
import static org.accord.api.shared.RejectionReason.NOT_YOUR_DELEGATION;
import static org.accord.api.shared.RejectionReason.OBSERVERS_CANNOT_ACT;
import static org.accord.api.shared.RejectionReason.ONLY_HEAD_DECLARES_POSITIONS;
import static org.accord.api.shared.RejectionReason.RANGE_OUT_OF_BOUNDS;
import static org.accord.api.shared.RejectionReason.STALE_REVISION;
import static org.accord.api.shared.RejectionReason.TEXT_TOO_LONG;
import static org.accord.api.shared.RejectionReason.UNKNOWN_CLAUSE;
import static org.accord.core.negotiation.NegotiationTest.CHAIR;
import static org.accord.core.negotiation.NegotiationTest.ID;
import static org.accord.core.negotiation.NegotiationTest.KAZ;
import static org.accord.core.negotiation.NegotiationTest.KAZ_DELEGATE;
import static org.accord.core.negotiation.NegotiationTest.KAZ_HEAD;
import static org.accord.core.negotiation.NegotiationTest.UN;
import static org.accord.core.negotiation.NegotiationTest.UN_OBSERVER;
import static org.accord.core.negotiation.Rejections.rejectedBecause;

/** Rules of procedure, clause wording revisions and positions, each rule with its rejection. */
class ClauseTest {

    static final DelegationCode UZB = DelegationCode.of("UZB");
    static final Actor UZB_HEAD = new Actor("uzb.head", "Anvar", Role.HEAD_OF_DELEGATION, UZB);
    static final ArticleId ART = ArticleId.of("art-borders");
    static final String WORDING = "The Parties shall respect the inviolability of borders.";

    AggregateTestFixture<Negotiation> fixture;

    @BeforeEach
    void setUp() {
        fixture = Fixtures.negotiation();
    }

    static MetaData as(Actor actor) {
        return ActorMetaData.of(actor);
    }

    /** Opened, KAZ and UZB members, the UN an observer, one article at revision 1. */
    static List<Object> negotiationWithOneArticle() {
        return List.of(new NegotiationOpened(ID, "Charter", RulesOfProcedure.standard(), CHAIR),
                new MemberAccredited(ID, KAZ, "Kazakhstan", CHAIR),
                new MemberAccredited(ID, UZB, "Uzbekistan", CHAIR),
                new ObserverAccredited(ID, UN, "United Nations", CHAIR),
                new ArticleAdded(ID, ART, "Borders", WORDING, CHAIR));
    }

    static ClauseRevised revised(long revision, String wording) {
        return new ClauseRevised(ID, ART, revision, 0, 0, "", wording, Wording.hash(wording), KAZ_DELEGATE);
    }

    TestExecutor<Negotiation> givenArticle(Object... more) {
        return Fixtures.givenOneArticle(fixture, more);
    }

    @Nested
    class RulesOfProcedureChanges {

        final RulesOfProcedure unanimity = new RulesOfProcedure(DecisionRule.UNANIMITY,
                new Confidentiality(Confidentiality.Mode.DELAYED, 60), List.of("ru", "en"), 96);

        @Test
        void the_chair_changes_the_rules_of_procedure() {
            givenArticle().when(new ChangeRulesOfProcedure(ID, unanimity), as(CHAIR))
                    .expectEvents(new RulesOfProcedureChanged(ID, unanimity, CHAIR));
        }

        @Test
        void a_head_of_delegation_cannot_change_the_rules() {
            givenArticle().when(new ChangeRulesOfProcedure(ID, unanimity), as(KAZ_HEAD))
                    .expectException(rejectedBecause(NOT_THE_CHAIR)).expectNoEvents();
        }
    }

    @Nested
    class Revising {

        @Test
        void a_delegate_replaces_a_range_and_the_revision_and_hash_follow() {
            String wording = "The Parties shall fully respect the inviolability of borders.";
            givenArticle().when(new ReviseClause(ID, ART, 1, 18, 18, "fully "), as(KAZ_DELEGATE))
                    .expectEvents(new ClauseRevised(ID, ART, 2, 18, 18, "fully ", wording, Wording.hash(wording),
                            KAZ_DELEGATE));
        }

        @Test
        void the_chair_replaces_the_whole_wording() {
            String wording = "The Parties shall respect borders.";
            givenArticle().when(ReviseClause.wholly(ID, ART, 1, Wording.length(WORDING), wording), as(CHAIR))
                    .expectEvents(new ClauseRevised(ID, ART, 2, 0, Wording.length(WORDING), wording, wording,
                            Wording.hash(wording), CHAIR));
        }

        @Test
        void positions_count_code_points_not_utf16_units() {
            String start = "\uD83C\uDDF0\uD83C\uDDFF borders"; // a flag: 2 code points, 4 chars
            String wording = "\uD83C\uDDF0\uD83C\uDDFF open borders";
            givenArticle(revised(2, start))
                    .when(new ReviseClause(ID, ART, 2, 3, 3, "open "), as(KAZ_DELEGATE))
                    .expectEvents(new ClauseRevised(ID, ART, 3, 3, 3, "open ", wording, Wording.hash(wording),
                            KAZ_DELEGATE));
        }

        @Test
        void an_edit_on_a_stale_revision_is_refused() {
            givenArticle(revised(2, "Newer wording"))
                    .when(new ReviseClause(ID, ART, 1, 0, 3, "A"), as(KAZ_DELEGATE))
                    .expectException(rejectedBecause(STALE_REVISION)).expectNoEvents();
        }

        @Test
        void a_range_beyond_the_wording_is_refused() {
            givenArticle().when(new ReviseClause(ID, ART, 1, 0, Wording.length(WORDING) + 1, "x"), as(KAZ_DELEGATE))
                    .expectException(rejectedBecause(RANGE_OUT_OF_BOUNDS)).expectNoEvents();
        }

        @Test
        void a_wording_above_the_size_limit_is_refused() {
            String big = "x".repeat(19_990);
            givenArticle().when(new ReviseClause(ID, ART, 1, 0, 0, big), as(KAZ_DELEGATE))
                    .expectException(rejectedBecause(TEXT_TOO_LONG)).expectNoEvents();
        }

        @Test
        void an_unknown_clause_is_refused() {
            givenArticle().when(new ReviseClause(ID, ArticleId.of("nope"), 1, 0, 0, "x"), as(KAZ_DELEGATE))
                    .expectException(rejectedBecause(UNKNOWN_CLAUSE)).expectNoEvents();
        }

        @Test
        void the_chair_of_another_negotiation_cannot_edit() {
            givenArticle().when(new ReviseClause(ID, ART, 1, 0, 0, "x"), as(NegotiationTest.OTHER_CHAIR))
                    .expectException(rejectedBecause(NOT_THE_CHAIR)).expectNoEvents();
        }

        @Test
        void an_observer_cannot_edit() {
            givenArticle().when(new ReviseClause(ID, ART, 1, 0, 0, "x"), as(UN_OBSERVER))
                    .expectException(rejectedBecause(OBSERVERS_CANNOT_ACT)).expectNoEvents();
        }

        @Test
        void a_delegation_that_is_not_a_member_cannot_edit() {
            Actor stranger = new Actor("tkm.delegate", "Aylar", Role.DELEGATE, DelegationCode.of("TKM"));
            givenArticle().when(new ReviseClause(ID, ART, 1, 0, 0, "x"), as(stranger))
                    .expectException(rejectedBecause(NOT_A_MEMBER)).expectNoEvents();
        }
    }

    @Nested
    class Positions {

        @Test
        void a_head_of_delegation_endorses_the_current_wording() {
            givenArticle().when(new DeclarePosition(ID, ART, KAZ, 1, PositionKind.ENDORSE, ""), as(KAZ_HEAD))
                    .expectEvents(new PositionDeclared(ID, ART, KAZ, 1, Wording.hash(WORDING), PositionKind.ENDORSE,
                            "", KAZ_HEAD));
        }

        @Test
        void a_head_of_delegation_objects_with_a_reason_and_may_change_position_before_the_decision() {
            givenArticle(new PositionDeclared(ID, ART, UZB, 1, Wording.hash(WORDING), PositionKind.OBJECTION,
                    "Borders are delimited bilaterally", UZB_HEAD))
                    .when(new DeclarePosition(ID, ART, UZB, 1, PositionKind.CAN_LIVE_WITH, ""), as(UZB_HEAD))
                    .expectEvents(new PositionDeclared(ID, ART, UZB, 1, Wording.hash(WORDING),
                            PositionKind.CAN_LIVE_WITH, "", UZB_HEAD));
        }

        @Test
        void a_position_on_an_old_revision_is_refused() {
            givenArticle(revised(2, "Newer wording"))
                    .when(new DeclarePosition(ID, ART, UZB, 1, PositionKind.OBJECTION, "No"), as(UZB_HEAD))
                    .expectException(rejectedBecause(STALE_REVISION)).expectNoEvents();
        }

        @Test
        void an_observer_cannot_declare_a_position() {
            givenArticle().when(new DeclarePosition(ID, ART, UN, 1, PositionKind.ENDORSE, ""), as(UN_OBSERVER))
                    .expectException(rejectedBecause(OBSERVERS_CANNOT_ACT)).expectNoEvents();
        }

        @Test
        void a_delegate_who_is_not_head_of_delegation_cannot_endorse() {
            givenArticle().when(new DeclarePosition(ID, ART, KAZ, 1, PositionKind.ENDORSE, ""), as(KAZ_DELEGATE))
                    .expectException(rejectedBecause(ONLY_HEAD_DECLARES_POSITIONS)).expectNoEvents();
        }

        @Test
        void kazakhstans_head_cannot_act_for_uzbekistan() {
            givenArticle().when(new DeclarePosition(ID, ART, UZB, 1, PositionKind.OBJECTION, "No"), as(KAZ_HEAD))
                    .expectException(rejectedBecause(NOT_YOUR_DELEGATION)).expectNoEvents();
        }

        @Test
        void the_chair_takes_no_position() {
            givenArticle().when(new DeclarePosition(ID, ART, KAZ, 1, PositionKind.ENDORSE, ""), as(CHAIR))
                    .expectException(rejectedBecause(CHAIR_TAKES_NO_POSITION)).expectNoEvents();
        }

        @Test
        void the_head_of_a_delegation_that_is_not_a_member_cannot_declare() {
            DelegationCode tkm = DelegationCode.of("TKM");
            Actor tkmHead = new Actor("tkm.head", "Merdan", Role.HEAD_OF_DELEGATION, tkm);
            givenArticle().when(new DeclarePosition(ID, ART, tkm, 1, PositionKind.ENDORSE, ""), as(tkmHead))
                    .expectException(rejectedBecause(NOT_A_MEMBER)).expectNoEvents();
        }

        @Test
        void a_position_on_an_unknown_clause_is_refused() {
            givenArticle().when(new DeclarePosition(ID, ArticleId.of("nope"), KAZ, 1, PositionKind.ENDORSE, ""),
                            as(KAZ_HEAD))
                    .expectException(rejectedBecause(UNKNOWN_CLAUSE)).expectNoEvents();
        }
    }
}
