package org.accord.core.negotiation;

import org.accord.api.amendment.AmendmentId;
import org.accord.api.amendment.AmendmentKind;
import org.accord.api.amendment.AmendmentNeedsRevision;
import org.accord.api.amendment.AmendmentRebased;
import org.accord.api.amendment.AmendmentTabled;
import org.accord.api.drafting.AddParagraph;
import org.accord.api.drafting.AddPreambleParagraph;
import org.accord.api.drafting.ClauseSplit;
import org.accord.api.drafting.ClausesMerged;
import org.accord.api.drafting.MergeClauses;
import org.accord.api.drafting.ParagraphAdded;
import org.accord.api.drafting.PreambleParagraphAdded;
import org.accord.api.drafting.SplitClause;
import org.accord.api.milestone.FrozenClause;
import org.accord.api.milestone.IssueMilestone;
import org.accord.api.milestone.MilestoneIssued;
import org.accord.api.milestone.MilestoneKind;
import org.accord.api.negotiation.ArticleAdded;
import org.accord.api.negotiation.ArticleMoved;
import org.accord.api.negotiation.MoveArticle;
import org.accord.api.shared.ArticleId;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.TestExecutor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.accord.api.shared.RejectionReason.CLAUSES_NOT_MERGEABLE;
import static org.accord.api.shared.RejectionReason.CLAUSE_HAS_OPEN_AMENDMENTS;
import static org.accord.api.shared.RejectionReason.NOT_AN_ARTICLE;
import static org.accord.api.shared.RejectionReason.NOT_THE_CHAIR;
import static org.accord.api.shared.RejectionReason.UNKNOWN_CLAUSE;
import static org.accord.core.negotiation.ClauseTest.ART;
import static org.accord.core.negotiation.ClauseTest.WORDING;
import static org.accord.core.negotiation.ClauseTest.as;
import static org.accord.core.negotiation.NegotiationTest.CHAIR;
import static org.accord.core.negotiation.NegotiationTest.ID;
import static org.accord.core.negotiation.NegotiationTest.KAZ;
import static org.accord.core.negotiation.NegotiationTest.KAZ_HEAD;
import static org.accord.core.negotiation.Rejections.rejectedBecause;

/** Articles keep their identity when moved; their numbers are derived from the order. */
class StructureTest {

    static final ArticleId WATER = ArticleId.of("art-water");
    static final ArticleAdded WATER_ADDED = new ArticleAdded(ID, WATER, "Water", "Water is shared.", CHAIR);

    AggregateTestFixture<Negotiation> fixture;

    @BeforeEach
    void setUp() {
        fixture = Fixtures.negotiation();
    }

    TestExecutor<Negotiation> given(Object... more) {
        return Fixtures.givenOneArticle(fixture, more);
    }

    @Test
    void the_chair_moves_an_article_to_the_top() {
        given(WATER_ADDED).when(new MoveArticle(ID, WATER, null), as(CHAIR))
                .expectEvents(new ArticleMoved(ID, WATER, null, List.of(WATER, ART), CHAIR));
    }

    @Test
    void a_moved_article_is_numbered_by_its_new_place_and_keeps_its_wording() {
        given(WATER_ADDED, new ArticleMoved(ID, WATER, null, List.of(WATER, ART), CHAIR))
                .when(new IssueMilestone(ID, MilestoneKind.COMPILATION_TEXT, "C5/2026/L.1"), as(CHAIR))
                .expectEvents(new MilestoneIssued(ID, 1, MilestoneKind.COMPILATION_TEXT, "C5/2026/L.1", 0,
                        "C5/2026/L.1", frozen(), CharterPolicies.textHash(frozen()), CHAIR));
    }

    static List<FrozenClause> frozen() {
        return List.of(new FrozenClause(WATER, 1, "Water", "Water is shared.", 1, Wording.hash("Water is shared.")),
                new FrozenClause(ART, 2, "Borders", WORDING, 1, Wording.hash(WORDING)));
    }

    static final ArticleId PREAMBLE = ArticleId.of("pp-1");
    static final ArticleId PARAGRAPH = ArticleId.of("art-borders-p1");

    @Test
    void the_preamble_comes_first_unnumbered_and_paragraphs_are_numbered_within_their_article() {
        given(WATER_ADDED, new ParagraphAdded(ID, PARAGRAPH, ART, "Borders are delimited.", CHAIR),
                new PreambleParagraphAdded(ID, PREAMBLE, "Recalling the Helsinki Final Act,", CHAIR))
                .when(new IssueMilestone(ID, MilestoneKind.COMPILATION_TEXT, "C5/2026/L.1"), as(CHAIR))
                .expectEvents(new MilestoneIssued(ID, 1, MilestoneKind.COMPILATION_TEXT, "C5/2026/L.1", 0, "C5/2026/L.1",
                        structured(), CharterPolicies.textHash(structured()), CHAIR));
    }

