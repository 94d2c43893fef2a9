package org.accord.core.negotiation;

import org.accord.api.amendment.AmendmentNeedsRevision;
import org.accord.api.amendment.AmendmentRebased;
import org.accord.api.coediting.ClauseEdited;
import org.accord.api.coediting.EditAcknowledgement;
import org.accord.api.coediting.EditClause;
import org.accord.api.drafting.ClauseRevised;
import org.accord.api.shared.Actor;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.accord.api.shared.RejectionReason.INVALID_OPERATION;
import static org.accord.api.shared.RejectionReason.OBSERVERS_CANNOT_ACT;
import static org.accord.api.shared.RejectionReason.RESYNC_REQUIRED;
import static org.accord.api.shared.RejectionReason.TEXT_TOO_LONG;
import static org.accord.api.shared.RejectionReason.UNKNOWN_CLAUSE;
import static org.accord.core.negotiation.AmendmentTest.STRICTLY_TABLED;
import static org.accord.core.negotiation.ClauseTest.ART;
import static org.accord.core.negotiation.ClauseTest.UZB_HEAD;
import static org.accord.core.negotiation.ClauseTest.WORDING;
import static org.accord.core.negotiation.ClauseTest.as;
import static org.accord.core.negotiation.NegotiationTest.ID;
import static org.accord.core.negotiation.NegotiationTest.KAZ_DELEGATE;
import static org.accord.core.negotiation.NegotiationTest.UN_OBSERVER;
import static org.accord.core.negotiation.Rejections.rejectedBecause;

/**
 * The server side of co-editing: a batch written on an older revision is transformed over what
 * was recorded since, one event per accepted batch, a batch sent again is acknowledged again and
 * never applied twice, and bad batches change nothing. The wording is "The Parties shall respect
 * the inviolability of borders." (55 code points).
 */
class CoEditingTest {

    static final String TWO = "[4,\"two \",51]"; // "The two Parties ..."
    static final String TWO_WORDING = "The two Parties shall respect the inviolability of borders.";

    AggregateTestFixture<Negotiation> fixture;

    @BeforeEach
    void setUp() {
        fixture = Fixtures.negotiation();
    }

    static ClauseEdited edited(long revision, long base, String operation, String wording, String client, long seq,
                               Actor by) {
        return new ClauseEdited(ID, ART, revision, base, operation, Wording.length(wording), Wording.hash(wording),
                client, seq, by);
    }

    static final ClauseEdited TWO_EDITED = edited(2, 1, TWO, TWO_WORDING, "tab-a", 1, KAZ_DELEGATE);

    @Test
    void a_batch_on_the_current_revision_is_applied_recorded_once_and_acknowledged() {
        Fixtures.givenOneArticle(fixture)
                .when(new EditClause(ID, ART, "tab-a", 1, 1, TWO), as(KAZ_DELEGATE))
                .expectSuccessfulHandlerExecution()
                .expectEvents(TWO_EDITED)
                .expectResultMessagePayload(new EditAcknowledgement(2, TWO, false));
    }

    @Test
    void a_batch_written_on_an_older_revision_is_transformed_over_what_was_recorded_since() {
        String shout = "The two Parties shall respect the inviolability of borders!";
        Fixtures.givenOneArticle(fixture, TWO_EDITED)
                .when(new EditClause(ID, ART, "tab-b", 1, 1, "[54,\"!\",-1]"), as(UZB_HEAD))
                .expectEvents(edited(3, 1, "[58,\"!\",-1]", shout, "tab-b", 1, UZB_HEAD))
                .expectResultMessagePayload(new EditAcknowledgement(3, "[58,\"!\",-1]", false));
    }

    @Test
    void when_two_insert_at_the_same_place_the_batch_recorded_first_comes_first() {
        Fixtures.givenOneArticle(fixture, TWO_EDITED)
                .when(new EditClause(ID, ART, "tab-b", 1, 1, "[4,\"five \",51]"), as(UZB_HEAD))
                .expectEvents(edited(3, 1, "[8,\"five \",51]",
                        "The two five Parties shall respect the inviolability of borders.", "tab-b", 1, UZB_HEAD));
    }

    @Test
    void a_batch_sent_again_is_acknowledged_again_and_never_applied_twice() {
        Fixtures.givenOneArticle(fixture, TWO_EDITED)
                .when(new EditClause(ID, ART, "tab-a", 1, 1, TWO), as(KAZ_DELEGATE))
                .expectNoEvents()
                .expectResultMessagePayload(new EditAcknowledgement(2, TWO, true));
    }

    @Test
    void a_later_batch_of_the_same_session_is_applied() {
        String both = "The two Parties shall respect the inviolability of all borders.";
        Fixtures.givenOneArticle(fixture, TWO_EDITED)
                .when(new EditClause(ID, ART, "tab-a", 2, 2, "[51,\"all \",8]"), as(KAZ_DELEGATE))
                .expectEvents(edited(3, 2, "[51,\"all \",8]", both, "tab-a", 2, KAZ_DELEGATE));
    }

