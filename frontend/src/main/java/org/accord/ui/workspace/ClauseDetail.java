package org.accord.ui.workspace;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import org.accord.api.amendment.AmendmentId;
import org.accord.api.comment.CommentId;
import org.accord.api.negotiation.ArticleView;
import org.accord.api.negotiation.Capabilities;
import org.accord.api.negotiation.Capability;
import org.accord.api.negotiation.NegotiationView;
import org.accord.api.position.PositionKind;
import org.accord.api.shared.ArticleId;
import org.accord.api.shared.NegotiationId;
import org.accord.ui.coediting.ClauseEditor;
import org.accord.ui.Errors;
import org.accord.ui.i18n.Translations;
import org.accord.ui.negotiation.ClauseBadges;
import org.accord.ui.negotiation.NegotiationClient;

import java.util.List;

/**
 * One clause in detail: its wording — the live co-editor for those who may edit, the text for the
 * others — then its amendments, positions and comments. Made for one clause; live updates go to
 * each part, which re-renders only what changed, so the editor and every form keep their state.
 */
class ClauseDetail extends Div {

    private final NegotiationClient client;
    private final NegotiationId negotiation;
    private final ArticleId clauseId;
    private final H3 heading = new H3();
    private final Div status = new Div();
    private final Paragraph text = new Paragraph();
    private final Div editing = new Div();
    private final Span note = new Span();
    private final AmendmentsPanel amendments;
    private final PositionsPanel positions;
    private final CommentsPanel comments;
    private ClauseEditor editor;
    private Capabilities capabilities;
    private ArticleView clause;

    ClauseDetail(NegotiationClient client, NegotiationId negotiation, ArticleId clauseId) {
        this.client = client;
        this.negotiation = negotiation;
        this.clauseId = clauseId;
        setId("clause-detail");
        getElement().setAttribute("data-clause", clauseId.value());
        heading.setId("clause-heading");
        heading.getStyle().set("margin", "0");
        status.setId("clause-state");
        status.getStyle().set("display", "flex").set("gap", "var(--lumo-space-s)").set("align-items", "baseline");
        text.setId("clause-text");
        text.getStyle().set("white-space", "pre-wrap").set("font-size", "var(--lumo-font-size-l)");
        note.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        amendments = new AmendmentsPanel(new AmendmentCommands());
        positions = new PositionsPanel(new PositionCommands());
        comments = new CommentsPanel(this::comment);
        add(heading, status, text, editing, note, amendments, positions, comments);
    }

    ArticleId clauseId() {
        return clauseId;
    }

    /** The reader's time zone became known: times are shown again in it, forms and editor stay. */
    void timesChanged() {
        amendments.forgetShown();
        positions.forgetShown();
        comments.forgetShown();
    }

    void show(NegotiationView negotiationView, ArticleView shown, Capabilities granted) {
        clause = shown;
        capabilities = granted;
        heading.setText(ClauseBadges.heading(shown));
        status.removeAll();
        status.add(ClauseBadges.status(shown.status()), new Span(Translations.text("editor.revision", shown.revision())));
        text.setText(shown.text());
        boolean edits = granted.may(Capability.EDIT_TEXT);
        text.setVisible(!edits);
        if (edits != (editor != null)) {
            // only a change of the right to edit replaces the editor: a new one would reconnect
            editing.removeAll();
            editor = null;
            if (edits) {
                editing.add(editor(negotiationView));
            }
        }
        boolean frozen = !granted.mayEdit(clauseId);
        if (editor != null) {
            editor.setReadonly(frozen);
            editor.setLabel(Translations.text("editor.label", heading.getText()));
        }
        note.setText(edits && frozen ? Translations.text("editor.note.frozen") : "");
        amendments.show(shown, granted, negotiationView.articles());
        positions.show(shown, negotiationView.members(), granted);
        comments.show(shown, granted);
    }

    private Div editor(NegotiationView negotiationView) {
        editor = new ClauseEditor(negotiation.value(), clauseId.value());
        editor.setId("workspace-editor");
        editor.setWidthFull();
        Checkbox authorship = new Checkbox(Translations.text("editor.show-authorship"));
        authorship.setId("workspace-show-authorship");
        ClauseEditor bound = editor;
        authorship.addValueChangeListener(event -> bound.setShowAuthorship(event.getValue()));
        Button undo = new Button(Translations.text("editor.undo"), event -> bound.undo());
        undo.setId("workspace-undo");
        undo.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        Button redo = new Button(Translations.text("editor.redo"), event -> bound.redo());
        redo.setId("workspace-redo");
        redo.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        Div tools = new Div(authorship, undo, redo);
        tools.getStyle().set("display", "flex").set("gap", "var(--lumo-space-s)").set("align-items", "center")
                .set("flex-wrap", "wrap");
        return new Div(editor, tools);
    }

    private boolean comment(CommentId inReplyTo, String written) {
        return Errors.attempt(() -> client.comment(negotiation, clauseId, inReplyTo, written));
    }

    private final class AmendmentCommands implements AmendmentsPanel.Commands {
        @Override
        public boolean table(TableAmendmentForm.Draft draft) {
            return Errors.attempt(() -> client.tableAmendment(negotiation, clauseId, draft.revision(), draft.kind(),
                    draft.from(), draft.to(), draft.text(), draft.justification()));
        }

        @Override
        public boolean revise(AmendmentId amendment, TableAmendmentForm.Draft draft) {
            return Errors.attempt(() -> client.reviseAmendment(negotiation, amendment, draft.revision(), draft.kind(),
                    draft.from(), draft.to(), draft.text(), draft.justification()));
        }

        @Override
        public boolean proposeMove(ArticleId after, String justification) {
            return Errors.attempt(() -> client.proposeMove(negotiation, clauseId, after, justification));
        }

        @Override
        public void cosponsor(AmendmentId amendment) {
            client.cosponsorAmendment(negotiation, amendment);
        }

        @Override
        public void leave(AmendmentId amendment) {
            client.leaveAmendment(negotiation, amendment);
        }

        @Override
        public void withdraw(AmendmentId amendment) {
            client.withdrawAmendment(negotiation, amendment);
        }

        @Override
        public void incorporate(AmendmentId amendment) {
            client.incorporateAmendment(negotiation, amendment);
        }

        @Override
        public boolean reject(AmendmentId amendment, String reason) {
            return Errors.attempt(() -> client.rejectAmendment(negotiation, amendment, reason));
        }

        @Override
        public boolean combine(List<AmendmentId> chosen) {
            return Errors.attempt(() -> client.combineIntoOptions(negotiation, clauseId, chosen));
        }
    }

    private final class PositionCommands implements PositionsPanel.Commands {
        @Override
        public boolean declare(long revision, PositionKind kind, String statement) {
            return Errors.attempt(() -> client.declarePosition(negotiation, clauseId, capabilities.delegation(), revision,
                    kind, statement));
        }

        @Override
        public boolean reopen(String reason) {
            return Errors.attempt(() -> client.reopenClause(negotiation, clauseId, capabilities.delegation(), reason));
        }
    }
}
