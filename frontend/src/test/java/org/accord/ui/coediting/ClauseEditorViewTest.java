package org.accord.ui.coediting;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import org.accord.AccordApplication;
import org.accord.testing.FreshDatabaseInitializer;
import org.accord.ui.KaribuSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ContextConfiguration;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The co-editing page on the server: delegates and the chair get an editor bound to the clause
 * (which then connects from the browser), observers get none and no link to it. That the server
 * also refuses an observer's connection is shown by {@code CoEditingSocketIntegrationTest}.
 */
@SpringBootTest(classes = AccordApplication.class,
        properties = {"accord.demo.enabled=true", "accord.demo.password=karibu-password"})
@ContextConfiguration(initializers = FreshDatabaseInitializer.class)
class ClauseEditorViewTest {

    static final String DEMO = "negotiations/c5-security-charter";
    static final String CLAUSE = "art-international-law";

    @Autowired ApplicationContext context;
    @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;

    /** The views read the projection, which follows the demo's events shortly after start-up. */
    @org.junit.jupiter.api.BeforeEach
    void demoProjected() {
        org.accord.DemoProjection.awaitProjected(jdbc, "c5-security-charter");
    }

    @AfterEach
    void close() {
        KaribuSupport.close();
    }

    void open(String username, String location) {
        KaribuSupport.openAs(username, context);
        UI.getCurrent().navigate(location);
        await().pollInSameThread().untilAsserted(() -> {
            MockVaadin.clientRoundtrip();
            assertThat(_get(H2.class, spec -> spec.withId(location.contains("/clauses/") ? "clause-title" : "negotiation-title"))
                    .getText()).isNotBlank();
        });
    }

    @Test
    void a_delegate_gets_an_editor_bound_to_the_clause_and_links_to_it_from_every_article() {
        open("kaz.delegate", DEMO);
        assertThat(_get(Anchor.class, spec -> spec.withId("edit-" + CLAUSE)).getHref())
                .isEqualTo(DEMO + "/clauses/" + CLAUSE);
        KaribuSupport.close();

        open("kaz.delegate", DEMO + "/clauses/" + CLAUSE);
        ClauseEditor editor = _get(ClauseEditor.class, spec -> spec.withId("clause-editor"));
        assertThat(editor.isVisible()).isTrue();
        assertThat(editor.getElement().getProperty("negotiationId")).isEqualTo("c5-security-charter");
        assertThat(editor.getElement().getProperty("clauseId")).isEqualTo(CLAUSE);
        assertThat(editor.getElement().getProperty("readonly", false)).isFalse();
        assertThat(_get(H2.class, spec -> spec.withId("clause-title")).getText()).startsWith("Article 6.");
    }

    @Test
    void the_editor_speaks_the_language_of_the_ui_with_the_places_the_browser_fills() {
        KaribuSupport.openAs("kaz.delegate", context);
        UI.getCurrent().setLocale(org.accord.ui.i18n.Translations.RUSSIAN);
        UI.getCurrent().navigate(DEMO + "/clauses/" + CLAUSE);
        ClauseEditor editor = _get(ClauseEditor.class, spec -> spec.withId("clause-editor"));
        elemental.json.JsonObject texts = (elemental.json.JsonObject) editor.getElement().getPropertyRaw("texts");
        assertThat(texts.getString("connected")).isEqualTo("Подключено");
        assertThat(texts.getString("revision")).isEqualTo("редакция {0}");
        assertThat(texts.getString("refusedReloaded")).isEqualTo("Сервер отклонил правку ({0}: {1}); текст статьи загружен заново.");
        assertThat(texts.keys()).hasSize(11);
    }

    @Test
    void an_observer_gets_no_editor_and_no_link_to_one() {
        open("un.observer", DEMO);
        assertThat(_find(Anchor.class, spec -> spec.withId("edit-" + CLAUSE))).isEmpty();
        KaribuSupport.close();

        open("un.observer", DEMO + "/clauses/" + CLAUSE);
        assertThat(_find(ClauseEditor.class, spec -> spec.withId("clause-editor"))).as("not shown").isEmpty();
        ClauseEditorView view = (ClauseEditorView) UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0);
        ClauseEditor editor = view.getChildren().filter(ClauseEditor.class::isInstance).map(ClauseEditor.class::cast)
                .findFirst().orElseThrow();
        assertThat(editor.getElement().getProperty("negotiationId", "")).as("never bound, so it never connects").isEmpty();
        assertThat(_get(Paragraph.class, spec -> spec.withId("clause-note")).getText())
                .contains("Only the chair and the member delegations edit the text");
    }
}
