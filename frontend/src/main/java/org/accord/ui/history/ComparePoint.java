package org.accord.ui.history;

import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import org.accord.api.history.HistoryExtent;
import org.accord.api.history.HistoryExtent.Landmark;
import org.accord.api.shared.NegotiationId;
import org.accord.ui.i18n.Language;
import org.accord.ui.i18n.Translations;
import org.accord.ui.i18n.UserTime;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

/**
 * One point of the history to compare, chosen by milestone, by date and time, by event number,
 * or as the start (before the first event) or now (after the last event). It resolves to an
 * event's sequence number: the date and time through the server ({@code FindHistoryPoint}), "now"
 * through the history's extent at the moment of comparing.
 */
class ComparePoint extends FlexLayout {

    enum Mode { START, MILESTONE, TIME, SEQUENCE, NOW }

    private final HistoryClient client;
    private final Select<Mode> mode = new Select<>();
    private final Select<Landmark> milestone = new Select<>();
    private final DateTimePicker time = new DateTimePicker();
    private final IntegerField sequence = new IntegerField();
    private final Span resolved = new Span();
    private NegotiationId negotiation;

    ComparePoint(HistoryClient client, String id, String label) {
        this.client = client;
        setId(id);
        setFlexWrap(FlexWrap.WRAP);
        setAlignItems(Alignment.BASELINE);
        getStyle().set("gap", "var(--lumo-space-s)");
        mode.setId(id + "-mode");
        mode.setLabel(label);
        mode.setItems(Mode.values());
        mode.setItemLabelGenerator(m -> Translations.text("history.compare.mode." + m.name().toLowerCase()));
        milestone.setId(id + "-milestone");
        milestone.setLabel(Translations.text("history.compare.milestone"));
        milestone.setItemLabelGenerator(landmark -> Translations.text("history.compare.landmark",
                landmark.documentSymbol(), Translations.text("console.milestone-kind." + landmark.kind().name()),
                UserTime.dateTime(landmark.at())));
        time.setId(id + "-time");
        time.setLabel(Translations.text("history.compare.time"));
        time.setHelperText(UserTime.zone().getId());
        time.setLocale(Language.current());
        sequence.setId(id + "-sequence");
        sequence.setLabel(Translations.text("history.compare.sequence"));
        sequence.setStepButtonsVisible(true);
        sequence.setMin(-1);
        resolved.setId(id + "-resolved");
        resolved.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)");
        mode.addValueChangeListener(change -> showField());
        milestone.addValueChangeListener(change -> describe());
        sequence.addValueChangeListener(change -> describe());
        add(mode, milestone, time, sequence, resolved);
    }

    /** Offers the extent's milestones and starts at now, or else at the last milestone (the start if none). */
    void open(NegotiationId negotiation, HistoryExtent extent, boolean now) {
        this.negotiation = negotiation;
        List<Landmark> landmarks = extent.milestones();
        milestone.setItems(landmarks);
        milestone.setEnabled(!landmarks.isEmpty());
        sequence.setMax((int) Math.min(Integer.MAX_VALUE, extent.lastSequence()));
        sequence.setValue((int) Math.max(-1, extent.lastSequence()));
        if (extent.last() != null) {
            time.setValue(LocalDateTime.ofInstant(extent.last(), UserTime.zone()));
        }
        if (now) {
            mode.setValue(Mode.NOW);
        } else if (landmarks.isEmpty()) {
            mode.setValue(Mode.START);
        } else {
            milestone.setValue(landmarks.get(landmarks.size() - 1));
            mode.setValue(Mode.MILESTONE);
        }
        showField();
    }

    /** The chosen point as an event's sequence number (-1: before the first). */
    long sequence() {
        Mode chosen = mode.getValue() == null ? Mode.NOW : mode.getValue();
        return switch (chosen) {
            case START -> -1;
            case MILESTONE -> milestone.getValue() == null ? -1 : milestone.getValue().sequence();
            case TIME -> time.getValue() == null ? -1
                    : client.pointAt(negotiation, time.getValue().atZone(UserTime.zone()).toInstant()).sequence();
            case SEQUENCE -> sequence.getValue() == null ? -1 : sequence.getValue();
            case NOW -> client.extent(negotiation).lastSequence();
        };
    }

    Select<Mode> mode() {
        return mode;
    }

    Select<Landmark> milestone() {
        return milestone;
    }

    /** Shows the point a comparison used: "after event 42, recorded at …". */
    void resolvedTo(long point, Instant at) {
        resolved.setText(point < 0 ? Translations.text("history.compare.point-start")
                : Translations.text("history.compare.point", point, UserTime.dateTime(at)));
        resolved.getElement().setAttribute("data-sequence", String.valueOf(point));
    }

    private void showField() {
        Mode chosen = mode.getValue();
        milestone.setVisible(chosen == Mode.MILESTONE);
        time.setVisible(chosen == Mode.TIME);
        sequence.setVisible(chosen == Mode.SEQUENCE);
        describe();
    }

    private void describe() {
        Mode chosen = mode.getValue();
        if (chosen == Mode.MILESTONE && milestone.getValue() != null) {
            resolvedTo(milestone.getValue().sequence(), milestone.getValue().at());
        } else if (chosen == Mode.START) {
            resolvedTo(-1, null);
        } else {
            resolved.setText("");
            resolved.getElement().removeAttribute("data-sequence");
        }
    }
}
