package org.accord.ui.history;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import org.accord.api.amendment.AmendmentView;
import org.accord.api.drafting.ClauseKind;
import org.accord.api.history.Comparison;
import org.accord.api.history.Comparison.ClauseComparison;
import org.accord.api.history.Comparison.DiffSegment;
import org.accord.api.history.Comparison.PositionChange;
import org.accord.api.history.HistoryExtent;
import org.accord.api.negotiation.NegotiationView;
import org.accord.api.position.ClauseStatus;
import org.accord.api.position.PositionView;
import org.accord.api.shared.NegotiationId;
import org.accord.ot.diff.WordDiff;
import org.accord.ui.Errors;
import org.accord.ui.i18n.Translations;
import org.accord.ui.negotiation.ClauseBadges;
import org.accord.ui.workspace.TrackChanges;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Compares two points of the history (issue 6): each chosen by milestone, date and time, event
 * number, or as the start or now; per clause that differs, its number and heading, revision and
 * status before and after, its wording with insertions and deletions marked as in the workspace,
 * the positions that changed and the amendments decided in between; then the decided proposals of
 * new articles. Opens on the last milestone (or the start) compared with now.
 */
class ComparePanel extends Div implements HistoryPanel {

    private final HistoryClient client;
    private final ComparePoint from;
    private final ComparePoint to;
    private final Button compare = new Button(Translations.text("history.compare.run"));
    private final Paragraph summary = new Paragraph();
    private final Div clauses = new Div();
    private final Div proposals = new Div();
    private NegotiationId negotiation;

    ComparePanel(HistoryClient client) {
        this.client = client;
        setId("history-compare");
        from = new ComparePoint(client, "compare-from", Translations.text("history.compare.from"));
        to = new ComparePoint(client, "compare-to", Translations.text("history.compare.to"));
        compare.setId("compare-run");
        compare.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        compare.addClickListener(click -> compare());
        summary.setId("compare-summary");
        summary.getElement().setAttribute("role", "status");
        clauses.setId("compare-clauses");
        proposals.setId("compare-proposals");
        Div result = new Div(summary, clauses, proposals);
        result.getElement().setAttribute("aria-live", "polite");
        setWidthFull();
        add(from, to, compare, result);
    }

    @Override
    public void open(NegotiationView current, HistoryExtent extent) {
        negotiation = current.negotiationId();
        from.open(negotiation, extent, false);
        to.open(negotiation, extent, true);
        compare();
    }

    /** Compares the two chosen points; a refusal is told, and the last result stays. */
    void compare() {
        Errors.attempt(() -> show(client.compare(negotiation, from.sequence(), to.sequence())));
    }

    ComparePoint from() {
        return from;
    }

    ComparePoint to() {
        return to;
    }

    private void show(Comparison comparison) {
        from.resolvedTo(comparison.fromSequence(), comparison.fromAt());
        to.resolvedTo(comparison.toSequence(), comparison.toAt());
        summary.setText(Translations.text("history.compare.summary", comparison.clauses().size(), comparison.unchanged()));
        clauses.removeAll();
        comparison.clauses().forEach(clause -> clauses.add(clause(clause)));
        proposals.removeAll();
        if (!comparison.decidedProposals().isEmpty()) {
            UnorderedList list = new UnorderedList();
            comparison.decidedProposals().forEach(proposal -> list.add(proposal(proposal)));
            proposals.add(new H3(Translations.text("history.compare.proposals")), list);
        }
    }

    private Component clause(ClauseComparison clause) {
        Div card = new Div();
        card.setId("compare-clause-" + clause.clauseId().value());
        card.addClassName("compare-clause");
        card.getElement().setAttribute("role", "article");
        card.getStyle().set("border-top", "1px solid var(--lumo-contrast-20pct)").set("padding", "var(--lumo-space-s) 0");
        H4 heading = new H4(change(clause, c -> label(c.kind(), c.numberBefore(), c.headingBefore()),
                c -> label(c.kind(), c.numberAfter(), c.headingAfter())));
        heading.addClassName("compare-heading");
        card.add(heading, facts(clause), wording(clause));
        if (!clause.positions().isEmpty()) {
            card.add(labelled("history.compare.positions", positions(clause.positions())));
        }
        if (!clause.decided().isEmpty()) {
            UnorderedList decided = new UnorderedList();
            decided.addClassName("compare-decided");
            clause.decided().forEach(amendment -> decided.add(amendment(amendment)));
            card.add(labelled("history.compare.decided", decided));
        }
        return card;
    }

