package org.accord.ui.history;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Input;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.dom.Element;
import org.accord.api.history.HistoryExtent;
import org.accord.api.history.HistoryExtent.Landmark;
import org.accord.api.history.TimelineEntry;
import org.accord.api.negotiation.ArticleView;
import org.accord.api.negotiation.NegotiationView;
import org.accord.api.shared.ArticleId;
import org.accord.api.shared.NegotiationId;
import org.accord.ui.Errors;
import org.accord.ui.i18n.Translations;
import org.accord.ui.i18n.UserTime;
import org.accord.ui.negotiation.ClauseBadges;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Time travel over the whole history: a slider from the first act to the last (milestones marked
 * on it), steps of one act, playback at a chosen speed, a point chosen by date and time or by
 * milestone, and steps from act to act on one clause (down to each keystroke batch of its
 * co-editing). At every point: the act that was done there and the whole charter as it stood right
 * after it, read only. The point is in the URL ({@code ?at=}) so that it can be linked and
 * reloaded. One {@code FindNegotiationAt} per point: the slider reports only where it was released.
 */
class TimeTravelPanel extends Div implements HistoryPanel {

    static final String AT = "at";
    static final List<Integer> SPEEDS = List.of(1, 5, 20);

    private NegotiationId negotiation;
    private NegotiationView current;
    private HistoryExtent extent;
    private long at = -1;
    private final HistoryClient client;
    private final ClauseSteps clauseSteps;
    private final Input slider = new Input(ValueChangeMode.ON_CHANGE);
    private final Element marks = new Element("datalist");
    private final Span position = new Span();
    private final Paragraph act = new Paragraph();
    private final Paragraph note = new Paragraph();
    private final Button first = button("travel-first", "history.travel.first", () -> goTo(0));
    private final Button back = button("travel-back", "history.travel.back", () -> goTo(at - 1));
    private final Button forward = button("travel-forward", "history.travel.forward", () -> goTo(at + 1));
    private final Button last = button("travel-last", "history.travel.last", () -> goTo(lastSequence()));
    private final Playback playback;
    private final Button play = button("travel-play", "history.travel.play", this::togglePlay);
    private final Select<Integer> speed = new Select<>();
    private final DateTimePicker date = new DateTimePicker();
    private final Select<Landmark> milestone = new Select<>();
    private final Select<ArticleView> clause = new Select<>();
    private final CharterAtPoint charter = new CharterAtPoint();

    TimeTravelPanel(HistoryClient client) {
        this.client = client;
        this.clauseSteps = new ClauseSteps(client);
        this.playback = new Playback(this, client, () -> {
            if (at >= lastSequence()) {
                return false;
            }
            goTo(at + 1);
            return at < lastSequence();
        }, this::playbackStopped);
        setId("history-time-travel");
        setWidthFull();
        position.setId("travel-position");
        act.setId("travel-act");
        act.getElement().setAttribute("aria-live", "polite");
        note.setId("travel-note");
        note.getElement().setAttribute("role", "status");
        note.setVisible(false);
        add(slider(), steps(), jumps(), position, act, note, charter);
        UserTime.whenKnown(this, () -> show(at));
    }

    private Div slider() {
        slider.setId("travel-slider");
        slider.setType("range");
        slider.getElement().setAttribute("min", "0").setAttribute("step", "1")
                .setAttribute("list", "travel-milestone-marks")
                .setAttribute("aria-label", Translations.text("history.travel.slider"));
        slider.getStyle().set("width", "100%").set("accent-color", "var(--lumo-primary-color)");
        slider.addValueChangeListener(event -> {
            long chosen = parse(event.getValue());
            if (chosen != at && chosen >= 0) {
                Errors.attempt(() -> goTo(chosen));
            }
        });
        marks.setAttribute("id", "travel-milestone-marks");
        Div holder = new Div(slider);
        holder.getElement().appendChild(marks);
        holder.setWidthFull();
        return holder;
    }

    private Div steps() {
        speed.setId("travel-speed");
        speed.setLabel(Translations.text("history.travel.speed"));
        speed.setItems(SPEEDS);
        speed.setItemLabelGenerator(perSecond -> Translations.text("history.travel.speed-value", perSecond));
        speed.setValue(5);
        speed.addValueChangeListener(event -> playback.speed(event.getValue()));
        play.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return row(first, back, forward, last, play, speed);
    }

