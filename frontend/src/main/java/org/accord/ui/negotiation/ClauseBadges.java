package org.accord.ui.negotiation;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.accord.api.amendment.AmendmentState;
import org.accord.api.negotiation.ArticleView;
import org.accord.api.position.ClauseStatus;
import org.accord.api.position.PositionView;

import org.accord.ui.i18n.Translations;

/** How a clause's status and the positions on it are shown: text and colour, never colour alone. */
public final class ClauseBadges {

    private ClauseBadges() {
    }

    public static Span status(ClauseStatus status) {
        Span badge = new Span(label(status));
        badge.addClassName("clause-status");
        badge.getElement().setAttribute("data-status", status.name());
        badge.getStyle().set("padding", "0 var(--lumo-space-s)").set("border-radius", "var(--lumo-border-radius-l)")
                .set("font-size", "var(--lumo-font-size-s)").set("font-weight", "600")
                .set("color", "white").set("background", colour(status));
        return badge;
    }

    public static String label(ClauseStatus status) {
        return Translations.label(status);
    }

    public static String colour(ClauseStatus status) {
        return switch (status) {
            case PROPOSED -> "var(--lumo-contrast-50pct)";
            case BRACKETED -> "var(--lumo-error-color)";
            case OPTIONS -> "hsl(35, 85%, 42%)";
            case AGREED_AD_REFERENDUM -> "hsl(150, 40%, 40%)";
            case AGREED, ADOPTED -> "var(--lumo-success-color)";
        };
    }

    public static Div positions(ArticleView article) {
        Div line = new Div();
        line.addClassName("positions");
        line.getStyle().set("display", "flex").set("gap", "var(--lumo-space-xs)").set("flex-wrap", "wrap")
                .set("font-size", "var(--lumo-font-size-s)");
        for (PositionView position : article.positions()) {
            line.add(position(position));
        }
        return line;
    }

    /** One delegation's position as a chip: "KAZ: endorse", struck through when stale; the statement as its title. */
    public static Span position(PositionView position) {
        Span chip = new Span(position.current()
                ? Translations.text("position.current", position.delegation(), Translations.label(position.kind()))
                : Translations.text("position.stale", position.delegation(), Translations.label(position.kind()),
                position.revision()));
        chip.addClassName("position-chip");
        chip.getElement().setAttribute("data-current", String.valueOf(position.current()));
        chip.getStyle().set("padding", "0 var(--lumo-space-xs)").set("border-radius", "var(--lumo-border-radius-s)")
                .set("background", "var(--lumo-contrast-10pct)");
        if (!position.current()) {
            chip.getStyle().set("text-decoration", "line-through").set("opacity", "0.7");
        }
        if (!position.statement().isBlank()) {
            chip.getElement().setAttribute("title", position.statement());
        }
        return chip;
    }

    public static String summary(ArticleView article) {
        long open = article.amendments().stream().filter(a -> a.state() == AmendmentState.PENDING
                || a.state() == AmendmentState.NEEDS_REVISION).count();
        String amendments = article.amendments().isEmpty() ? ""
                : " · " + Translations.text("article.amendments", article.amendments().size(), open);
        String comments = article.comments().isEmpty() ? ""
                : " · " + Translations.text("article.comments", article.comments().size());
        return amendments + comments;
    }

    /** The heading of a unit of the charter: "Article 3. Title", "Paragraph 2", "Preamble". */
    public static String heading(ArticleView article) {
        return switch (article.kind()) {
            case ARTICLE -> Translations.text("article.heading", article.number(), article.heading());
            case PARAGRAPH -> Translations.text("article.paragraph", article.number());
            case PREAMBLE -> Translations.text("article.preamble");
        };
    }
}
