package org.accord.ui.workspace;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import org.accord.api.amendment.AmendmentId;
import org.accord.api.amendment.AmendmentKind;
import org.accord.api.amendment.AmendmentView;
import org.accord.api.drafting.ClauseKind;
import org.accord.api.negotiation.ArticleView;
import org.accord.api.negotiation.Capabilities;
import org.accord.api.negotiation.Capability;
import org.accord.api.shared.ArticleId;
import org.accord.api.shared.DelegationCode;
import org.accord.ui.DelegationColours;
import org.accord.ui.i18n.Translations;
import org.accord.ui.i18n.UserTime;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The amendments of one clause as track changes with who backs them and where they stand, the
 * actions the server grants on each, the chair's combining into options, and the form to table
 * one. An amendment's card is re-rendered only when that amendment (or what the person may do)
 * changed; the form and the chair's choices survive every update.
 */
class AmendmentsPanel extends Div {

    interface Commands {
        boolean table(TableAmendmentForm.Draft draft);

        boolean revise(AmendmentId amendment, TableAmendmentForm.Draft draft);

        boolean proposeMove(ArticleId after, String justification);

        void cosponsor(AmendmentId amendment);

        void leave(AmendmentId amendment);

        void withdraw(AmendmentId amendment);

        void incorporate(AmendmentId amendment);

        boolean reject(AmendmentId amendment, String reason);

        boolean combine(List<AmendmentId> amendments);
    }

    private final Commands commands;
    private final Div list = new Div();
    private final Paragraph none = new Paragraph(Translations.text("amendments.none"));
    private final Button combine;
    private final TableAmendmentForm form;
    private final ProposeMoveForm move;
    private final Map<ArticleId, ArticleView> articles = new HashMap<>();
    private final Map<AmendmentId, Div> cards = new HashMap<>();
    private final Map<AmendmentId, AmendmentView> shown = new HashMap<>();
    private final Set<AmendmentId> chosen = new LinkedHashSet<>();
    private List<AmendmentId> order = List.of();
    private Capabilities capabilities;

    AmendmentsPanel(Commands commands) {
        this.commands = commands;
        setId("amendments-panel");
        list.setId("amendments");
        none.getStyle().set("color", "var(--lumo-secondary-text-color)");
        combine = Actions.button("combine-options", Translations.text("amendments.combine"), () -> {
            if (commands.combine(List.copyOf(chosen))) {
                chosen.clear();
            }
        });
        form = new TableAmendmentForm(commands::table, commands::revise);
        move = new ProposeMoveForm(commands::proposeMove);
        add(new H4(Translations.text("amendments.title")), none, list, combine, form, move);
    }

    /** The next update re-renders every card (their times, once the reader's zone is known). */
    void forgetShown() {
        shown.clear();
    }

    void show(ArticleView clause, Capabilities granted, List<ArticleView> charter) {
        boolean targetsChanged = !charter.stream().allMatch(article -> sameTarget(article, articles.get(article.articleId())))
                || charter.size() != articles.size();
        articles.clear();
        charter.forEach(article -> articles.put(article.articleId(), article));
        boolean grantsChanged = !Objects.equals(granted, capabilities) || targetsChanged;
        capabilities = granted;
        List<AmendmentView> amendments = clause.amendments().stream()
                .filter(a -> a.kind() != AmendmentKind.NEW_CLAUSE).toList();
        List<AmendmentId> next = amendments.stream().map(AmendmentView::amendmentId).toList();
        for (AmendmentView amendment : amendments) {
            AmendmentId id = amendment.amendmentId();
            if (grantsChanged || !amendment.equals(shown.get(id))) {
                Div fresh = card(amendment);
                Div old = cards.put(id, fresh);
                if (old != null && next.equals(order)) {
                    list.replace(old, fresh);
                }
                shown.put(id, amendment);
            }
        }
        cards.keySet().retainAll(next);
        shown.keySet().retainAll(next);
        chosen.retainAll(amendments.stream().filter(a -> a.state().isOpen()).map(AmendmentView::amendmentId).toList());
        if (!next.equals(order)) {
            list.removeAll();
            next.forEach(id -> list.add(cards.get(id)));
            order = next;
        }
        none.setVisible(amendments.isEmpty());
        boolean decides = granted.may(Capability.DECIDE_AMENDMENTS);
        combine.setVisible(decides && amendments.stream().filter(a -> a.state().isOpen()).count() >= 2);
        combine.setEnabled(chosen.size() >= 2);
        form.setVisible(granted.may(Capability.TABLE_AMENDMENT));
        form.setClause(clause);
        move.setVisible(granted.may(Capability.TABLE_AMENDMENT) && clause.kind() == ClauseKind.ARTICLE);
        move.setArticles(clause, charter);
        form.keepRevisingOnly(amendments.stream().filter(granted::mayRevise).map(AmendmentView::amendmentId)
                .collect(java.util.stream.Collectors.toSet()));
    }

