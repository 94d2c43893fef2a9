package org.accord.core.negotiation;

import org.accord.api.amendment.AmendmentCosponsorJoined;
import org.accord.api.amendment.AmendmentCosponsorLeft;
import org.accord.api.amendment.AmendmentId;
import org.accord.api.amendment.AmendmentIncorporated;
import org.accord.api.amendment.AmendmentKind;
import org.accord.api.amendment.AmendmentNeedsRevision;
import org.accord.api.amendment.AmendmentRebased;
import org.accord.api.amendment.AmendmentRejected;
import org.accord.api.amendment.AmendmentRevised;
import org.accord.api.amendment.AmendmentTabled;
import org.accord.api.amendment.AmendmentWithdrawn;
import org.accord.api.amendment.IncorporateAmendment;
import org.accord.api.amendment.JoinAmendment;
import org.accord.api.amendment.LeaveAmendment;
import org.accord.api.amendment.RejectAmendment;
import org.accord.api.amendment.ReviseAmendment;
import org.accord.api.amendment.TableAmendment;
import org.accord.api.amendment.WithdrawAmendment;
import org.accord.api.drafting.ClauseRevised;
import org.accord.api.drafting.ReviseClause;
import org.accord.api.negotiation.ArticleAdded;
import org.accord.api.negotiation.ArticleMoved;
import org.accord.api.shared.Actor;
import org.accord.api.shared.ArticleId;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.TestExecutor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.accord.api.shared.RejectionReason.ALREADY_A_COSPONSOR;
import static org.accord.api.shared.RejectionReason.AMENDMENT_ALREADY_EXISTS;
import static org.accord.api.shared.RejectionReason.AMENDMENT_NEEDS_REVISION;
import static org.accord.api.shared.RejectionReason.AMENDMENT_NOT_OPEN;
import static org.accord.api.shared.RejectionReason.ARTICLE_ALREADY_EXISTS;
import static org.accord.api.shared.RejectionReason.CHAIR_TABLES_NO_AMENDMENT;
import static org.accord.api.shared.RejectionReason.NOT_A_COSPONSOR;
import static org.accord.api.shared.RejectionReason.NOT_THE_CHAIR;
import static org.accord.api.shared.RejectionReason.NOT_THE_PROPOSER;
import static org.accord.api.shared.RejectionReason.OBSERVERS_CANNOT_ACT;
import static org.accord.api.shared.RejectionReason.RANGE_OUT_OF_BOUNDS;
import static org.accord.api.shared.RejectionReason.STALE_REVISION;
import static org.accord.api.shared.RejectionReason.UNKNOWN_AMENDMENT;
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

/**
 * Amendments from tabling to decision, with rebasing when the clause changes. The wording is
 * "The Parties shall respect the inviolability of borders." (55 code points).
 */
class AmendmentTest {

    static final AmendmentId A1 = AmendmentId.of("am-1");
    static final AmendmentId A2 = AmendmentId.of("am-2");
    // "respect" is [18, 25)
    static final TableAmendment STRICTLY = new TableAmendment(ID, A1, ART, 1, AmendmentKind.SUBSTITUTION, 18, 25,
            "strictly respect", null, "Stronger wording");
    static final AmendmentTabled STRICTLY_TABLED = new AmendmentTabled(ID, A1, ART, 1, AmendmentKind.SUBSTITUTION,
            18, 25, "respect", "strictly respect", "", "Stronger wording", KAZ, KAZ_DELEGATE);
    static final String STRICT_WORDING = "The Parties shall strictly respect the inviolability of borders.";

    AggregateTestFixture<Negotiation> fixture;

    @BeforeEach
    void setUp() {
        fixture = Fixtures.negotiation();
    }

    TestExecutor<Negotiation> given(Object... more) {
        return Fixtures.givenOneArticle(fixture, more);
    }

    static String hash(String wording) {
        return Wording.hash(wording);
    }

    @Nested
    class Tabling {

        @Test
        void a_delegate_tables_a_substitution_kept_with_the_text_it_replaces() {
            given().when(STRICTLY, as(KAZ_DELEGATE)).expectEvents(STRICTLY_TABLED);
        }

