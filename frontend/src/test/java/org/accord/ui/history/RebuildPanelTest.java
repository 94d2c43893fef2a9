package org.accord.ui.history;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.PollEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.tabs.TabSheet;
import org.accord.AccordApplication;
import org.accord.DemoProjection;
import org.accord.api.negotiation.NegotiationView;
import org.accord.api.shared.NegotiationId;
import org.accord.api.shared.Refusal;
import org.accord.api.shared.RejectionReason;
import org.accord.testing.FreshDatabaseInitializer;
import org.accord.ui.KaribuSupport;
import org.accord.ui.chair.NegotiationFixture;
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
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.awaitility.Awaitility.await;

/**
 * The rebuild tab of the history: the chair confirms, the progress is polled until every processor
 * has caught up, and the charter reads as before; nobody else sees the tab, and the server refuses
 * them the rebuild and its progress. A context of its own: a rebuild empties every read model.
 */
@SpringBootTest(classes = AccordApplication.class, properties = {"accord.demo.enabled=true",
        "accord.demo.password=karibu-password", "accord.test.context=rebuild-panel"})
@ContextConfiguration(initializers = FreshDatabaseInitializer.class)
class RebuildPanelTest {

    static final NegotiationId DEMO = NegotiationId.of("c5-security-charter");
    static final String DEMO_HISTORY = "negotiations/c5-security-charter/history";

    @Autowired ApplicationContext context;
    @Autowired HistoryClient client;
    @Autowired JdbcClient jdbc;
    @Autowired org.axonframework.config.EventProcessingConfiguration processing;
    NegotiationFixture fixture;

    @BeforeEach
    void settled() {
        DemoProjection.awaitProjected(jdbc, DEMO.value());
        DemoProjection.awaitCaughtUp(jdbc, processing, "negotiation-projection");
        fixture = new NegotiationFixture(context);
    }

    @AfterEach
    void close() {
        KaribuSupport.close();
    }

    static void until(Runnable assertion) {
        await().atMost(Duration.ofSeconds(90)).pollInSameThread().untilAsserted(() -> {
            MockVaadin.clientRoundtrip();
            assertion.run();
        });
    }

    /** What the browser does every second while the poll interval is set. */
    static void browserPolls() {
        UI ui = UI.getCurrent();
        if (ui.getPollInterval() > 0) {
            ComponentUtil.fireEvent(ui, new PollEvent(ui, true));
        }
    }

    static String status() {
        return _get(Paragraph.class, spec -> spec.withId("rebuild-status")).getText();
    }

    @Test
    void the_chair_rebuilds_every_read_model_and_watches_it_catch_up() {
        NegotiationView before = fixture.as("chair", () -> client.current(DEMO)).orElseThrow();
        KaribuSupport.openAs("chair", context);
        UI.getCurrent().navigate(DEMO_HISTORY);
        _get(TabSheet.class, spec -> spec.withId("history-tabs")).setSelectedIndex(3);
        assertThat(status()).isEqualTo("No rebuild since this server started.");
        assertThat(_find(ProgressBar.class, spec -> spec.withId("rebuild-progress"))).as("hidden").isEmpty();

        _click(_get(Button.class, spec -> spec.withId("rebuild-start")));
        ConfirmDialog confirm = _get(ConfirmDialog.class, spec -> spec.withId("rebuild-confirm"));
        _fireConfirm(confirm);

        assertThat(_get(ProgressBar.class, spec -> spec.withId("rebuild-progress")).isVisible()).isTrue();
        assertThat(status()).satisfiesAnyOf(
                text -> assertThat(text).startsWith("Replaying: "),
                text -> assertThat(text).startsWith("Rebuild started "));
        until(() -> {
            browserPolls();
            assertThat(status()).startsWith("Rebuild started ").contains("is complete");
        });
        assertThat(UI.getCurrent().getPollInterval()).as("the poll stops once caught up").isEqualTo(-1);
        assertThat(_get(ProgressBar.class, spec -> spec.withId("rebuild-progress")).getValue()).as(client.rebuildProgress().toString()).isEqualTo(1.0);
        assertThat(_get(Button.class, spec -> spec.withId("rebuild-start")).isEnabled()).isTrue();
        NegotiationView after = fixture.as("chair", () -> client.current(DEMO)).orElseThrow();
        assertThat(after.articles()).isEqualTo(before.articles());
        assertThat(after.delegations()).isEqualTo(before.delegations());
    }

    @Test
    void nobody_but_the_chair_sees_the_rebuild_or_may_start_it() {
        for (String username : new String[]{"kaz.head", "kaz.delegate", "un.observer"}) {
            KaribuSupport.openAs(username, context);
            UI.getCurrent().navigate(DEMO_HISTORY);
            assertThat(_get(Paragraph.class, spec -> spec.withId("history-refused")).isVisible()).as(username).isTrue();
            assertThat(_find(TabSheet.class, spec -> spec.withId("history-tabs"))).as(username).isEmpty();
            assertThat(_find(Button.class, spec -> spec.withId("rebuild-start"))).as(username).isEmpty();
            KaribuSupport.close();
            Throwable rebuild = catchThrowable(() -> fixture.as(username, () -> {
                client.rebuild();
                return null;
            }));
            assertThat(Refusal.in(rebuild)).as(username).hasValueSatisfying(refusal ->
                    assertThat(refusal.reason()).isEqualTo(RejectionReason.NOT_THE_CHAIR));
            Throwable progress = catchThrowable(() -> fixture.as(username, client::rebuildProgress));
            assertThat(Refusal.in(progress)).as(username).hasValueSatisfying(refusal ->
                    assertThat(refusal.reason()).isEqualTo(RejectionReason.NOT_THE_CHAIR));
        }
    }
}
