package org.accord.ui.history;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Input;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.QueryParameters;
import org.accord.AccordApplication;
import org.accord.api.history.FindTimeline;
import org.accord.api.history.HistoryExtent;
import org.accord.api.history.HistoryExtent.Landmark;
import org.accord.api.history.TimelineEntry;
import org.accord.api.negotiation.ArticleView;
import org.accord.api.negotiation.DelegationView;
import org.accord.api.negotiation.NegotiationView;
import org.accord.api.shared.ArticleId;
import org.accord.api.shared.DelegationCode;
import org.accord.api.shared.NegotiationId;
import org.accord.api.shared.Refusal;
import org.accord.api.shared.RejectionReason;
import org.accord.testing.FreshDatabaseInitializer;
import org.accord.ui.KaribuSupport;
import org.accord.ui.i18n.UserTime;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ContextConfiguration;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.awaitility.Awaitility.await;

/**
 * The secretariat's history screen on the demo, signed in as its real accounts: the timeline's
 * sentences, filters and keyset paging to the end; time travel showing exactly the charter that
 * {@code FindNegotiationAt} returns, moved by steps, playback, a milestone, a date and a clause;
 * and a head of delegation and an observer refused the screen and, by the server, its queries.
 * Reads the demo only, so it shares the default test context.
 */
@SpringBootTest(classes = AccordApplication.class,
        properties = {"accord.demo.enabled=true", "accord.demo.password=karibu-password"})
@ContextConfiguration(initializers = FreshDatabaseInitializer.class)
class HistoryViewTest {

    static final NegotiationId DEMO = NegotiationId.of("c5-security-charter");
    static final String HISTORY = "negotiations/c5-security-charter/history";
    static final ArticleId COMPREHENSIVE = ArticleId.of("art-comprehensive-approach");

    @Autowired ApplicationContext context;
    @Autowired HistoryClient client;

    @AfterEach
    void close() {
        KaribuSupport.close();
    }

    /** Signs in, waits until the timeline holds every event of the demo, and opens the history. */
    HistoryExtent openAsChair(QueryParameters query) {
        KaribuSupport.openAs("chair", context);
        HistoryExtent extent = client.extent(DEMO);
        await().atMost(Duration.ofSeconds(60)).pollInSameThread().until(() -> client.entry(DEMO, extent.lastSequence()).isPresent());
        UI.getCurrent().navigate(HISTORY, query);
        return extent;
    }

    static void eventually(Runnable assertion) {
        await().atMost(Duration.ofSeconds(15)).pollInSameThread().untilAsserted(() -> {
            MockVaadin.clientRoundtrip();
            assertion.run();
        });
    }

    static List<Div> entries() {
        return _find(_get(Div.class, spec -> spec.withId("timeline-entries")), Div.class,
                spec -> spec.withClasses("timeline-entry"));
    }

    static List<String> attribute(List<Div> entries, String name) {
        return entries.stream().map(entry -> entry.getElement().getAttribute(name)).toList();
    }

    static String text(String id) {
        return _get(Component.class, spec -> spec.withId(id)).getElement().getTextRecursively();
    }

    static long position() {
        return Long.parseLong(_get(Input.class, spec -> spec.withId("travel-slider")).getValue());
    }

    static String wording(ArticleId clause) {
        return _get(Div.class, spec -> spec.withId("travel-wording-" + clause.value())).getText();
    }

    static String wordingAt(NegotiationView view, ArticleId clause) {
        return view.articles().stream().filter(a -> a.articleId().equals(clause)).findFirst().orElseThrow().text();
    }

    TimelineEntry incorporation() {
        return client.timeline(new FindTimeline(DEMO, null, COMPREHENSIVE, Set.of("AmendmentIncorporated"),
                null, null, -1, 10)).entries().get(0);
    }