        @Test
        void a_head_of_delegation_proposes_a_new_clause() {
            ArticleId newArticle = ArticleId.of("art-water");
            given().when(new TableAmendment(ID, A1, newArticle, 0, AmendmentKind.NEW_CLAUSE, 0, 0,
                            "The Parties shall cooperate on transboundary water.", "Water security", "Priority"),
                            as(UZB_HEAD))
                    .expectEvents(new AmendmentTabled(ID, A1, newArticle, 0, AmendmentKind.NEW_CLAUSE, 0, 0, "",
                            "The Parties shall cooperate on transboundary water.", "Water security", "Priority", UZB,
                            UZB_HEAD));
        }

        @Test
        void a_member_proposes_to_move_an_article_and_the_chair_incorporates_the_move() {
            ArticleId water = ArticleId.of("art-water");
            ArticleAdded waterAdded = new ArticleAdded(ID, water, "Water", "Water is shared.", CHAIR);
            TableAmendment move = new TableAmendment(ID, A1, water, 1, AmendmentKind.MOVE, 0, 0, "", null,
                    "Water first", null);
            AmendmentTabled tabled = new AmendmentTabled(ID, A1, water, 1, AmendmentKind.MOVE, 0, 0, "", "", "",
                    "Water first", UZB, UZB_HEAD, null);
            given(waterAdded).when(move, as(UZB_HEAD)).expectEvents(tabled);
            given(waterAdded, tabled).when(new IncorporateAmendment(ID, A1), as(CHAIR))
                    .expectEvents(new ArticleMoved(ID, water, null, List.of(water, ART), CHAIR),
                            new AmendmentIncorporated(ID, A1, water, 1, CHAIR));
        }

        @Test
        void a_new_clause_may_not_take_an_existing_identity() {
            given().when(new TableAmendment(ID, A1, ART, 0, AmendmentKind.NEW_CLAUSE, 0, 0, "Text", "Heading", ""),
                            as(UZB_HEAD))
                    .expectException(rejectedBecause(ARTICLE_ALREADY_EXISTS)).expectNoEvents();
        }

        @Test
        void the_chair_tables_no_amendment() {
            given().when(STRICTLY, as(CHAIR)).expectException(rejectedBecause(CHAIR_TABLES_NO_AMENDMENT)).expectNoEvents();
        }

        @Test
        void an_observer_tables_no_amendment() {
            given().when(STRICTLY, as(UN_OBSERVER)).expectException(rejectedBecause(OBSERVERS_CANNOT_ACT)).expectNoEvents();
        }

        @Test
        void an_amendment_on_a_stale_revision_is_refused() {
            given(new ClauseRevised(ID, ART, 2, 0, 0, "", "Other", hash("Other"), KAZ_DELEGATE))
                    .when(STRICTLY, as(KAZ_DELEGATE))
                    .expectException(rejectedBecause(STALE_REVISION)).expectNoEvents();
        }

        @Test
        void an_amendment_beyond_the_wording_is_refused() {
            given().when(new TableAmendment(ID, A1, ART, 1, AmendmentKind.DELETION, 50, 99, "", null, ""),
                            as(KAZ_DELEGATE))
                    .expectException(rejectedBecause(RANGE_OUT_OF_BOUNDS)).expectNoEvents();
        }

        @Test
        void an_amendment_identity_is_never_reused() {
            given(STRICTLY_TABLED).when(STRICTLY, as(KAZ_DELEGATE))
                    .expectException(rejectedBecause(AMENDMENT_ALREADY_EXISTS)).expectNoEvents();
        }
    }

    @Nested
    class CoSponsors {

        @Test
        void another_member_joins_and_leaves_until_the_decision() {
            given(STRICTLY_TABLED).when(new JoinAmendment(ID, A1), as(UZB_HEAD))
                    .expectEvents(new AmendmentCosponsorJoined(ID, A1, UZB, UZB_HEAD));
            given(STRICTLY_TABLED, new AmendmentCosponsorJoined(ID, A1, UZB, UZB_HEAD))
                    .when(new LeaveAmendment(ID, A1), as(UZB_HEAD))
                    .expectEvents(new AmendmentCosponsorLeft(ID, A1, UZB, UZB_HEAD));
        }

