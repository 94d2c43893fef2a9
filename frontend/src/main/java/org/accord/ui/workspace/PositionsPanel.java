package org.accord.ui.workspace;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.accord.api.negotiation.ArticleView;
import org.accord.api.negotiation.Capabilities;
import org.accord.api.negotiation.Capability;
import org.accord.api.negotiation.DelegationView;
import org.accord.api.position.ClauseStatus;
import org.accord.api.position.PositionKind;
import org.accord.api.position.PositionView;
import org.accord.ui.DelegationColours;
import org.accord.ui.i18n.Translations;
import org.accord.ui.i18n.UserTime;

import java.util.List;
import java.util.Optional;

/**
 * Who stands where on one clause — every member delegation in its colour, positions given on an
 * earlier wording marked stale — and, for a head of delegation, the one control to declare the
 * state's position on the current revision, or to reopen an agreed clause. What the head chose or
 * typed survives live updates; only the revision it applies to follows the clause.
 */
class PositionsPanel extends Div {

    interface Commands {
        boolean declare(long revision, PositionKind kind, String statement);

        boolean reopen(String reason);
    }

    private final Div list = new Div();
    private final Div declare = new Div();
    private final Span onRevision = new Span();
    private final RadioButtonGroup<PositionKind> kind = new RadioButtonGroup<>();
    private final TextArea statement = new TextArea();
    private final Div reopen = new Div();
    private final TextField reopenReason = new TextField();
    private List<Object> shown = List.of();
    private long revision;

    PositionsPanel(Commands commands) {
        setId("positions-panel");
        list.setId("positions");
        list.getStyle().set("display", "flex").set("flex-direction", "column").set("gap", "var(--lumo-space-xs)");
        kind.setId("position-kind");
        kind.setLabel(Translations.text("positions.declare"));
        kind.setItems(PositionKind.values());
        kind.setItemLabelGenerator(Translations::label);
        kind.addValueChangeListener(event -> statementLabel());
        statement.setId("position-statement");
        statement.setWidthFull();
        statementLabel();
        onRevision.setId("position-revision");
        Button send = Actions.button("declare-position", Translations.text("positions.send"), () -> {
            if (kind.getValue() != null && commands.declare(revision, kind.getValue(), statement.getValue())) {
                statement.clear();
            }
        });
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        declare.setId("declare");
        declare.add(kind, onRevision, statement, new Div(send));
        declare.getStyle().set("margin-top", "var(--lumo-space-s)").set("padding", "var(--lumo-space-s)")
                .set("background", "var(--lumo-contrast-5pct)").set("border-radius", "var(--lumo-border-radius-m)");
        reopenReason.setId("reopen-reason");
        reopenReason.setLabel(Translations.text("positions.reopen-reason"));
        Button reopenButton = Actions.button("reopen-clause", Translations.text("positions.reopen"), () -> {
            if (commands.reopen(reopenReason.getValue())) {
                reopenReason.clear();
            }
        });
        reopen.add(reopenReason, reopenButton);
        reopen.getStyle().set("display", "flex").set("gap", "var(--lumo-space-s)").set("align-items", "baseline")
                .set("flex-wrap", "wrap");
        add(new H4(Translations.text("positions.title")), list, declare, reopen);
    }

    /** The next update re-renders the list (its times, once the reader's zone is known). */
    void forgetShown() {
        shown = List.of();
    }

    void show(ArticleView clause, List<DelegationView> members, Capabilities granted) {
        revision = clause.revision();
        onRevision.setText(Translations.text("positions.on-revision", clause.revision()));
        boolean head = granted.may(Capability.DECLARE_POSITION);
        declare.setVisible(head);
        reopen.setVisible(head && (clause.status() == ClauseStatus.AGREED
                || clause.status() == ClauseStatus.AGREED_AD_REFERENDUM));
        List<Object> next = List.of(clause.positions(), members, clause.revision());
        if (next.equals(shown)) {
            return;
        }
        shown = next;
        list.removeAll();
        for (DelegationView member : members) {
            list.add(row(member, clause.positions().stream()
                    .filter(p -> p.delegation().equals(member.code())).findFirst()));
        }
    }

    private static Div row(DelegationView member, Optional<PositionView> position) {
        Div row = new Div();
        row.setId("position-" + member.code().value());
        row.addClassName("position");
        row.getStyle().set("display", "flex").set("gap", "var(--lumo-space-s)").set("flex-wrap", "wrap")
                .set("align-items", "baseline").set("font-size", "var(--lumo-font-size-s)");
        row.add(DelegationColours.badge(member.code(), member.code().value()));
        if (position.isEmpty()) {
            Span none = new Span(Translations.text("positions.none"));
            none.getStyle().set("color", "var(--lumo-secondary-text-color)");
            row.add(none);
            row.getElement().setAttribute("data-kind", "NONE");
            return row;
        }
        PositionView given = position.get();
        row.getElement().setAttribute("data-kind", given.kind().name());
        row.getElement().setAttribute("data-stale", String.valueOf(!given.current()));
        Span kind = new Span(Translations.label(given.kind()));
        kind.addClassName("position-kind");
        kind.getStyle().set("font-weight", "600");
        row.add(kind);
        if (!given.current()) {
            kind.getStyle().set("text-decoration", "line-through");
            Span stale = new Span(Translations.text("positions.stale", given.revision()));
            stale.addClassName("stale");
            stale.getStyle().set("color", "var(--lumo-error-text-color)");
            row.add(stale);
        } else {
            row.add(new Span(Translations.text("positions.on-revision", given.revision())));
        }
        if (!given.statement().isBlank()) {
            row.add(new Span("«" + given.statement() + "»"));
        }
        Span by = new Span(Translations.text("positions.by", given.declaredBy(), UserTime.dateTime(given.declaredAt())));
        by.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-xs)");
        row.add(by);
        return row;
    }

    private void statementLabel() {
        PositionKind chosen = kind.getValue();
        statement.setLabel(Translations.text(chosen == PositionKind.OBJECTION ? "positions.statement.reason"
                : chosen != null && chosen.needsStatement() ? "positions.statement.required"
                : "positions.statement.optional"));
        statement.setRequired(chosen != null && chosen.needsStatement());
    }
}