    /** "Article 3. Energy" or "Article 4. Energy → Article 3. Energy", "(absent)" on the side it did not exist. */
    private static String change(ClauseComparison clause, Function<ClauseComparison, String> before,
                                 Function<ClauseComparison, String> after) {
        String was = clause.numberBefore() == null ? Translations.text("history.compare.absent") : before.apply(clause);
        String is = clause.numberAfter() == null ? Translations.text("history.compare.absent") : after.apply(clause);
        return was.equals(is) ? is : was + " → " + is;
    }

    private static String label(ClauseKind kind, Integer number, String heading) {
        return switch (kind) {
            case ARTICLE -> Translations.text("article.heading", number, heading);
            case PARAGRAPH -> Translations.text("article.paragraph", number);
            case PREAMBLE -> Translations.text("article.preamble");
        };
    }

    private static Component facts(ClauseComparison clause) {
        FlexLayout line = new FlexLayout();
        line.addClassName("compare-facts");
        line.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        line.setAlignItems(FlexLayout.Alignment.CENTER);
        line.getStyle().set("gap", "var(--lumo-space-xs)").set("font-size", "var(--lumo-font-size-s)");
        line.add(status(clause.statusBefore()));
        if (clause.statusBefore() != clause.statusAfter()) {
            line.add(arrow(), status(clause.statusAfter()));
        }
        Span revision = new Span(change(clause, c -> Translations.text("article.revision", c.revisionBefore()),
                c -> Translations.text("article.revision", c.revisionAfter())));
        revision.addClassName("compare-revision");
        line.add(revision);
        return line;
    }

    private static Component status(ClauseStatus status) {
        if (status == null) {
            return new Span(Translations.text("history.compare.absent"));
        }
        return ClauseBadges.status(status);
    }

    private static Span arrow() {
        Span arrow = new Span("→");
        arrow.getElement().setAttribute("aria-label", Translations.text("history.compare.becomes"));
        return arrow;
    }

    private static Component wording(ClauseComparison clause) {
        List<WordDiff.Segment> segments = clause.wording().stream().map(ComparePanel::segment).toList();
        Div wording = TrackChanges.of(segments);
        wording.addClassName("compare-wording");
        wording.getElement().setAttribute("data-changed", String.valueOf(clause.wordingChanged()));
        return wording;
    }

    private static WordDiff.Segment segment(DiffSegment segment) {
        return new WordDiff.Segment(WordDiff.Kind.valueOf(segment.kind().name()), segment.text());
    }

    private static Component positions(List<PositionChange> changes) {
        UnorderedList list = new UnorderedList();
        list.addClassName("compare-positions");
        for (PositionChange change : changes) {
            ListItem item = new ListItem(position(change.before()), arrow(), position(change.after()));
            item.getElement().setAttribute("data-delegation", change.delegation().value());
            item.getStyle().set("display", "flex").set("gap", "var(--lumo-space-xs)").set("flex-wrap", "wrap");
            list.add(item);
        }
        return list;
    }

    private static Component position(PositionView position) {
        return Optional.ofNullable(position).<Component>map(ClauseBadges::position)
                .orElseGet(() -> new Span(Translations.text("history.compare.no-position")));
    }

    private static ListItem amendment(AmendmentView amendment) {
        ListItem item = new ListItem(Translations.text("history.compare.amendment", amendment.proposer(),
                Translations.label(amendment.kind()), Translations.label(amendment.state())));
        item.getElement().setAttribute("data-state", amendment.state().name());
        item.setId("compare-amendment-" + amendment.amendmentId().value());
        return item;
    }

    private static ListItem proposal(AmendmentView proposal) {
        ListItem item = new ListItem(Translations.text("history.compare.proposal",
                Objects.requireNonNullElse(proposal.heading(), ""), proposal.proposer(),
                Translations.label(proposal.state())));
        item.getElement().setAttribute("data-state", proposal.state().name());
        item.setId("compare-proposal-" + proposal.amendmentId().value());
        return item;
    }

    private static Component labelled(String key, Component content) {
        Span caption = new Span(Translations.text(key));
        caption.getStyle().set("font-weight", "600").set("font-size", "var(--lumo-font-size-s)");
        return new Div(caption, content);
    }
}