        @Test
        void the_proposer_cannot_co_sponsor_its_own_amendment() {
            given(STRICTLY_TABLED).when(new JoinAmendment(ID, A1), as(KAZ_HEAD))
                    .expectException(rejectedBecause(ALREADY_A_COSPONSOR)).expectNoEvents();
        }

        @Test
        void only_a_co_sponsor_leaves() {
            given(STRICTLY_TABLED).when(new LeaveAmendment(ID, A1), as(UZB_HEAD))
                    .expectException(rejectedBecause(NOT_A_COSPONSOR)).expectNoEvents();
        }

        @Test
        void nobody_joins_a_decided_amendment() {
            given(STRICTLY_TABLED, new AmendmentRejected(ID, A1, "No support", CHAIR))
                    .when(new JoinAmendment(ID, A1), as(UZB_HEAD))
                    .expectException(rejectedBecause(AMENDMENT_NOT_OPEN)).expectNoEvents();
        }

        @Test
        void an_observer_cannot_co_sponsor() {
            given(STRICTLY_TABLED).when(new JoinAmendment(ID, A1), as(UN_OBSERVER))
                    .expectException(rejectedBecause(OBSERVERS_CANNOT_ACT)).expectNoEvents();
        }
    }

    @Nested
    class Decisions {

        @Test
        void the_chair_incorporates_and_the_amendment_links_to_the_resulting_revision() {
            given(STRICTLY_TABLED).when(new IncorporateAmendment(ID, A1), as(CHAIR))
                    .expectEvents(new ClauseRevised(ID, ART, 2, 18, 25, "strictly respect", STRICT_WORDING,
                                    hash(STRICT_WORDING), CHAIR),
                            new AmendmentIncorporated(ID, A1, ART, 2, CHAIR));
        }

        @Test
        void incorporating_a_new_clause_adds_the_article() {
            ArticleId water = ArticleId.of("art-water");
            given(new AmendmentTabled(ID, A1, water, 0, AmendmentKind.NEW_CLAUSE, 0, 0, "", "Water text", "Water",
                    "", UZB, UZB_HEAD))
                    .when(new IncorporateAmendment(ID, A1), as(CHAIR))
                    .expectEvents(new ArticleAdded(ID, water, "Water", "Water text", CHAIR),
                            new AmendmentIncorporated(ID, A1, water, 1, CHAIR));
        }

        @Test
        void the_chair_rejects_with_a_reason() {
            given(STRICTLY_TABLED).when(new RejectAmendment(ID, A1, "No consensus in the room"), as(CHAIR))
                    .expectEvents(new AmendmentRejected(ID, A1, "No consensus in the room", CHAIR));
        }

        @Test
        void only_the_chair_decides() {
            given(STRICTLY_TABLED).when(new IncorporateAmendment(ID, A1), as(KAZ_HEAD))
                    .expectException(rejectedBecause(NOT_THE_CHAIR)).expectNoEvents();
            given(STRICTLY_TABLED).when(new RejectAmendment(ID, A1, "No"), as(UZB_HEAD))
                    .expectException(rejectedBecause(NOT_THE_CHAIR)).expectNoEvents();
        }

        @Test
        void the_proposer_withdraws_but_nobody_else() {
            given(STRICTLY_TABLED).when(new WithdrawAmendment(ID, A1), as(KAZ_HEAD))
                    .expectEvents(new AmendmentWithdrawn(ID, A1, KAZ_HEAD));
            given(STRICTLY_TABLED).when(new WithdrawAmendment(ID, A1), as(UZB_HEAD))
                    .expectException(rejectedBecause(NOT_THE_PROPOSER)).expectNoEvents();
        }

        @Test
        void a_withdrawn_amendment_cannot_be_incorporated() {
            given(STRICTLY_TABLED, new AmendmentWithdrawn(ID, A1, KAZ_HEAD))
                    .when(new IncorporateAmendment(ID, A1), as(CHAIR))
                    .expectException(rejectedBecause(AMENDMENT_NOT_OPEN)).expectNoEvents();
        }

