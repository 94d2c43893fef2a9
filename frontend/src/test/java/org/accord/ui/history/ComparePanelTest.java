package org.accord.ui.history;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.IntegerField;
import org.accord.AccordApplication;
import org.accord.DemoProjection;
import org.accord.api.drafting.ClauseRevised;
import org.accord.api.history.Comparison;
import org.accord.api.history.HistoryExtent;
import org.accord.api.shared.NegotiationId;
import org.accord.api.shared.QueryRefusedException;
import org.accord.api.shared.Refusal;
import org.accord.api.shared.RejectionReason;
import org.accord.testing.FreshDatabaseInitializer;
import org.accord.ui.KaribuSupport;
import org.accord.ui.workspace.TrackChanges;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;

import java.time.Duration;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.awaitility.Awaitility.await;

/**
 * The history's comparison of two points on the demo, signed in as its real accounts: the chair
 * compares the points around the revision of a clause and sees that clause alone, its wording with
 * the inserted words marked, its status and stale positions; choosing a milestone sets the point;
 * a head of delegation gets no panel and the server refuses the query. It reads the demo and
 * changes nothing, so it shares the workspace tests' context.
 */
@SpringBootTest(classes = AccordApplication.class,
        properties = {"accord.demo.enabled=true", "accord.demo.password=karibu-password"})
@ContextConfiguration(initializers = FreshDatabaseInitializer.class)
class ComparePanelTest {

    static final String HISTORY = "negotiations/c5-security-charter/history";
    static final NegotiationId DEMO = NegotiationId.of("c5-security-charter");

    @Autowired ApplicationContext context;
    @Autowired HistoryClient client;
    @Autowired EventStore eventStore;
    @Autowired JdbcClient jdbc;
    @Autowired EventProcessingConfiguration processing;

    @BeforeEach
    void awaitDemo() {
        DemoProjection.awaitProjected(jdbc, DEMO.value());
        DemoProjection.awaitCaughtUp(jdbc, processing, "history-timeline");
    }

    @AfterEach
    void close() {
        KaribuSupport.close();
    }

    void openCompare(String username) {
        KaribuSupport.openAs(username, context);
        UI.getCurrent().navigate(HISTORY);
        TabSheet tabs = _get(TabSheet.class, spec -> spec.withId("history-tabs"));
        tabs.setSelectedTab(_get(Tab.class, spec -> spec.withId("history-tab-compare")));
        MockVaadin.clientRoundtrip();
    }

    static void eventually(Runnable assertion) {
        await().atMost(Duration.ofSeconds(15)).pollInSameThread().untilAsserted(() -> {
            MockVaadin.clientRoundtrip();
            assertion.run();
        });
    }

    @SuppressWarnings("unchecked")
    static <T> Select<T> select(String id) {
        return _get(Select.class, spec -> spec.withId(id));
    }

    static String resolved(String point) {
        return _get(Span.class, spec -> spec.withId(point + "-resolved")).getElement().getAttribute("data-sequence");
    }

    static void choose(String point, long sequence) {
        select(point + "-mode").setValue(ComparePoint.Mode.SEQUENCE);
        _get(IntegerField.class, spec -> spec.withId(point + "-sequence")).setValue((int) sequence);
    }