    static List<FrozenClause> structured() {
        return List.of(
                new FrozenClause(PREAMBLE, 0, "", "Recalling the Helsinki Final Act,", 1,
                        Wording.hash("Recalling the Helsinki Final Act,")),
                new FrozenClause(ART, 1, "Borders", WORDING, 1, Wording.hash(WORDING)),
                new FrozenClause(PARAGRAPH, 1, "", "Borders are delimited.", 1, Wording.hash("Borders are delimited.")),
                new FrozenClause(WATER, 2, "Water", "Water is shared.", 1, Wording.hash("Water is shared.")));
    }

    @Test
    void a_paragraph_belongs_to_an_article() {
        given(new PreambleParagraphAdded(ID, PREAMBLE, "Recalling,", CHAIR))
                .when(new AddParagraph(ID, PARAGRAPH, PREAMBLE, "Text"), as(CHAIR))
                .expectException(rejectedBecause(NOT_AN_ARTICLE)).expectNoEvents();
        given().when(new AddPreambleParagraph(ID, PREAMBLE, "Recalling,"), as(KAZ_HEAD))
                .expectException(rejectedBecause(NOT_THE_CHAIR)).expectNoEvents();
    }

    @Test
    void splitting_keeps_the_identity_of_the_first_part_and_flags_amendments_on_the_second() {
        // "The Parties shall respect the inviolability of borders." split after "respect" (25)
        AmendmentTabled onFirst = new AmendmentTabled(ID, AmendmentId.of("am-1"), ART, 1, AmendmentKind.INSERTION, 4,
                4, "", "High ", "", "", KAZ, KAZ_HEAD);
        AmendmentTabled onSecond = new AmendmentTabled(ID, AmendmentId.of("am-2"), ART, 1, AmendmentKind.DELETION, 26,
                29, "the", "", "", "", KAZ, KAZ_HEAD);
        String first = "The Parties shall respect";
        given(onFirst, onSecond)
                .when(new SplitClause(ID, ART, 1, 25, ArticleId.of("art-borders-2"), "Inviolability"), as(CHAIR))
                .expectEvents(new ClauseSplit(ID, ART, 2, first, Wording.hash(first), ArticleId.of("art-borders-2"),
                                "Inviolability", " the inviolability of borders.", CHAIR),
                        new AmendmentRebased(ID, AmendmentId.of("am-1"), 2, 4, 4),
                        new AmendmentNeedsRevision(ID, AmendmentId.of("am-2"), 2));
    }

    @Test
    void merging_appends_the_second_clause_which_leaves_the_text() {
        String merged = WORDING + "\nWater is shared.";
        given(WATER_ADDED).when(new MergeClauses(ID, ART, WATER), as(CHAIR))
                .expectEvents(new ClausesMerged(ID, ART, WATER, 2, merged, Wording.hash(merged), CHAIR));
        given(WATER_ADDED, new ClausesMerged(ID, ART, WATER, 2, merged, Wording.hash(merged), CHAIR))
                .when(new MoveArticle(ID, WATER, null), as(CHAIR))
                .expectException(rejectedBecause(UNKNOWN_CLAUSE)).expectNoEvents();
    }

    @Test
    void only_units_of_the_same_kind_without_open_amendments_merge() {
        given(new PreambleParagraphAdded(ID, PREAMBLE, "Recalling,", CHAIR))
                .when(new MergeClauses(ID, ART, PREAMBLE), as(CHAIR))
                .expectException(rejectedBecause(CLAUSES_NOT_MERGEABLE)).expectNoEvents();
        given(WATER_ADDED, new AmendmentTabled(ID, AmendmentId.of("am-w"), WATER, 1, AmendmentKind.DELETION, 0, 5,
                "Water", "", "", "", KAZ, KAZ_HEAD))
                .when(new MergeClauses(ID, ART, WATER), as(CHAIR))
                .expectException(rejectedBecause(CLAUSE_HAS_OPEN_AMENDMENTS)).expectNoEvents();
    }

    @Test
    void only_the_chair_moves_known_articles() {
        given(WATER_ADDED).when(new MoveArticle(ID, WATER, null), as(KAZ_HEAD))
                .expectException(rejectedBecause(NOT_THE_CHAIR)).expectNoEvents();
        given(WATER_ADDED).when(new MoveArticle(ID, ArticleId.of("nope"), ART), as(CHAIR))
                .expectException(rejectedBecause(UNKNOWN_CLAUSE)).expectNoEvents();
    }
}