    @Test
    void revisions_made_by_whole_range_revisions_count_in_the_transformation_too() {
        String wording = "The States shall respect the inviolability of borders.";
        ClauseRevised revised = new ClauseRevised(ID, ART, 2, 4, 11, "States", wording, Wording.hash(wording),
                KAZ_DELEGATE);
        Fixtures.givenOneArticle(fixture, revised)
                .when(new EditClause(ID, ART, "tab-b", 1, 1, "[54,\"!\",-1]"), as(UZB_HEAD))
                .expectEvents(edited(3, 1, "[53,\"!\",-1]",
                        "The States shall respect the inviolability of borders!", "tab-b", 1, UZB_HEAD));
    }

    @Test
    void a_base_older_than_the_kept_operations_gets_a_resync_answer() {
        List<Object> history = new ArrayList<>();
        String wording = WORDING;
        for (int revision = 2; revision <= RecentEdits.WINDOW + 2; revision++) {
            String operation = "[" + Wording.length(wording) + ",\"x\"]";
            wording = wording + "x";
            history.add(edited(revision, revision - 1, operation, wording, "typist", revision - 1, KAZ_DELEGATE));
        }
        Fixtures.givenOneArticle(fixture, history.toArray())
                .when(new EditClause(ID, ART, "late", 1, 1, "[55,\"!\"]"), as(UZB_HEAD))
                .expectException(rejectedBecause(RESYNC_REQUIRED)).expectNoEvents();
    }

    @Test
    void open_amendments_are_carried_over_each_batch() {
        // "respect" [18, 25) moves by the four code points of "two "
        Fixtures.givenOneArticle(fixture, STRICTLY_TABLED)
                .when(new EditClause(ID, ART, "tab-a", 1, 1, TWO), as(KAZ_DELEGATE))
                .expectEvents(TWO_EDITED, new AmendmentRebased(ID, AmendmentTest.A1, 2, 22, 29));
    }

    @Test
    void an_amendment_whose_text_was_edited_needs_its_proposers_revision() {
        String wording = "The Parties shall respekt the inviolability of borders.";
        Fixtures.givenOneArticle(fixture, STRICTLY_TABLED)
                .when(new EditClause(ID, ART, "tab-a", 1, 1, "[23,\"k\",-1,31]"), as(KAZ_DELEGATE))
                .expectEvents(edited(2, 1, "[23,\"k\",-1,31]", wording, "tab-a", 1, KAZ_DELEGATE),
                        new AmendmentNeedsRevision(ID, AmendmentTest.A1, 2));
    }

    @Nested
    class BadBatchesChangeNothing {

        void refused(String operation, long base, org.accord.api.shared.RejectionReason reason) {
            Fixtures.givenOneArticle(fixture, TWO_EDITED)
                    .when(new EditClause(ID, ART, "tab-b", 1, base, operation), as(UZB_HEAD))
                    .expectException(rejectedBecause(reason)).expectNoEvents();
        }

        @Test
        void an_operation_for_another_length() {
            refused("[4,\"x\",50]", 1, INVALID_OPERATION);
            refused("[60,\"x\"]", 2, INVALID_OPERATION);
        }

        @Test
        void malformed_json_or_a_lone_surrogate() {
            refused("[4,", 1, INVALID_OPERATION);
            refused("{\"retain\":4}", 1, INVALID_OPERATION);
            refused("[55,\"\\ud800\"]", 1, INVALID_OPERATION);
            refused("[55,\"\uDC00\"]", 1, INVALID_OPERATION);
        }

        @Test
        void an_empty_batch_or_a_revision_that_does_not_exist_yet() {
            refused("[55]", 1, INVALID_OPERATION);
            refused("[59,\"!\"]", 3, INVALID_OPERATION);
        }

        @Test
        void a_wording_above_the_size_limit() {
            refused("[59,\"" + "x".repeat(20_000) + "\"]", 2, TEXT_TOO_LONG);
        }

        @Test
        void a_writer_without_rights_or_an_unknown_clause() {
            Fixtures.givenOneArticle(fixture)
                    .when(new EditClause(ID, ART, "tab-c", 1, 1, TWO), as(UN_OBSERVER))
                    .expectException(rejectedBecause(OBSERVERS_CANNOT_ACT)).expectNoEvents();
            Fixtures.givenOneArticle(fixture)
                    .when(new EditClause(ID, org.accord.api.shared.ArticleId.of("nowhere"), "tab-c", 1, 1, TWO),
                            as(KAZ_DELEGATE))
                    .expectException(rejectedBecause(UNKNOWN_CLAUSE)).expectNoEvents();
        }
    }
}
