package org.accord.ui.workspace;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.accord.AccordApplication;
import org.accord.api.shared.NegotiationId;
import org.accord.api.shared.RejectionReason;
import org.accord.testing.FreshDatabaseInitializer;
import org.accord.ui.KaribuSupport;
import org.accord.ui.negotiation.NegotiationClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ContextConfiguration;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Proposed new articles in the workspace: a delegation proposes one, another co-sponsors it, an
 * observer reads it and may do nothing, the chair incorporates it and the article joins the
 * outline. In a context of its own: the incorporated article changes the demo other view tests read.
 */
@SpringBootTest(classes = AccordApplication.class,
        properties = {"accord.demo.enabled=true", "accord.demo.password=karibu-password", "accord.test.context=proposals"})
@ContextConfiguration(initializers = FreshDatabaseInitializer.class)
class NewArticleProposalsTest {

    static final String DEMO = WorkspaceViewsTest.DEMO;
    static final NegotiationId NEGOTIATION = WorkspaceViewsTest.NEGOTIATION;

    @Autowired ApplicationContext context;
    @Autowired NegotiationClient client;

    @AfterEach
    void close() {
        KaribuSupport.close();
    }

    void open(String username, String location) {
        KaribuSupport.openAs(username, context);
        UI.getCurrent().navigate(location);
        WorkspaceViewsTest.eventually(() ->
                assertThat(_get(H3.class, spec -> spec.withId("clause-heading")).getText()).isNotBlank());
    }

    static Div proposal(String heading) {
        return _find(Div.class, spec -> spec.withClasses("proposal")).stream()
                .filter(card -> card.getElement().getTextRecursively().contains(heading))
                .findFirst().orElseThrow(() -> new AssertionError("no proposal " + heading));
    }

    @Test
    void a_delegation_proposes_a_new_article_another_co_sponsors_it_and_the_chair_incorporates_it() {
        open("uzb.delegate", DEMO);
        _get(TextField.class, spec -> spec.withId("proposal-heading")).setValue("Water security");
        _get(TextArea.class, spec -> spec.withId("proposal-wording")).setValue("The Parties shall share water data.");
        _get(TextArea.class, spec -> spec.withId("proposal-justification")).setValue("Rivers cross borders");
        _click(_get(Button.class, spec -> spec.withId("propose-article")));
        WorkspaceViewsTest.eventually(() ->
                assertThat(proposal("Water security").getElement().getAttribute("data-state")).isEqualTo("PENDING"));
        String id = proposal("Water security").getId().orElseThrow().substring("proposal-".length());
        assertThat(WorkspaceViewsTest.present("withdraw-" + id)).as("the proposer may withdraw").isTrue();
        assertThat(WorkspaceViewsTest.present("cosponsor-" + id)).isFalse();
        KaribuSupport.close();

        open("kgz.head", DEMO);
        WorkspaceViewsTest.eventually(() -> assertThat(WorkspaceViewsTest.present("cosponsor-" + id)).isTrue());
        _click(_get(Button.class, spec -> spec.withId("cosponsor-" + id)));
        WorkspaceViewsTest.eventually(() ->
                assertThat(proposal("Water security").getElement().getTextRecursively()).contains("KGZ"));
        assertThat(WorkspaceViewsTest.present("incorporate-" + id)).as("only the chair decides").isFalse();
        KaribuSupport.close();

        open("un.observer", DEMO);
        WorkspaceViewsTest.eventually(() -> assertThat(proposal("Water security").getElement().getTextRecursively())
                .contains("The Parties shall share water data."));
        assertThat(WorkspaceViewsTest.present("proposal-form")).as("observers propose nothing").isFalse();
        assertThat(WorkspaceViewsTest.present("cosponsor-" + id)).isFalse();
        WorkspaceViewsTest.refused(RejectionReason.OBSERVERS_CANNOT_ACT,
                () -> client.proposeArticle(NEGOTIATION, "Observers' article", "Text.", ""));
        KaribuSupport.close();

        open("chair", DEMO);
        assertThat(WorkspaceViewsTest.present("proposal-form")).as("the chair proposes no article").isFalse();
        _click(_get(Button.class, spec -> spec.withId("incorporate-" + id)));
        WorkspaceViewsTest.eventually(() -> {
            assertThat(WorkspaceViewsTest.outlineHeadings()).anyMatch(heading -> heading.contains("Water security"));
            assertThat(proposal("Water security").getElement().getAttribute("data-state")).isEqualTo("INCORPORATED");
        });
    }

}
