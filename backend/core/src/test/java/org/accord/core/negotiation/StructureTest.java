package org.accord.core.negotiation;

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

import java.util.ArrayList;
import java.util.List;

import static org.accord.api.shared.RejectionReason.NOT_THE_CHAIR;
import static org.accord.api.shared.RejectionReason.UNKNOWN_CLAUSE;
import static org.accord.core.negotiation.ClauseTest.ART;
import static org.accord.core.negotiation.ClauseTest.WORDING;
import static org.accord.core.negotiation.ClauseTest.as;
import static org.accord.core.negotiation.NegotiationTest.CHAIR;
import static org.accord.core.negotiation.NegotiationTest.ID;
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
        List<Object> events = new ArrayList<>(ClauseTest.negotiationWithOneArticle());
        events.addAll(List.of(more));
        return fixture.given(events);
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

    @Test
    void only_the_chair_moves_known_articles() {
        given(WATER_ADDED).when(new MoveArticle(ID, WATER, null), as(KAZ_HEAD))
                .expectException(rejectedBecause(NOT_THE_CHAIR)).expectNoEvents();
        given(WATER_ADDED).when(new MoveArticle(ID, ArticleId.of("nope"), ART), as(CHAIR))
                .expectException(rejectedBecause(UNKNOWN_CLAUSE)).expectNoEvents();
    }
}