    private Div jumps() {
        date.setId("travel-date");
        date.setLabel(Translations.text("history.travel.date"));
        Button go = button("travel-date-go", "history.travel.go", () -> {
            if (date.getValue() != null) {
                goTo(Math.max(0, client.pointAt(negotiation, date.getValue().atZone(UserTime.zone()).toInstant()).sequence()));
            }
        });
        milestone.setId("travel-milestone");
        milestone.setLabel(Translations.text("history.travel.milestone"));
        milestone.setItemLabelGenerator(landmark -> Translations.text("history.travel.milestone-item",
                landmark.documentSymbol(), UserTime.dateTime(landmark.at())));
        milestone.addValueChangeListener(event -> {
            if (event.getValue() != null) {
                Errors.attempt(() -> goTo(event.getValue().sequence()));
            }
        });
        clause.setId("travel-clause");
        clause.setLabel(Translations.text("history.travel.clause"));
        clause.setItemLabelGenerator(ClauseBadges::heading);
        Button clauseBack = button("travel-clause-back", "history.travel.clause-back",
                () -> stepInClause(false));
        Button clauseForward = button("travel-clause-forward", "history.travel.clause-forward",
                () -> stepInClause(true));
        return row(date, go, milestone, clause, clauseBack, clauseForward);
    }

    @Override
    public void open(NegotiationView current, HistoryExtent extent) {
        playback.stop();
        this.current = current;
        this.extent = extent;
        this.negotiation = current.negotiationId();
        slider.getElement().setAttribute("max", String.valueOf(Math.max(0, extent.lastSequence())));
        marks.removeAllChildren();
        for (Landmark landmark : extent.milestones()) {
            marks.appendChild(new Element("option").setAttribute("value", String.valueOf(landmark.sequence()))
                    .setAttribute("label", landmark.documentSymbol()));
        }
        milestone.setItems(extent.milestones());
        clause.setItems(current.articles());
        at = -1;
        goTo(extent.lastSequence());
    }

    /** Shows the charter right after the act {@code sequence} (kept within the history). */
    void goTo(long sequence) {
        if (extent == null) {
            return;
        }
        long target = Math.max(0, Math.min(sequence, lastSequence()));
        if (extent.events() == 0) {
            at = -1;
            position.setText(Translations.text("history.travel.empty"));
            charter.notOpened();
            enableSteps();
            return;
        }
        at = target;
        slider.setValue(String.valueOf(target));
        show(target);
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null,
                "negotiations/" + negotiation.value() + "/history?" + AT + "=" + target));
    }

    long position() {
        return at;
    }

    private void show(long sequence) {
        if (sequence < 0 || negotiation == null) {
            return;
        }
        note.setVisible(false);
        position.setText(Translations.text("history.travel.position", sequence + 1, extent.events()));
        Optional<TimelineEntry> entry = client.entry(negotiation, sequence);
        act.setText(Translations.text("history.travel.act",
                entry.map(e -> TimelineSentences.line(e, current)).orElse("—")));
        ArticleId touched = entry.map(TimelineEntry::clauseId).orElse(null);
        act.getElement().setAttribute("data-act", entry.map(TimelineEntry::act).orElse(""));
        client.at(negotiation, sequence).ifPresentOrElse(view -> charter.show(view, current, touched), charter::notOpened);
        if (clause.getValue() == null && touched != null) {
            TimelineSentences.article(touched, current).ifPresent(clause::setValue);
        }
        enableSteps();
    }

    private void enableSteps() {
        boolean any = lastSequence() >= 0;
        first.setEnabled(any && at > 0);
        back.setEnabled(any && at > 0);
        forward.setEnabled(any && at < lastSequence());
        last.setEnabled(any && at < lastSequence());
        play.setEnabled(any && (playback.playing() || at < lastSequence()));
    }

    private void stepInClause(boolean onward) {
        if (clause.getValue() == null || at < 0) {
            return;
        }
        ArticleId id = clause.getValue().articleId();
        OptionalLong found = onward ? clauseSteps.next(negotiation, id, at) : clauseSteps.previous(negotiation, id, at);
        if (found.isPresent()) {
            goTo(found.getAsLong());
        } else {
            note.setText(Translations.text("history.travel.clause-none"));
            note.setVisible(true);
        }
    }

    private void togglePlay() {
        if (playback.playing()) {
            playback.stop();
        } else if (at < lastSequence()) {
            playback.start(speed.getValue());
            play.setText(Translations.text("history.travel.pause"));
        }
    }

    private void playbackStopped() {
        play.setText(Translations.text("history.travel.play"));
        enableSteps();
    }

    private long lastSequence() {
        return extent == null ? -1 : extent.lastSequence();
    }

    private static long parse(String value) {
        try {
            return value == null || value.isBlank() ? -1 : Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static Button button(String id, String key, Runnable action) {
        Button button = new Button(Translations.text(key), event -> Errors.attempt(action));
        button.setId(id);
        return button;
    }

    private static Div row(com.vaadin.flow.component.Component... components) {
        Div row = new Div(components);
        row.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-s)")
                .set("align-items", "baseline");
        return row;
    }
}
