package org.accord.core.negotiation;

import org.accord.api.adoption.AdoptCharter;
import org.accord.api.adoption.AttachStatement;
import org.accord.api.adoption.AuthenticateCharter;
import org.accord.api.adoption.AuthenticationAct;
import org.accord.api.adoption.CharterAdopted;
import org.accord.api.adoption.CharterAuthenticated;
import org.accord.api.adoption.StatementAttached;
import org.accord.api.adoption.StatementKind;
import org.accord.api.amendment.AmendmentId;
import org.accord.api.amendment.AmendmentKind;
import org.accord.api.amendment.TableAmendment;
import org.accord.api.comment.ClauseCommented;
import org.accord.api.comment.CommentId;
import org.accord.api.comment.CommentOnClause;
import org.accord.api.drafting.ReviseClause;
import org.accord.api.milestone.FrozenClause;
import org.accord.api.milestone.IssueMilestone;
import org.accord.api.milestone.MilestoneIssued;
import org.accord.api.milestone.MilestoneKind;
import org.accord.api.position.ClauseReopened;
import org.accord.api.position.DeclarePosition;
import org.accord.api.position.PositionDeclared;
import org.accord.api.position.PositionKind;
import org.accord.api.position.ReopenClause;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.TestExecutor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.accord.api.shared.RejectionReason.ALREADY_AUTHENTICATED;
import static org.accord.api.shared.RejectionReason.CHARTER_ADOPTED;
import static org.accord.api.shared.RejectionReason.CHARTER_NOT_ADOPTED;
import static org.accord.api.shared.RejectionReason.CLAUSE_NOT_AGREED;
import static org.accord.api.shared.RejectionReason.NOT_ALL_CLAUSES_AGREED;
import static org.accord.api.shared.RejectionReason.NOT_THE_CHAIR;
import static org.accord.api.shared.RejectionReason.OBSERVERS_CANNOT_ACT;
import static org.accord.api.shared.RejectionReason.ONLY_HEAD_DECLARES_POSITIONS;
import static org.accord.api.shared.RejectionReason.UNKNOWN_COMMENT;
import static org.accord.core.negotiation.ClauseTest.ART;
import static org.accord.core.negotiation.ClauseTest.UZB;
import static org.accord.core.negotiation.ClauseTest.UZB_HEAD;
import static org.accord.core.negotiation.ClauseTest.WORDING;
import static org.accord.core.negotiation.ClauseTest.as;
import static org.accord.core.negotiation.NegotiationTest.CHAIR;
import static org.accord.core.negotiation.NegotiationTest.ID;
import static org.accord.core.negotiation.NegotiationTest.KAZ;
import static org.accord.core.negotiation.NegotiationTest.KAZ_DELEGATE;
import static org.accord.core.negotiation.NegotiationTest.KAZ_HEAD;
import static org.accord.core.negotiation.NegotiationTest.UN_OBSERVER;
import static org.accord.core.negotiation.Rejections.rejectedBecause;

/** Reopening, milestones, adoption, authentication and comments. */
class CharterTest {

    static final String HASH = Wording.hash(WORDING);
    static final PositionDeclared KAZ_ENDORSES = new PositionDeclared(ID, ART, KAZ, 1, HASH, PositionKind.ENDORSE, "",
            KAZ_HEAD);
    static final List<FrozenClause> FROZEN = List.of(new FrozenClause(ART, 1, "Borders", WORDING, 1, HASH));
    static final String TEXT_HASH = CharterPolicies.textHash(FROZEN);
    static final CharterAdopted ADOPTED = new CharterAdopted(ID, FROZEN, TEXT_HASH, false, CHAIR);

    AggregateTestFixture<Negotiation> fixture;

    @BeforeEach
    void setUp() {
        fixture = Fixtures.negotiation();
    }

    TestExecutor<Negotiation> given(Object... more) {
        return Fixtures.givenOneArticle(fixture, more);
    }

    @Nested
    class Reopening {

        @Test
        void a_member_reopens_an_agreed_clause_which_turns_bracketed() {
            given(KAZ_ENDORSES).when(new ReopenClause(ID, ART, UZB, "Capital withdrew support"), as(UZB_HEAD))
                    .expectEvents(new ClauseReopened(ID, ART, UZB, 1, HASH, "Capital withdrew support", UZB_HEAD));
            given(KAZ_ENDORSES, new ClauseReopened(ID, ART, UZB, 1, HASH, "Capital withdrew support", UZB_HEAD))
                    .when(new AdoptCharter(ID), as(CHAIR))
                    .expectException(rejectedBecause(NOT_ALL_CLAUSES_AGREED)).expectNoEvents();
        }

