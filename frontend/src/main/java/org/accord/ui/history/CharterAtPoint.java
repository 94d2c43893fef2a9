package org.accord.ui.history;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import org.accord.api.amendment.AmendmentView;
import org.accord.api.milestone.MilestoneView;
import org.accord.api.negotiation.ArticleView;
import org.accord.api.negotiation.NegotiationView;
import org.accord.api.shared.ArticleId;
import org.accord.api.silence.SilenceView;
import org.accord.ui.DelegationColours;
import org.accord.ui.i18n.Translations;
import org.accord.ui.i18n.UserTime;
import org.accord.ui.negotiation.ClauseBadges;
import org.accord.ui.workspace.TrackChanges;

import java.util.stream.Collectors;

/**
 * The whole charter as it stood at one point of its history, read only: every unit in reading
 * order with its number, heading, wording, status, positions (stale ones marked) and amendments
 * (as track changes, with their state), then the open silence procedures and the texts issued so
 * far. The unit the act at that point touched is highlighted.
 */
final class CharterAtPoint extends Div {

    CharterAtPoint() {
        setId("travel-charter");
        getElement().setAttribute("aria-label", Translations.text("history.travel.read-only"));
        getStyle().set("display", "flex").set("flex-direction", "column").set("gap", "var(--lumo-space-m)");
    }

    void show(NegotiationView view, NegotiationView current, ArticleId touched) {
        removeAll();
        for (ArticleView article : view.articles()) {
            add(unit(article, article.articleId().equals(touched)));
        }
        add(silences(view, current), milestones(view));
    }

    void notOpened() {
        removeAll();
        Paragraph none = new Paragraph(Translations.text("history.travel.not-opened"));
        none.setId("travel-not-opened");
        add(none);
    }

    private static Div unit(ArticleView article, boolean touched) {
        H3 heading = new H3(ClauseBadges.heading(article));
        heading.getStyle().set("margin", "0").set("font-size", "var(--lumo-font-size-l)");
        Span revision = new Span(Translations.text("article.revision", article.revision()));
        revision.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        Div head = new Div(heading, ClauseBadges.status(article.status()), revision);
        head.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-s)")
                .set("align-items", "baseline");
        Div wording = new Div();
        wording.setText(article.text());
        wording.addClassName("travel-wording");
        wording.setId("travel-wording-" + article.articleId().value());
        wording.getStyle().set("white-space", "pre-wrap").set("line-height", "1.6");
        Div unit = new Div(head, wording, positions(article), amendments(article));
        unit.setId("travel-unit-" + article.articleId().value());
        unit.addClassName("travel-unit");
        unit.getElement().setAttribute("data-status", article.status().name());
        unit.getElement().setAttribute("data-revision", String.valueOf(article.revision()));
        unit.getStyle().set("padding", "var(--lumo-space-s) var(--lumo-space-m)")
                .set("border-radius", "var(--lumo-border-radius-m)").set("border", "1px solid var(--lumo-contrast-10pct)");
        if (touched) {
            unit.getElement().setAttribute("data-touched", "true");
            unit.getStyle().set("border", "2px solid var(--lumo-primary-color)").set("background", "var(--lumo-primary-color-10pct)");
            Span mark = new Span(Translations.text("history.travel.touched"));
            mark.addClassName("travel-touched");
            mark.getStyle().set("color", "var(--lumo-primary-text-color)").set("font-size", "var(--lumo-font-size-s)")
                    .set("font-weight", "600");
            head.add(mark);
        }
        return unit;
    }

    private static Div positions(ArticleView article) {
        Div positions = new Div();
        positions.addClassName("travel-positions");
        if (article.positions().isEmpty()) {
            Span none = new Span(Translations.text("history.travel.no-positions"));
            none.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
            positions.add(none);
        } else {
            positions.add(ClauseBadges.positions(article));
        }
        return positions;
    }

    private static Div amendments(ArticleView article) {
        Div list = new Div();
        list.addClassName("travel-amendments");
        if (article.amendments().isEmpty()) {
            return list;
        }
        H4 title = new H4(Translations.text("history.travel.amendments"));
        title.getStyle().set("margin", "var(--lumo-space-s) 0 0").set("font-size", "var(--lumo-font-size-s)");
        list.add(title);
        for (AmendmentView amendment : article.amendments()) {
            Span line = new Span(Translations.text("history.travel.amendment", Translations.label(amendment.kind()),
                    amendment.proposer().value(), Translations.label(amendment.state())));
            line.getStyle().set("font-size", "var(--lumo-font-size-s)");
            Div card = new Div(line, TrackChanges.amendment(amendment));
            card.setId("travel-amendment-" + amendment.amendmentId().value());
            card.addClassName("travel-amendment");
            card.getElement().setAttribute("data-state", amendment.state().name());
            card.getStyle().set("border-left", "4px solid " + DelegationColours.of(amendment.proposer()))
                    .set("padding-left", "var(--lumo-space-s)").set("margin-top", "var(--lumo-space-xs)");
            list.add(card);
        }
        return list;
    }

    private static Div silences(NegotiationView view, NegotiationView current) {
        Div section = section("travel-silences", "history.travel.silences");
        view.silences().stream().filter(s -> s.state() == SilenceView.State.OPEN).forEach(silence -> {
            String clauses = silence.clauses().isEmpty() ? Translations.text("history.travel.whole-charter")
                    : silence.clauses().stream().map(id -> TimelineSentences.clause(id, current))
                    .collect(Collectors.joining(", "));
            section.add(new Paragraph(Translations.text("history.travel.silence",
                    UserTime.deadline(silence.expiresAt(), view.timeZone()), clauses)));
        });
        noneIfEmpty(section);
        return section;
    }

    private static Div milestones(NegotiationView view) {
        Div section = section("travel-milestones", "history.travel.milestones");
        for (MilestoneView milestone : view.milestones()) {
            section.add(new Paragraph(Translations.text("history.travel.milestone-line", milestone.documentSymbol(),
                    Translations.text("console.milestone-kind." + milestone.kind().name()),
                    UserTime.dateTime(milestone.issuedAt()))));
        }
        noneIfEmpty(section);
        return section;
    }

    private static Div section(String id, String titleKey) {
        H4 title = new H4(Translations.text(titleKey));
        title.getStyle().set("margin", "0");
        Div section = new Div(title);
        section.setId(id);
        return section;
    }

    private static void noneIfEmpty(Div section) {
        if (section.getComponentCount() == 1) {
            section.add(new Paragraph(Translations.text("history.travel.none")));
        }
    }
}