        @Test
        void an_unknown_amendment_is_refused() {
            given().when(new IncorporateAmendment(ID, A2), as(CHAIR))
                    .expectException(rejectedBecause(UNKNOWN_AMENDMENT)).expectNoEvents();
        }
    }

    @Nested
    class Rebasing {

        @Test
        void an_edit_before_the_amended_range_shifts_it_onto_the_new_revision() {
            // "The Parties" -> "The High Contracting Parties" inserts 16 code points at 4
            String wording = "The High Contracting Parties shall respect the inviolability of borders.";
            given(STRICTLY_TABLED).when(new ReviseClause(ID, ART, 1, 4, 4, "High Contracting "), as(UZB_HEAD))
                    .expectEvents(new ClauseRevised(ID, ART, 2, 4, 4, "High Contracting ", wording, hash(wording),
                                    UZB_HEAD),
                            new AmendmentRebased(ID, A1, 2, 35, 42));
        }

        @Test
        void a_rebased_amendment_is_incorporated_into_the_newer_wording() {
            String wording = "The High Contracting Parties shall respect the inviolability of borders.";
            String result = "The High Contracting Parties shall strictly respect the inviolability of borders.";
            given(STRICTLY_TABLED,
                    new ClauseRevised(ID, ART, 2, 4, 4, "High Contracting ", wording, hash(wording), UZB_HEAD),
                    new AmendmentRebased(ID, A1, 2, 35, 42))
                    .when(new IncorporateAmendment(ID, A1), as(CHAIR))
                    .expectEvents(new ClauseRevised(ID, ART, 3, 35, 42, "strictly respect", result, hash(result), CHAIR),
                            new AmendmentIncorporated(ID, A1, ART, 3, CHAIR));
        }

        @Test
        void an_edit_inside_the_amended_range_flags_it_for_the_proposer() {
            String wording = "The Parties shall honour the inviolability of borders.";
            given(STRICTLY_TABLED).when(new ReviseClause(ID, ART, 1, 18, 25, "honour"), as(UZB_HEAD))
                    .expectEvents(new ClauseRevised(ID, ART, 2, 18, 25, "honour", wording, hash(wording), UZB_HEAD),
                            new AmendmentNeedsRevision(ID, A1, 2));
        }

        @Test
        void an_amendment_needing_revision_cannot_be_incorporated_until_its_proposer_revises_it() {
            String wording = "The Parties shall honour the inviolability of borders.";
            Object[] history = {STRICTLY_TABLED,
                    new ClauseRevised(ID, ART, 2, 18, 25, "honour", wording, hash(wording), UZB_HEAD),
                    new AmendmentNeedsRevision(ID, A1, 2)};
            given(history).when(new IncorporateAmendment(ID, A1), as(CHAIR))
                    .expectException(rejectedBecause(AMENDMENT_NEEDS_REVISION)).expectNoEvents();
            given(history).when(new ReviseAmendment(ID, A1, 2, AmendmentKind.SUBSTITUTION, 18, 24,
                            "strictly honour", "Stronger wording"), as(KAZ_DELEGATE))
                    .expectEvents(new AmendmentRevised(ID, A1, 2, AmendmentKind.SUBSTITUTION, 18, 24, "honour",
                            "strictly honour", "Stronger wording", KAZ_DELEGATE));
        }

        @Test
        void incorporating_one_amendment_rebases_the_competing_ones() {
            // A2 deletes " of borders" [43, 54); A1 is incorporated first (+9 code points before it)
            AmendmentTabled deletion = new AmendmentTabled(ID, A2, ART, 1, AmendmentKind.DELETION, 43, 54,
                    " of borders", "", "", "Shorter", UZB, UZB_HEAD);
            given(STRICTLY_TABLED, deletion).when(new IncorporateAmendment(ID, A1), as(CHAIR))
                    .expectEvents(new ClauseRevised(ID, ART, 2, 18, 25, "strictly respect", STRICT_WORDING,
                                    hash(STRICT_WORDING), CHAIR),
                            new AmendmentRebased(ID, A2, 2, 52, 63),
                            new AmendmentIncorporated(ID, A1, ART, 2, CHAIR));
        }
    }

}