    @Test
    void the_chair_sees_the_four_tabs_and_the_first_page_of_the_timeline_as_sentences() {
        HistoryExtent extent = openAsChair(QueryParameters.empty());
        assertThat(_get(TabSheet.class, spec -> spec.withId("history-tabs")).isVisible()).isTrue();
        assertThat(_find(Paragraph.class, spec -> spec.withId("history-refused"))).as("visible refusal").isEmpty();
        List<Div> page = entries();
        assertThat(page).hasSize((int) Math.min(TimelinePanel.PAGE, extent.events()));
        assertThat(attribute(page, "data-sequence")).first().isEqualTo("0");
        assertThat(page.get(0).getElement().getTextRecursively()).contains("opened the negotiation");
        TimelineEntry tabled = client.timeline(new FindTimeline(DEMO, DelegationCode.of("TJK"), COMPREHENSIVE,
                Set.of("AmendmentTabled"), null, null, -1, 1)).entries().get(0);
        UI.getCurrent().navigate(HISTORY); // the same view; the tabled amendment is on the first page of the demo
        assertThat(text("timeline-entry-" + tabled.sequence())).contains("Tajikistan (").contains("tabled an amendment to Article 3.")
                .contains("Substitution").contains(UserTime.dateTime(tabled.at()));
        TimelineEntry incorporated = incorporation();
        assertThat(text("timeline-entry-" + incorporated.sequence()))
                .contains("incorporated amendment am-energy-security into Article 3.");
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_filters_show_only_what_they_select_and_agree_with_the_server() {
        HistoryExtent extent = openAsChair(QueryParameters.empty());
        Select<DelegationView> delegation = _get(Select.class, spec -> spec.withId("timeline-delegation"));
        DelegationView kyrgyzstan = delegation.getListDataView().getItems()
                .filter(d -> d.code().value().equals("KGZ")).findFirst().orElseThrow();
        delegation.setValue(kyrgyzstan);
        List<Div> byKyrgyzstan = entries();
        assertThat(byKyrgyzstan).isNotEmpty();
        assertThat(attribute(byKyrgyzstan, "data-delegation")).containsOnly("KGZ");
        assertThat(byKyrgyzstan).hasSize(client.timeline(new FindTimeline(DEMO, DelegationCode.of("KGZ"), null,
                Set.of(), null, null, -1, 500)).entries().size());
        _click(_get(Button.class, spec -> spec.withId("timeline-clear")));

        Select<ArticleView> clause = _get(Select.class, spec -> spec.withId("timeline-clause"));
        clause.setValue(clause.getListDataView().getItems().filter(a -> a.articleId().equals(COMPREHENSIVE))
                .findFirst().orElseThrow());
        assertThat(attribute(entries(), "data-clause")).isNotEmpty().containsOnly(COMPREHENSIVE.value());
        MultiSelectComboBox<String> acts = _get(MultiSelectComboBox.class, spec -> spec.withId("timeline-acts"));
        acts.setValue(Set.of("PositionDeclared", "AmendmentIncorporated"));
        assertThat(attribute(entries(), "data-act")).contains("PositionDeclared", "AmendmentIncorporated")
                .containsOnly("PositionDeclared", "AmendmentIncorporated");
        _click(_get(Button.class, spec -> spec.withId("timeline-clear")));
        assertThat(entries()).hasSize((int) Math.min(TimelinePanel.PAGE, extent.events()));

        DateTimePicker to = _get(DateTimePicker.class, spec -> spec.withId("timeline-to"));
        to.setValue(LocalDateTime.ofInstant(extent.first(), UserTime.zone()).minusMinutes(1));
        assertThat(entries()).isEmpty();
        assertThat(_get(Paragraph.class, spec -> spec.withId("timeline-status")).getText()).contains("No act matches");
    }

    @Test
    void load_more_pages_by_keyset_to_the_end_of_the_history() {
        HistoryExtent extent = openAsChair(QueryParameters.empty());
        Button more = _get(Button.class, spec -> spec.withId("timeline-more"));
        int pages = 1;
        while (more.isVisible()) {
            _click(more);
            pages++;
        }
        List<Long> sequences = attribute(entries(), "data-sequence").stream().map(Long::parseLong).toList();
        List<Long> expected = new ArrayList<>();
        for (long i = 0; i < extent.events(); i++) {
            expected.add(i);
        }
        assertThat(sequences).containsExactlyElementsOf(expected);
        assertThat(pages).isEqualTo((int) Math.max(1, (extent.events() + TimelinePanel.PAGE - 1) / TimelinePanel.PAGE));
        assertThat(_get(Paragraph.class, spec -> spec.withId("timeline-status")).getText()).contains("end of the history");
    }

    @Test
    void time_travel_shows_the_charter_that_stood_at_a_point_and_steps_by_one_act() {
        openAsChair(QueryParameters.empty());
        long incorporated = incorporation().sequence();
        long revised = incorporated - 1; // the incorporation revises the wording, then records the decision
        long before = revised - 1;
        UI.getCurrent().navigate(HISTORY, QueryParameters.simple(Map.of("at", String.valueOf(before))));
        TabSheet tabs = _get(TabSheet.class, spec -> spec.withId("history-tabs"));
        assertThat(tabs.getSelectedIndex()).isEqualTo(1);
        assertThat(position()).isEqualTo(before);
        NegotiationView then = client.at(DEMO, before).orElseThrow();
        assertThat(wording(COMPREHENSIVE)).isEqualTo(wordingAt(then, COMPREHENSIVE)).contains("water and environmental security");
        for (ArticleView article : then.articles()) {
            assertThat(wording(article.articleId())).as(article.articleId().value()).isEqualTo(article.text());
            assertThat(_get(Div.class, spec -> spec.withId("travel-unit-" + article.articleId().value()))
                    .getElement().getAttribute("data-status")).isEqualTo(article.status().name());
        }
        assertThat(_get(Div.class, spec -> spec.withId("travel-amendment-am-energy-security"))
                .getElement().getAttribute("data-state")).isEqualTo("PENDING");

        _click(_get(Button.class, spec -> spec.withId("travel-forward")));
        assertThat(position()).isEqualTo(revised);
        assertThat(wording(COMPREHENSIVE)).isEqualTo(wordingAt(client.at(DEMO, revised).orElseThrow(), COMPREHENSIVE))
                .contains("water, energy and environmental security");
        assertThat(text("travel-act")).contains("revised the wording of Article 3.");
        _click(_get(Button.class, spec -> spec.withId("travel-forward")));
        assertThat(position()).isEqualTo(incorporated);
        assertThat(_get(Div.class, spec -> spec.withId("travel-amendment-am-energy-security"))
                .getElement().getAttribute("data-state")).isEqualTo("INCORPORATED");
        assertThat(_get(Div.class, spec -> spec.withId("travel-unit-" + COMPREHENSIVE.value()))
                .getElement().getAttribute("data-touched")).isEqualTo("true");
        assertThat(text("travel-act")).contains("incorporated amendment am-energy-security");
        _click(_get(Button.class, spec -> spec.withId("travel-back")));
        _click(_get(Button.class, spec -> spec.withId("travel-back")));
        assertThat(position()).isEqualTo(before);

        // the slider released at a point: the charter of that point
        _get(Input.class, spec -> spec.withId("travel-slider")).setValue("3");
        assertThat(position()).isEqualTo(3);
        assertThat(text("travel-position")).startsWith("After act 4 of");
        _click(_get(Button.class, spec -> spec.withId("travel-first")));
        assertThat(position()).isZero();
        assertThat(_get(Button.class, spec -> spec.withId("travel-back")).isEnabled()).isFalse();
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_milestone_a_date_and_a_clause_move_the_slider_to_their_point() {
        HistoryExtent extent = openAsChair(QueryParameters.empty());
        _click(_get(Button.class, spec -> spec.withId("timeline-view-2")));
        assertThat(_get(TabSheet.class, spec -> spec.withId("history-tabs")).getSelectedIndex()).isEqualTo(1);
        assertThat(position()).isEqualTo(2);

        assertThat(extent.milestones()).hasSizeGreaterThanOrEqualTo(2);
        Landmark second = extent.milestones().get(1);
        Select<Landmark> milestone = _get(Select.class, spec -> spec.withId("travel-milestone"));
        milestone.setValue(second);
        assertThat(position()).isEqualTo(second.sequence());
        assertThat(text("travel-milestones")).contains(second.documentSymbol());

        Landmark first = extent.milestones().get(0);
        DateTimePicker date = _get(DateTimePicker.class, spec -> spec.withId("travel-date"));
        date.setValue(LocalDateTime.ofInstant(first.at(), UserTime.zone()).withSecond(59).withNano(0));
        _click(_get(Button.class, spec -> spec.withId("travel-date-go")));
        long expected = client.pointAt(DEMO, date.getValue().atZone(UserTime.zone()).toInstant()).sequence();
        assertThat(expected).isGreaterThanOrEqualTo(first.sequence());
        assertThat(position()).isEqualTo(expected);

        _click(_get(Button.class, spec -> spec.withId("travel-first")));
        Select<ArticleView> clause = _get(Select.class, spec -> spec.withId("travel-clause"));
        clause.setValue(clause.getListDataView().getItems().filter(a -> a.articleId().equals(COMPREHENSIVE))
                .findFirst().orElseThrow());
        List<TimelineEntry> onClause = client.timeline(new FindTimeline(DEMO, null, COMPREHENSIVE, Set.of(),
                null, null, -1, 500)).entries();
        Button next = _get(Button.class, spec -> spec.withId("travel-clause-forward"));
        for (TimelineEntry entry : onClause.subList(0, Math.min(4, onClause.size()))) {
            _click(next);
            assertThat(position()).isEqualTo(entry.sequence());
        }
        _click(_get(Button.class, spec -> spec.withId("travel-clause-back")));
        assertThat(position()).isEqualTo(onClause.get(2).sequence());
    }

    @Test
    void playback_steps_on_to_the_last_act_and_stops() {
        HistoryExtent extent = openAsChair(QueryParameters.simple(Map.of("at", String.valueOf(extent(3)))));
        Select<Integer> speed = speed();
        speed.setValue(20);
        Button play = _get(Button.class, spec -> spec.withId("travel-play"));
        _click(play);
        assertThat(play.getText()).isEqualTo("Pause");
        eventually(() -> assertThat(position()).isEqualTo(extent.lastSequence()));
        eventually(() -> assertThat(play.getText()).isEqualTo("Play"));
    }

    long extent(int fromTheEnd) {
        KaribuSupport.openAs("chair", context);
        long last = client.extent(DEMO).lastSequence();
        KaribuSupport.close();
        return last - fromTheEnd;
    }

    @SuppressWarnings("unchecked")
    static Select<Integer> speed() {
        return _get(Select.class, spec -> spec.withId("travel-speed"));
    }

    @Test
    void the_workspace_links_to_the_history_for_the_secretariat_only() {
        for (String username : List.of("chair", "kaz.head", "un.observer")) {
            KaribuSupport.openAs(username, context);
            UI.getCurrent().navigate("negotiations/c5-security-charter");
            boolean chair = username.equals("chair");
            eventually(() -> assertThat(_find(Anchor.class, spec -> spec.withId("tab-board"))).hasSize(1));
            assertThat(_find(Anchor.class, spec -> spec.withId("tab-history"))).as(username + ": visible link")
                    .hasSize(chair ? 1 : 0);
            KaribuSupport.close();
        }
    }

    @Test
    void a_head_of_delegation_and_an_observer_are_refused_the_screen_and_every_query() {
        for (String username : List.of("kaz.head", "un.observer")) {
            KaribuSupport.openAs(username, context);
            UI.getCurrent().navigate(HISTORY);
            assertThat(_get(Paragraph.class, spec -> spec.withId("history-refused")).isVisible()).as(username).isTrue();
            assertThat(_find(TabSheet.class, spec -> spec.withId("history-tabs"))).as(username + ": visible tabs").isEmpty();
            refused(() -> client.extent(DEMO));
            refused(() -> client.at(DEMO, 3));
            refused(() -> client.timeline(FindTimeline.first(DEMO, 10)));
            refused(() -> client.pointAt(DEMO, java.time.Instant.now()));
            refused(() -> client.entry(DEMO, 0));
            KaribuSupport.close();
        }
    }

    static void refused(ThrowingCallable query) {
        Throwable thrown = catchThrowable(query);
        assertThat(Refusal.in(thrown)).as(String.valueOf(thrown)).map(Refusal::reason)
                .hasValueSatisfying(reason -> assertThat(reason).isIn(RejectionReason.NOT_THE_CHAIR,
                        RejectionReason.NOT_AUTHENTICATED));
    }
}
