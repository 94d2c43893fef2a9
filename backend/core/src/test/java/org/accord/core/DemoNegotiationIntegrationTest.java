package org.accord.core;

import org.accord.api.amendment.AmendmentState;
import org.accord.api.amendment.AmendmentView;
import org.accord.api.drafting.ClauseKind;
import org.accord.api.negotiation.ArticleView;
import org.accord.api.negotiation.FindNegotiation;
import org.accord.api.negotiation.NegotiationView;
import org.accord.api.position.ClauseStatus;
import org.accord.api.position.PositionKind;
import org.accord.api.position.PositionView;
import org.accord.api.shared.Actor;
import org.accord.api.shared.NegotiationId;
import org.accord.api.shared.Role;
import org.accord.api.silence.SilenceView;
import org.accord.testing.FreshDatabaseInitializer;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The demo negotiation, created by commands on first start, shows every feature of the domain. */
@SpringBootTest(classes = CoreTestApplication.class,
        properties = {"accord.demo.enabled=true", "accord.demo.password=demo-password"})
@ContextConfiguration(initializers = FreshDatabaseInitializer.class)
class DemoNegotiationIntegrationTest {

    static final Actor SECRETARIAT = new Actor("chair", "Secretariat", Role.CHAIR, null);

    @Autowired QueryGateway queries;

    NegotiationView demo() {
        return queries.query(Viewing.as(SECRETARIAT, new FindNegotiation(NegotiationId.of("c5-security-charter"))),
                ResponseTypes.optionalInstanceOf(NegotiationView.class)).join().orElseThrow();
    }

    static java.util.List<ArticleView> articles(NegotiationView view) {
        return view.articles().stream().filter(a -> a.kind() == ClauseKind.ARTICLE).toList();
    }

    @Test
    void the_demo_shows_every_status_position_kind_amendment_state_comments_and_issued_texts() {
        // the story ends by opening a silence procedure: once it is projected, everything is
        await().ignoreExceptions().untilAsserted(() -> assertThat(demo().silences()).hasSize(1));
        NegotiationView demo = demo();

        assertThat(demo.members()).hasSize(5);
        assertThat(demo.members().get(0).headOfDelegation()).isEqualTo("Aigerim Nurlanovna");
        assertThat(demo.members().get(0).delegates()).containsExactly("Daniyar Seitkali");
        assertThat(demo.observers()).hasSize(3);
        assertThat(demo.articles()).extracting(ArticleView::kind).containsExactly(ClauseKind.PREAMBLE,
                ClauseKind.ARTICLE, ClauseKind.ARTICLE, ClauseKind.ARTICLE, ClauseKind.ARTICLE, ClauseKind.PARAGRAPH,
                ClauseKind.PARAGRAPH, ClauseKind.ARTICLE, ClauseKind.ARTICLE);
        assertThat(demo.articles().get(5).number()).as("paragraph 1 of article 4").isEqualTo(1);
        assertThat(articles(demo)).extracting(ArticleView::status).containsExactly(
                ClauseStatus.AGREED, ClauseStatus.AGREED_AD_REFERENDUM, ClauseStatus.AGREED, ClauseStatus.BRACKETED,
                ClauseStatus.PROPOSED, ClauseStatus.OPTIONS);
        assertThat(demo.rounds()).hasSize(1);
        assertThat(articles(demo).get(5).amendments()).allMatch(a -> a.option());
        assertThat(articles(demo).stream().flatMap(a -> a.positions().stream()).map(PositionView::kind))
                .contains(PositionKind.values());
        assertThat(Stream.concat(articles(demo).stream().flatMap(a -> a.amendments().stream()),
                        demo.newClauseProposals().stream()).map(AmendmentView::state))
                .contains(AmendmentState.PENDING, AmendmentState.INCORPORATED, AmendmentState.REJECTED,
                        AmendmentState.WITHDRAWN, AmendmentState.NEEDS_REVISION);
        assertThat(articles(demo).get(2).text()).contains("water, energy and environmental security");
        assertThat(articles(demo).get(2).positions()).anyMatch(p -> !p.current());
        assertThat(articles(demo).get(5).comments()).hasSize(2);
        assertThat(demo.milestones()).extracting(m -> m.documentSymbol())
                .containsExactly("C5/2026/L.1", "C5/2026/L.2");
        assertThat(demo.shareAgreed()).as("3 of 9 clauses").isEqualTo(3 / 9.0);
        assertThat(demo.silences()).singleElement().satisfies(silence -> {
            assertThat(silence.state()).isEqualTo(SilenceView.State.OPEN);
            assertThat(silence.clauses()).containsExactly(articles(demo).get(1).articleId());
        });
    }
}
