package org.accord.ui.history;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import org.accord.api.history.FindTimeline;
import org.accord.api.history.HistoryExtent;
import org.accord.api.history.TimelineEntry;
import org.accord.api.history.TimelinePage;
import org.accord.api.negotiation.ArticleView;
import org.accord.api.negotiation.DelegationView;
import org.accord.api.negotiation.NegotiationView;
import org.accord.ui.Errors;
import org.accord.ui.i18n.Translations;
import org.accord.ui.i18n.UserTime;
import org.accord.ui.negotiation.ClauseBadges;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.function.LongConsumer;

/**
 * Every act of the negotiation in order, as sentences in the reader's language, filtered by
 * delegation, clause, kinds of act and time range, a page at a time by keyset ("load more" asks
 * for the acts after the last one shown: as fast on the last page as on the first). Each act can
 * open the charter as it stood right after it, in the time-travel tab.
 */
class TimelinePanel extends Div implements HistoryPanel {

    static final int PAGE = 50;

    private final HistoryClient client;
    private final LongConsumer travel;
    private final Select<DelegationView> delegation = new Select<>();
    private final Select<ArticleView> clause = new Select<>();
    private final MultiSelectComboBox<String> acts = new MultiSelectComboBox<>();
    private final DateTimePicker from = new DateTimePicker();
    private final DateTimePicker to = new DateTimePicker();
    private final Div entries = new Div();
    private final Paragraph status = new Paragraph();
    private final Button more = new Button(Translations.text("history.timeline.more"));
    private NegotiationView current;
    private FindTimeline next;
    private int shown;
    private boolean clearing;

    /** {@code travel} is told the sequence of an act whose charter the person wants to see. */
    TimelinePanel(HistoryClient client, LongConsumer travel) {
        this.client = client;
        this.travel = travel;
        setId("history-timeline");
        setWidthFull();
        entries.setId("timeline-entries");
        entries.getElement().setAttribute("role", "list");
        entries.getElement().setAttribute("aria-label", Translations.text("history.timeline.label"));
        entries.getStyle().set("display", "flex").set("flex-direction", "column").set("gap", "var(--lumo-space-xs)");
        status.setId("timeline-status");
        status.getElement().setAttribute("role", "status");
        more.setId("timeline-more");
        more.addClickListener(event -> Errors.attempt(this::loadMore));
        add(filters(), entries, status, more);
        UserTime.whenKnown(this, this::reload);
    }

    private Div filters() {
        delegation.setId("timeline-delegation");
        delegation.setLabel(Translations.text("history.filter.delegation"));
        delegation.setEmptySelectionAllowed(true);
        delegation.setEmptySelectionCaption(Translations.text("history.filter.any-delegation"));
        delegation.setItemLabelGenerator(d -> d == null ? Translations.text("history.filter.any-delegation") : d.name());
        clause.setId("timeline-clause");
        clause.setLabel(Translations.text("history.filter.clause"));
        clause.setEmptySelectionAllowed(true);
        clause.setEmptySelectionCaption(Translations.text("history.filter.any-clause"));
        clause.setItemLabelGenerator(a -> a == null ? Translations.text("history.filter.any-clause") : ClauseBadges.heading(a));
        acts.setId("timeline-acts");
        acts.setLabel(Translations.text("history.filter.acts"));
        acts.setItems(TimelineSentences.acts().stream()
                .sorted(Comparator.comparing(TimelineSentences::kind)).toList());
        acts.setItemLabelGenerator(TimelineSentences::kind);
        from.setId("timeline-from");
        from.setLabel(Translations.text("history.filter.from"));
        to.setId("timeline-to");
        to.setLabel(Translations.text("history.filter.to"));
        Button clear = new Button(Translations.text("history.filter.clear"), event -> clear());
        clear.setId("timeline-clear");
        clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        delegation.addValueChangeListener(event -> reload());
        clause.addValueChangeListener(event -> reload());
        acts.addValueChangeListener(event -> reload());
        from.addValueChangeListener(event -> reload());
        to.addValueChangeListener(event -> reload());
        Div filters = new Div(delegation, clause, acts, from, to, clear);
        filters.setId("timeline-filters");
        filters.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-s)")
                .set("align-items", "baseline");
        return filters;
    }

    @Override
    public void open(NegotiationView current, HistoryExtent extent) {
        this.current = current;
        delegation.setItems(current.delegations());
        clause.setItems(current.articles());
        reload();
    }

    private void clear() {
        clearing = true;
        delegation.clear();
        clause.clear();
        acts.clear();
        from.clear();
        to.clear();
        clearing = false;
        reload();
    }

    /** Starts again from the first page with the filters as they are now. */
    void reload() {
        if (current == null || clearing) {
            return;
        }
        entries.removeAll();
        shown = 0;
        next = new FindTimeline(current.negotiationId(),
                delegation.getValue() == null ? null : delegation.getValue().code(),
                clause.getValue() == null ? null : clause.getValue().articleId(),
                acts.getValue(), instant(from.getValue()), instant(to.getValue()), -1, PAGE);
        Errors.attempt(this::loadMore);
    }

    private void loadMore() {
        if (next == null) {
            return;
        }
        TimelinePage page = client.timeline(next);
        page.entries().forEach(entry -> entries.add(entry(entry)));
        shown += page.entries().size();
        next = page.nextAfter() == null ? null : next.after(page.nextAfter());
        more.setVisible(next != null);
        status.setText(shown == 0 ? Translations.text("history.timeline.empty")
                : Translations.text("history.timeline.shown", shown)
                + (next == null ? " · " + Translations.text("history.timeline.end") : ""));
    }

    private Div entry(TimelineEntry entry) {
        Span when = new Span(UserTime.dateTime(entry.at()));
        when.addClassName("timeline-time");
        when.getStyle().set("color", "var(--lumo-secondary-text-color)").set("white-space", "nowrap");
        Span sentence = new Span(TimelineSentences.sentence(entry, current));
        sentence.addClassName("timeline-sentence");
        sentence.getStyle().set("flex", "1 1 20rem");
        Button view = new Button(Translations.text("history.timeline.view-at"), event -> travel.accept(entry.sequence()));
        view.setId("timeline-view-" + entry.sequence());
        view.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        view.getElement().setAttribute("aria-label", Translations.text("history.timeline.view-at-label", entry.sequence() + 1));
        Div line = new Div(when, sentence, view);
        line.setId("timeline-entry-" + entry.sequence());
        line.addClassName("timeline-entry");
        line.getElement().setAttribute("role", "listitem");
        line.getElement().setAttribute("data-act", entry.act());
        line.getElement().setAttribute("data-sequence", String.valueOf(entry.sequence()));
        line.getElement().setAttribute("data-delegation", entry.delegation() == null ? "" : entry.delegation().value());
        line.getElement().setAttribute("data-clause", entry.clauseId() == null ? "" : entry.clauseId().value());
        line.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-s)")
                .set("align-items", "baseline").set("padding", "var(--lumo-space-xs) 0")
                .set("border-bottom", "1px solid var(--lumo-contrast-5pct)");
        return line;
    }

    private static Instant instant(LocalDateTime local) {
        return local == null ? null : local.atZone(UserTime.zone()).toInstant();
    }
}
