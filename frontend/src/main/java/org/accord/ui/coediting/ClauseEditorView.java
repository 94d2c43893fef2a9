package org.accord.ui.coediting;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.PermitAll;
import org.accord.api.negotiation.ArticleView;
import org.accord.api.negotiation.Capabilities;
import org.accord.api.negotiation.Capability;
import org.accord.api.negotiation.NegotiationView;
import org.accord.api.shared.ArticleId;
import org.accord.api.shared.NegotiationId;
import org.accord.ui.MainLayout;
import org.accord.ui.i18n.Translations;
import org.accord.ui.live.LiveSubscription;
import org.accord.ui.negotiation.ClauseBadges;
import org.accord.ui.negotiation.NegotiationClient;

import java.util.Optional;

/**
 * Co-editing one clause: the live editor (its own WebSocket, docs/co-editing.md §5) with the
 * other editors' carets, an authorship view and the user's own undo and redo. The heading and
 * status follow the negotiation live. Observers are not offered the editor, and the server
 * refuses them anyway; the editor turns read-only while the text is frozen (silence, adoption).
 */
@Route(value = "negotiations/:negotiationId/clauses/:clauseId", layout = MainLayout.class)
@PermitAll
public class ClauseEditorView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final NegotiationClient client;
    private final H2 title = new H2();
    private final Span status = new Span();
    private final Paragraph note = new Paragraph();
    private final Anchor back = new Anchor();
    private final ClauseEditor editor = new ClauseEditor();
    private final Checkbox authorship = new Checkbox(Translations.text("editor.show-authorship"));
    private final Button undo = new Button(Translations.text("editor.undo"));
    private final Button redo = new Button(Translations.text("editor.redo"));
    private Registration live;

    public ClauseEditorView(NegotiationClient client) {
        this.client = client;
        title.setId("clause-title");
        status.setId("clause-status");
        note.setId("clause-note");
        editor.setId("clause-editor");
        editor.setWidthFull();
        authorship.setId("show-authorship");
        authorship.addValueChangeListener(event -> editor.setShowAuthorship(event.getValue()));
        undo.setId("undo");
        undo.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        undo.addClickListener(event -> editor.undo());
        redo.setId("redo");
        redo.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        redo.addClickListener(event -> editor.redo());
        HorizontalLayout tools = new HorizontalLayout(authorship, undo, redo);
        tools.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        back.setText(getTranslation("editor.back"));
        add(back, title, status, note, tools, editor);
        setMaxWidth("60rem");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        NegotiationId negotiation = NegotiationId.of(event.getRouteParameters().get("negotiationId").orElseThrow());
        ArticleId clause = ArticleId.of(event.getRouteParameters().get("clauseId").orElseThrow());
        back.setHref("negotiations/" + negotiation.value());
        if (live != null) {
            live.remove();
        }
        live = LiveSubscription.bind(this, () -> client.watchNegotiation(negotiation),
                initial -> initial.ifPresentOrElse(view -> show(view, clause), this::notFound),
                view -> show(view, clause));
    }

    private void show(NegotiationView negotiation, ArticleId clauseId) {
        Optional<ArticleView> found = negotiation.articles().stream()
                .filter(article -> article.articleId().equals(clauseId)).findFirst();
        if (found.isEmpty()) {
            notFound();
            return;
        }
        ArticleView clause = found.get();
        title.setText(ClauseBadges.heading(clause) + " · " + negotiation.title());
        status.removeAll();
        status.add(ClauseBadges.status(clause.status()), new Span(" " + Translations.text("editor.revision", clause.revision())));
        Capabilities granted = client.capabilities(negotiation.negotiationId());
        // participants (who may comment) see the live editor; it is read-only while they may not change the wording
        boolean participant = granted.may(Capability.EDIT_TEXT) || granted.may(Capability.COMMENT);
        boolean frozen = !granted.mayEdit(clauseId);
        if (participant) {
            // bound only for those who may edit: a bound editor connects at once
            editor.setNegotiationId(negotiation.negotiationId().value());
            editor.setClauseId(clauseId.value());
        }
        editor.setVisible(participant);
        authorship.setVisible(participant);
        undo.setVisible(participant && !frozen);
        redo.setVisible(participant && !frozen);
        editor.setReadonly(frozen);
        editor.setLabel(Translations.text("editor.label", title.getText()));
        note.setText(!participant ? Translations.text("editor.note.read-only")
                : frozen ? Translations.text("editor.note.frozen")
                : Translations.text("editor.note.live"));
    }

    private void notFound() {
        title.setText(getTranslation("editor.not-found"));
        editor.setVisible(false);
        authorship.setVisible(false);
        undo.setVisible(false);
        redo.setVisible(false);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("editor.page-title");
    }
}