    private Div card(AmendmentView amendment) {
        String id = amendment.amendmentId().value();
        Div card = new Div();
        card.setId("amendment-" + id);
        card.addClassName("amendment");
        card.getElement().setAttribute("data-state", amendment.state().name());
        card.getStyle().set("padding", "var(--lumo-space-s)").set("margin-bottom", "var(--lumo-space-s)")
                .set("border", "1px solid var(--lumo-contrast-10pct)").set("border-radius", "var(--lumo-border-radius-m)")
                .set("border-left", "4px solid " + DelegationColours.of(amendment.proposer()));
        Div head = new Div();
        head.getStyle().set("display", "flex").set("gap", "var(--lumo-space-s)").set("flex-wrap", "wrap")
                .set("align-items", "baseline").set("font-size", "var(--lumo-font-size-s)");
        Span state = new Span(Translations.label(amendment.state()));
        state.addClassName("amendment-state");
        state.getStyle().set("font-weight", "600");
        head.add(new Span(Translations.label(amendment.kind())), state);
        if (amendment.option()) {
            head.add(new Span(Translations.text("amendments.option")));
        }
        head.add(new Span(Translations.text("amendments.proposer")), DelegationColours.badge(amendment.proposer(),
                amendment.proposer().value()));
        if (!amendment.cosponsors().isEmpty()) {
            head.add(new Span(Translations.text("amendments.cosponsors")));
            for (DelegationCode cosponsor : amendment.cosponsors()) {
                head.add(DelegationColours.badge(cosponsor, cosponsor.value()));
            }
        }
        card.add(head);
        if (amendment.kind() == AmendmentKind.MOVE) {
            ArticleView target = amendment.moveAfter() == null ? null : articles.get(amendment.moveAfter());
            Paragraph where = new Paragraph(amendment.moveAfter() == null ? Translations.text("amendments.move.top")
                    : target == null ? Translations.text("amendments.move.after-gone", amendment.moveAfter().value())
                    : Translations.text("amendments.move.after", target.number(), target.heading()));
            where.addClassName("amendment-move");
            card.add(where);
        } else {
            Div diff = TrackChanges.of(TrackChanges.of(amendment));
            diff.addClassName("amendment-diff");
            diff.getStyle().set("margin", "var(--lumo-space-xs) 0");
            card.add(diff);
        }
        if (!amendment.justification().isBlank()) {
            Paragraph why = new Paragraph(Translations.text("amendments.justification", amendment.justification()));
            why.getStyle().set("margin", "0").set("font-size", "var(--lumo-font-size-s)");
            card.add(why);
        }
        if (!amendment.decision().isBlank()) {
            Paragraph decision = new Paragraph(Translations.text("amendments.decision", amendment.decision()));
            decision.addClassName("amendment-decision");
            decision.getStyle().set("margin", "0").set("font-size", "var(--lumo-font-size-s)");
            card.add(decision);
        }
        Span tabled = new Span(Translations.text("amendments.tabled", amendment.tabledBy(),
                UserTime.dateTime(amendment.tabledAt()), amendment.baseRevision()));
        tabled.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-xs)");
        card.add(new Div(tabled));
        card.add(actions(amendment));
        return card;
    }

    /** Whether a move's card would name {@code article} the same way (its number and heading). */
    private static boolean sameTarget(ArticleView article, ArticleView before) {
        return before != null && before.number() == article.number() && before.heading().equals(article.heading());
    }

    private Div actions(AmendmentView amendment) {
        AmendmentId amendmentId = amendment.amendmentId();
        String id = amendmentId.value();
        Div actions = new Div();
        actions.getStyle().set("display", "flex").set("gap", "var(--lumo-space-s)").set("flex-wrap", "wrap")
                .set("align-items", "center").set("margin-top", "var(--lumo-space-xs)");
        if (capabilities.mayCosponsor(amendment)) {
            actions.add(Actions.button("cosponsor-" + id, Translations.text("amendments.cosponsor"),
                    () -> commands.cosponsor(amendmentId)));
        }
        if (capabilities.mayRevise(amendment)) {
            actions.add(Actions.button("revise-" + id, Translations.text("amendments.revise"), () -> form.revise(amendment)));
        }
        if (capabilities.mayLeave(amendment)) {
            actions.add(Actions.button("leave-" + id, Translations.text("amendments.leave"),
                    () -> commands.leave(amendmentId)));
        }
        if (capabilities.mayWithdraw(amendment)) {
            actions.add(Actions.button("withdraw-" + id, Translations.text("amendments.withdraw"),
                    () -> commands.withdraw(amendmentId)));
        }
        if (capabilities.mayDecide(amendment)) {
            actions.add(Actions.button("incorporate-" + id, Translations.text("amendments.incorporate"),
                    () -> commands.incorporate(amendmentId)));
            TextField reason = new TextField();
            reason.setId("reject-reason-" + id);
            reason.setPlaceholder(Translations.text("amendments.reject-reason"));
            reason.getElement().setAttribute("aria-label", Translations.text("amendments.reject-reason"));
            Button reject = Actions.button("reject-" + id, Translations.text("amendments.reject"), () -> {
                if (commands.reject(amendmentId, reason.getValue())) {
                    reason.clear();
                }
            });
            Checkbox pick = new Checkbox(Translations.text("amendments.pick"), chosen.contains(amendmentId));
            pick.setId("pick-" + id);
            pick.addValueChangeListener(event -> {
                if (event.getValue()) {
                    chosen.add(amendmentId);
                } else {
                    chosen.remove(amendmentId);
                }
                combine.setEnabled(chosen.size() >= 2);
            });
            actions.add(reason, reject, pick);
        }
        return actions;
    }
}