        @Test
        void only_an_agreed_clause_is_reopened() {
            given().when(new ReopenClause(ID, ART, UZB, "Not yet"), as(UZB_HEAD))
                    .expectException(rejectedBecause(CLAUSE_NOT_AGREED)).expectNoEvents();
        }

        @Test
        void an_observer_cannot_reopen() {
            given(KAZ_ENDORSES).when(new ReopenClause(ID, ART, NegotiationTest.UN, "No"), as(UN_OBSERVER))
                    .expectException(rejectedBecause(OBSERVERS_CANNOT_ACT)).expectNoEvents();
        }
    }

    @Nested
    class Milestones {

        @Test
        void the_chair_issues_a_text_that_freezes_every_clause() {
            given().when(new IssueMilestone(ID, MilestoneKind.COMPILATION_TEXT, "C5/2026/L.1"), as(CHAIR))
                    .expectEvents(new MilestoneIssued(ID, 1, MilestoneKind.COMPILATION_TEXT, "C5/2026/L.1", 0,
                            "C5/2026/L.1", FROZEN, TEXT_HASH, CHAIR));
        }

        @Test
        void issuing_the_same_symbol_again_makes_a_revision() {
            String revised = "The Parties shall respect borders.";
            List<FrozenClause> frozen = List.of(new FrozenClause(ART, 1, "Borders", revised, 2, Wording.hash(revised)));
            given(new MilestoneIssued(ID, 1, MilestoneKind.COMPILATION_TEXT, "C5/2026/L.1", 0, "C5/2026/L.1", FROZEN,
                            TEXT_HASH, CHAIR),
                    new org.accord.api.drafting.ClauseRevised(ID, ART, 2, 0, 55, revised, revised,
                            Wording.hash(revised), KAZ_DELEGATE),
                    new MilestoneIssued(ID, 2, MilestoneKind.CHAIRS_TEXT, "C5/2026/L.2", 0, "C5/2026/L.2", frozen,
                            CharterPolicies.textHash(frozen), CHAIR))
                    .when(new IssueMilestone(ID, MilestoneKind.COMPILATION_TEXT, "C5/2026/L.1"), as(CHAIR))
                    .expectEvents(new MilestoneIssued(ID, 3, MilestoneKind.COMPILATION_TEXT, "C5/2026/L.1", 1,
                            "C5/2026/L.1/Rev.1", frozen, CharterPolicies.textHash(frozen), CHAIR));
        }

        @Test
        void only_the_chair_issues_texts() {
            given().when(new IssueMilestone(ID, MilestoneKind.CHAIRS_TEXT, "C5/2026/L.1"), as(KAZ_HEAD))
                    .expectException(rejectedBecause(NOT_THE_CHAIR)).expectNoEvents();
        }
    }

    @Nested
    class Adoption {

        @Test
        void the_chair_adopts_when_every_clause_is_agreed_and_the_text_is_frozen_with_its_hash() {
            given(KAZ_ENDORSES).when(new AdoptCharter(ID), as(CHAIR)).expectEvents(ADOPTED);
        }

        @Test
        void a_charter_with_a_proposed_clause_is_not_adopted() {
            given().when(new AdoptCharter(ID), as(CHAIR))
                    .expectException(rejectedBecause(NOT_ALL_CLAUSES_AGREED)).expectNoEvents();
        }

        @Test
        void adoption_freezes_the_text() {
            given(KAZ_ENDORSES, ADOPTED).when(new ReviseClause(ID, ART, 1, 0, 3, "A"), as(KAZ_DELEGATE))
                    .expectException(rejectedBecause(CHARTER_ADOPTED)).expectNoEvents();
            given(KAZ_ENDORSES, ADOPTED)
                    .when(new DeclarePosition(ID, ART, UZB, 1, PositionKind.OBJECTION, "Late"), as(UZB_HEAD))
                    .expectException(rejectedBecause(CHARTER_ADOPTED)).expectNoEvents();
            given(KAZ_ENDORSES, ADOPTED)
                    .when(new TableAmendment(ID, AmendmentId.of("late"), ART, 1, AmendmentKind.DELETION, 0, 4, "",
                            null, ""), as(UZB_HEAD))
                    .expectException(rejectedBecause(CHARTER_ADOPTED)).expectNoEvents();
            given(KAZ_ENDORSES, ADOPTED).when(new AdoptCharter(ID), as(CHAIR))
                    .expectException(rejectedBecause(CHARTER_ADOPTED)).expectNoEvents();
            given(KAZ_ENDORSES, ADOPTED).when(new ReopenClause(ID, ART, UZB, "Too late"), as(UZB_HEAD))
                    .expectException(rejectedBecause(CHARTER_ADOPTED)).expectNoEvents();
        }

