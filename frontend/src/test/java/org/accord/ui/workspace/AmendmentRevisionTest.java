package org.accord.ui.workspace;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import org.accord.AccordApplication;
import org.accord.api.amendment.AmendmentId;
import org.accord.api.amendment.AmendmentKind;
import org.accord.api.drafting.ReviseClause;
import org.accord.api.negotiation.AddArticle;
import org.accord.api.shared.ArticleId;
import org.accord.api.shared.RejectionReason;
import org.accord.testing.FreshDatabaseInitializer;
import org.accord.ui.KaribuSupport;
import org.accord.ui.chair.NegotiationFixture;
import org.accord.ui.negotiation.NegotiationClient;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ContextConfiguration;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.accord.ui.workspace.WorkspaceViewsTest.eventually;
import static org.accord.ui.workspace.WorkspaceViewsTest.present;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The proposer revises its amendment from the workspace: after the wording it amended is gone
 * (needs revision), the card offers "Revise", the form opens on the amendment, and revising it on
 * the current wording makes it pending again; nobody else gets the action and the server refuses
 * them the command.
 */
@SpringBootTest(classes = AccordApplication.class,
        properties = {"accord.demo.enabled=true", "accord.demo.password=karibu-password"})
@ContextConfiguration(initializers = FreshDatabaseInitializer.class)
class AmendmentRevisionTest {

    static final String WORDING = "The Parties build a regional security space.";

    @Autowired ApplicationContext context;
    @Autowired NegotiationClient client;
    @Autowired CommandGateway commands;

    @AfterEach
    void close() {
        KaribuSupport.close();
    }

    void open(String username, NegotiationFixture.Opened negotiation) {
        KaribuSupport.openAs(username, context);
        UI.getCurrent().navigate("negotiations/" + negotiation.id().value(),
                QueryParameters.of("clause", negotiation.article().value()));
        eventually(() -> assertThat(_get(H3.class, spec -> spec.withId("clause-heading")).getText()).isNotBlank());
    }

    static Div card(AmendmentId id) {
        return _get(Div.class, spec -> spec.withId("amendment-" + id.value()));
    }

    @Test
    void the_proposer_revises_an_amendment_whose_words_are_gone_and_it_is_pending_again() {
        NegotiationFixture fixture = new NegotiationFixture(context);
        NegotiationFixture.Opened negotiation = fixture.open("Revision of amendments");
        int from = WORDING.indexOf("regional security space");
        AmendmentId amendment = fixture.as("kaz.head", () -> client.tableAmendment(negotiation.id(), negotiation.article(),
                1, AmendmentKind.SUBSTITUTION, from, from + "regional security space".length(), "common security area",
                "A space is not an institution"));
        // the chair rewrites the phrase the amendment replaced: it now needs revision
        fixture.as("chair", () -> commands.sendAndWait(new ReviseClause(negotiation.id(), negotiation.article(), 1,
                from, from + "regional security space".length(), "indivisible security")));

        open("kaz.head", negotiation);
        eventually(() -> assertThat(card(amendment).getElement().getAttribute("data-state")).isEqualTo("NEEDS_REVISION"));
        _click(_get(Button.class, spec -> spec.withId("revise-" + amendment.value())));

        assertThat(_get(Paragraph.class, spec -> spec.withId("amendment-revising")).getText())
                .startsWith("The wording changed and the words your Substitution amended (revision 1) are gone");
        assertThat(_get(TextField.class, spec -> spec.withId("amendment-words")).getValue()).isEqualTo("regional security space");
        assertThat(_get(TextArea.class, spec -> spec.withId("amendment-text")).getValue()).isEqualTo("common security area");
        assertThat(_get(TextArea.class, spec -> spec.withId("amendment-justification")).getValue())
                .isEqualTo("A space is not an institution");
        assertThat(_get(Span.class, spec -> spec.withId("amendment-problem")).getText()).isNotBlank();
        assertThat(_get(Button.class, spec -> spec.withId("table-amendment")).getText()).isEqualTo("Revise the amendment");

        _get(TextField.class, spec -> spec.withId("amendment-words")).setValue("indivisible security");
        _click(_get(Button.class, spec -> spec.withId("table-amendment")));

        eventually(() -> {
            Div revised = card(amendment);
            assertThat(revised.getElement().getAttribute("data-state")).isEqualTo("PENDING");
            assertThat(revised.getElement().getTextRecursively()).contains("deleted: indivisible").contains("inserted: common")
                    .contains("inserted:  area");
        });
        assertThat(present("amendment-revising")).as("the form is back to tabling").isFalse();
        assertThat(_get(Button.class, spec -> spec.withId("table-amendment")).getText()).isEqualTo("Table the amendment");
        assertThat(present("revise-" + amendment.value())).as("a pending amendment may be revised again").isTrue();
        KaribuSupport.close();

        open("chair", negotiation);
        eventually(() -> assertThat(card(amendment).getElement().getAttribute("data-state")).isEqualTo("PENDING"));
        assertThat(present("revise-" + amendment.value())).as("only the proposer revises").isFalse();
        WorkspaceViewsTest.refused(RejectionReason.NOT_THE_PROPOSER, () -> fixture.as("chair", () -> {
            client.reviseAmendment(negotiation.id(), amendment, 2, AmendmentKind.DELETION, 0, 4, "", "");
            return null;
        }));
    }

    @Test
    void a_head_proposes_moving_an_article_and_the_chair_incorporates_the_move() {
        NegotiationFixture fixture = new NegotiationFixture(context);
        NegotiationFixture.Opened negotiation = fixture.open("Order of articles");
        ArticleId second = ArticleId.random();
        fixture.as("chair", () -> commands.sendAndWait(new AddArticle(negotiation.id(), second, "Definitions",
                "For the purposes of this Charter.")));

        open("kaz.head", negotiation);
        eventually(() -> assertThat(WorkspaceViewsTest.outlineHeadings()).hasSize(2));
        @SuppressWarnings("unchecked")
        Select<ArticleId> after = _get(Select.class, spec -> spec.withId("move-after"));
        assertThat(after.getListDataView().getItems().toList()).containsExactly(second);
        after.setValue(second);
        _get(TextArea.class, spec -> spec.withId("move-justification")).setValue("Definitions come first");
        _click(_get(Button.class, spec -> spec.withId("propose-move")));
        eventually(() -> assertThat(_get(Paragraph.class, spec -> spec.withClasses("amendment-move")).getText())
                .isEqualTo("Moves the article after Article 2: Definitions."));
        Div card = WorkspaceViewsTest.amendment("Definitions come first");
        String id = WorkspaceViewsTest.idOf(card);
        assertThat(card.getElement().getAttribute("data-state")).isEqualTo("PENDING");
        KaribuSupport.close();

        open("chair", negotiation);
        assertThat(present("propose-move-form")).as("the chair proposes no move").isFalse();
        WorkspaceViewsTest.refused(RejectionReason.CHAIR_TABLES_NO_AMENDMENT, () -> fixture.as("chair",
                () -> client.proposeMove(negotiation.id(), negotiation.article(), second, "")));
        _click(_get(Button.class, spec -> spec.withId("incorporate-" + id)));
        eventually(() -> assertThat(WorkspaceViewsTest.outlineHeadings().get(0)).contains("Definitions"));
    }
}
