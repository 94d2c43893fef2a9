package org.accord.ui.chair;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;
import org.accord.api.negotiation.Capabilities;
import org.accord.api.negotiation.Capability;
import org.accord.api.negotiation.NegotiationView;
import org.accord.api.procedure.RoundView;
import org.accord.ui.Errors;
import org.accord.ui.i18n.Translations;
import org.accord.ui.i18n.UserTime;

import java.time.Instant;
import java.util.List;

/** The rounds with their dates and amendment deadlines, and the chair's form to schedule one. */
class RoundsSection extends ConsoleSection {

    private final Grid<RoundView> rounds = new Grid<>();
    private final TextField title = withId(new TextField(Translations.text("console.rounds.round-title")), "round-title");
    private final DateTimePicker opens = ConsoleTime.picker(Translations.text("console.rounds.opens"), "round-opens");
    private final DateTimePicker closes = ConsoleTime.picker(Translations.text("console.rounds.closes"), "round-closes");
    private final DateTimePicker deadline = ConsoleTime.picker(Translations.text("console.rounds.deadline"), "round-deadline");
    private final Div form;
    private List<RoundView> shown = List.of();

    /** The negotiation's own zone, in which its deadlines are announced. */
    private java.time.ZoneId zone = java.time.ZoneOffset.UTC;

    RoundsSection(ChairClient client) {
        super(client, "console-rounds", "console.rounds.title");
        rounds.setId("rounds");
        rounds.addColumn(RoundView::number).setHeader("#").setAutoWidth(true).setFlexGrow(0);
        rounds.addColumn(RoundView::title).setHeader(Translations.text("console.rounds.round-title"));
        rounds.addColumn(r -> UserTime.deadline(r.opensAt(), zone)).setHeader(Translations.text("console.rounds.opens"));
        rounds.addColumn(r -> UserTime.deadline(r.closesAt(), zone)).setHeader(Translations.text("console.rounds.closes"));
        rounds.addColumn(r -> UserTime.deadline(r.amendmentDeadline(), zone)).setHeader(Translations.text("console.rounds.deadline"));
        rounds.setAllRowsVisible(true);
        rounds.getElement().setAttribute("aria-label", Translations.text("console.rounds.title"));
        title.setWidthFull();
        Button schedule = withId(new Button(Translations.text("console.rounds.schedule"), e -> schedule()), "round-schedule");
        form = new Div(title, AccreditationSection.row(opens, closes, deadline), schedule);
        add(rounds, form);
    }

    @Override
    void show(NegotiationView view, Capabilities capabilities) {
        if (!view.rounds().equals(shown) || !view.timeZone().equals(zone)) {
            shown = view.rounds();
            zone = view.timeZone();
            rounds.setItems(shown);
        }
        form.setVisible(capabilities.may(Capability.RUN_PROCEDURE));
    }

    /** The reader's zone became known: the dates are shown again in it. */
    void rerender() {
        rounds.getDataProvider().refreshAll();
    }

    private void schedule() {
        Instant opensAt = ConsoleTime.instant(opens);
        Instant closesAt = ConsoleTime.instant(closes);
        Instant deadlineAt = ConsoleTime.instant(deadline);
        if (opensAt == null || closesAt == null || deadlineAt == null) {
            org.accord.ui.Errors.showMessage(Translations.text("console.rounds.dates-needed"));
            return;
        }
        if (Errors.attempt(() -> client.scheduleRound(negotiation, title.getValue(), opensAt, closesAt, deadlineAt))) {
            title.clear();
            opens.clear();
            closes.clear();
            deadline.clear();
        }
    }
}