    @Test
    void the_chair_compares_the_points_around_a_revision_and_sees_that_clause_marked() {
        DomainEventMessage<?> revision = eventStore.readEvents(DEMO.value(), 0).asStream()
                .filter(event -> event.getPayload() instanceof ClauseRevised).findFirst().orElseThrow();
        ClauseRevised revised = (ClauseRevised) revision.getPayload();
        long n = revision.getSequenceNumber();
        openCompare("chair");
        HistoryExtent extent = client.extent(DEMO);

        assertThat(select("compare-from-mode").getValue()).as("from the last milestone").isEqualTo(ComparePoint.Mode.MILESTONE);
        assertThat(resolved("compare-from")).isEqualTo(String.valueOf(extent.milestones().get(extent.milestones().size() - 1).sequence()));
        assertThat(select("compare-to-mode").getValue()).as("to now").isEqualTo(ComparePoint.Mode.NOW);
        assertThat(_get(Paragraph.class, spec -> spec.withId("compare-summary")).getText()).matches("Clauses changed: \\d+; unchanged: \\d+");

        choose("compare-from", n - 1);
        choose("compare-to", n);
        _click(_get(Button.class, spec -> spec.withId("compare-run")));

        eventually(() -> assertThat(resolved("compare-to")).isEqualTo(String.valueOf(n)));
        assertThat(resolved("compare-from")).isEqualTo(String.valueOf(n - 1));
        Comparison expected = client.compare(DEMO, n - 1, n);
        assertThat(_get(Paragraph.class, spec -> spec.withId("compare-summary")).getText())
                .isEqualTo("Clauses changed: 1; unchanged: " + expected.unchanged());
        Div clauses = _get(Div.class, spec -> spec.withId("compare-clauses"));
        assertThat(_find(clauses, Div.class, spec -> spec.withClasses("compare-clause")))
                .extracting(card -> card.getId().orElseThrow())
                .containsExactly("compare-clause-" + revised.clauseId().value());
        Div card = _get(Div.class, spec -> spec.withId("compare-clause-" + revised.clauseId().value()));
        assertThat(_find(card, TrackChanges.Ins.class)).extracting(ins -> ins.getElement().getTextRecursively())
                .containsExactly("inserted: , energy");
        assertThat(_find(card, TrackChanges.Del.class)).isEmpty();
        assertThat(card.getElement().getTextRecursively()).contains("threats to water" + "inserted: , energy" + " and environmental security")
                .contains("rev. 1 → rev. 2");
        assertThat(_find(card, Span.class, spec -> spec.withClasses("clause-status")))
                .extracting(badge -> badge.getElement().getAttribute("data-status"))
                .containsExactly("BRACKETED", "PROPOSED");
        assertThat(_find(card, ListItem.class).stream().filter(item -> item.getElement().hasAttribute("data-delegation")))
                .as("every position was on revision 1 and is stale on revision 2").isNotEmpty()
                .allSatisfy(item -> assertThat(_find(item, Span.class, spec -> spec.withClasses("position-chip")))
                        .extracting(chip -> chip.getElement().getAttribute("data-current")).containsExactly("true", "false"));
    }

    @Test
    void the_start_compared_with_now_shows_every_decision_and_choosing_a_milestone_sets_the_point() {
        openCompare("chair");
        HistoryExtent extent = client.extent(DEMO);
        HistoryExtent.Landmark first = extent.milestones().get(0);

        select("compare-from-mode").setValue(ComparePoint.Mode.MILESTONE);
        select("compare-from-milestone").setValue(first);
        assertThat(resolved("compare-from")).isEqualTo(String.valueOf(first.sequence()));

        select("compare-from-mode").setValue(ComparePoint.Mode.START);
        assertThat(resolved("compare-from")).isEqualTo("-1");
        _click(_get(Button.class, spec -> spec.withId("compare-run")));
        Comparison expected = client.compare(DEMO, -1, Long.parseLong(resolved("compare-to")));
        assertThat(expected.clauses()).isNotEmpty();
        assertThat(expected.clauses()).flatExtracting(Comparison.ClauseComparison::decided).isNotEmpty();
        for (Comparison.ClauseComparison clause : expected.clauses()) {
            Div card = _get(Div.class, spec -> spec.withId("compare-clause-" + clause.clauseId().value()));
            assertThat(_find(card, TrackChanges.Del.class)).isEmpty();
            for (var amendment : clause.decided()) {
                assertThat(_get(card, ListItem.class, spec -> spec.withId("compare-amendment-" + amendment.amendmentId().value()))
                        .getElement().getAttribute("data-state")).isEqualTo(amendment.state().name());
            }
        }
        for (var proposal : expected.decidedProposals()) {
            assertThat(_get(ListItem.class, spec -> spec.withId("compare-proposal-" + proposal.amendmentId().value()))
                    .getElement().getAttribute("data-state")).isEqualTo(proposal.state().name());
        }
    }

    @Test
    void a_head_of_delegation_gets_no_compare_panel_and_the_server_refuses_the_query() {
        KaribuSupport.openAs("kaz.head", context);
        UI.getCurrent().navigate(HISTORY);

        assertThat(_get(Paragraph.class, spec -> spec.withId("history-refused")).isVisible()).isTrue();
        assertThat(_find(Div.class, spec -> spec.withId("history-compare"))).isEmpty();
        Throwable thrown = catchThrowable(() -> client.compare(DEMO, -1, 0));
        assertThat(Refusal.in(thrown)).get().isInstanceOf(QueryRefusedException.class)
                .extracting(Refusal::reason).isEqualTo(RejectionReason.NOT_THE_CHAIR);
    }
}