        @Test
        void a_head_of_delegation_signs_the_adopted_text_once() {
            given(KAZ_ENDORSES, ADOPTED)
                    .when(new AuthenticateCharter(ID, KAZ, AuthenticationAct.SIGNATURE_AD_REFERENDUM), as(KAZ_HEAD))
                    .expectEvents(new CharterAuthenticated(ID, KAZ, AuthenticationAct.SIGNATURE_AD_REFERENDUM,
                            TEXT_HASH, KAZ_HEAD));
            given(KAZ_ENDORSES, ADOPTED,
                    new CharterAuthenticated(ID, KAZ, AuthenticationAct.INITIALLING, TEXT_HASH, KAZ_HEAD))
                    .when(new AuthenticateCharter(ID, KAZ, AuthenticationAct.SIGNATURE), as(KAZ_HEAD))
                    .expectException(rejectedBecause(ALREADY_AUTHENTICATED)).expectNoEvents();
        }

        @Test
        void nothing_is_signed_before_adoption_and_a_delegate_does_not_sign() {
            given(KAZ_ENDORSES).when(new AuthenticateCharter(ID, KAZ, AuthenticationAct.SIGNATURE), as(KAZ_HEAD))
                    .expectException(rejectedBecause(CHARTER_NOT_ADOPTED)).expectNoEvents();
            given(KAZ_ENDORSES, ADOPTED)
                    .when(new AuthenticateCharter(ID, KAZ, AuthenticationAct.SIGNATURE), as(KAZ_DELEGATE))
                    .expectException(rejectedBecause(ONLY_HEAD_DECLARES_POSITIONS)).expectNoEvents();
        }

        @Test
        void an_interpretative_statement_is_attached_to_the_adopted_text() {
            given(KAZ_ENDORSES, ADOPTED)
                    .when(new AttachStatement(ID, UZB, StatementKind.INTERPRETATIVE_STATEMENT,
                            "Article 1 is without prejudice to bilateral treaties"), as(UZB_HEAD))
                    .expectEvents(new StatementAttached(ID, UZB, StatementKind.INTERPRETATIVE_STATEMENT,
                            "Article 1 is without prejudice to bilateral treaties", TEXT_HASH, UZB_HEAD));
        }
    }

    @Nested
    class Comments {

        static final CommentId FIRST = CommentId.of("c-1");

        @Test
        void a_delegate_starts_a_thread_and_the_chair_replies() {
            given().when(new CommentOnClause(ID, ART, FIRST, null, "Why 'inviolability'?"), as(KAZ_DELEGATE))
                    .expectEvents(new ClauseCommented(ID, ART, FIRST, null, "Why 'inviolability'?", KAZ_DELEGATE));
            given(new ClauseCommented(ID, ART, FIRST, null, "Why?", KAZ_DELEGATE))
                    .when(new CommentOnClause(ID, ART, CommentId.of("c-2"), FIRST, "Helsinki Final Act"), as(CHAIR))
                    .expectEvents(new ClauseCommented(ID, ART, CommentId.of("c-2"), FIRST, "Helsinki Final Act",
                            CHAIR));
        }

        @Test
        void a_reply_answers_a_comment_that_exists() {
            given().when(new CommentOnClause(ID, ART, FIRST, CommentId.of("nope"), "Reply"), as(KAZ_DELEGATE))
                    .expectException(rejectedBecause(UNKNOWN_COMMENT)).expectNoEvents();
        }

        @Test
        void observers_do_not_comment() {
            given().when(new CommentOnClause(ID, ART, FIRST, null, "Hello"), as(UN_OBSERVER))
                    .expectException(rejectedBecause(OBSERVERS_CANNOT_ACT)).expectNoEvents();
        }
    }
}
