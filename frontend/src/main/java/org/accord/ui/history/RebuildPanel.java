package org.accord.ui.history;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.PollEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.shared.Registration;
import org.accord.api.history.HistoryExtent;
import org.accord.api.history.RebuildProgress;
import org.accord.api.negotiation.NegotiationView;
import org.accord.ui.Errors;
import org.accord.ui.i18n.Translations;
import org.accord.ui.i18n.UserTime;

import java.time.Duration;

/**
 * The rebuild of every read model from the event store (issue 6, item 5): what it does, a button
 * that asks for confirmation, and while the event processors replay, a progress bar with the
 * events processed, the rate and the time remaining, refreshed every second by the browser's poll
 * (the poll stops when no rebuild is under way and when the panel detaches).
 */
class RebuildPanel extends Div implements HistoryPanel {

    static final int POLL_MILLIS = 1_000;

    private final HistoryClient client;
    private final Button start = new Button(Translations.text("history.rebuild.start"));
    private final ProgressBar bar = new ProgressBar();
    private final Paragraph status = new Paragraph();
    private final UnorderedList processors = new UnorderedList();
    private Registration polling;

    RebuildPanel(HistoryClient client) {
        this.client = client;
        setId("history-rebuild");
        H3 heading = new H3(Translations.text("history.rebuild.title"));
        Paragraph explanation = new Paragraph(Translations.text("history.rebuild.explanation"));
        start.setId("rebuild-start");
        start.addThemeVariants(ButtonVariant.LUMO_ERROR);
        start.addClickListener(event -> confirm());
        bar.setId("rebuild-progress");
        bar.getElement().setAttribute("aria-label", Translations.text("history.rebuild.progress"));
        bar.setVisible(false);
        status.setId("rebuild-status");
        status.getElement().setAttribute("role", "status");
        status.getElement().setAttribute("aria-live", "polite");
        processors.setId("rebuild-processors");
        add(heading, explanation, start, bar, status, processors);
    }

    @Override
    public void open(NegotiationView current, HistoryExtent extent) {
        refresh();
    }

    private void confirm() {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setId("rebuild-confirm");
        dialog.setHeader(Translations.text("history.rebuild.confirm.title"));
        dialog.setText(Translations.text("history.rebuild.confirm.text"));
        dialog.setCancelable(true);
        dialog.setCancelText(Translations.text("history.rebuild.confirm.cancel"));
        dialog.setConfirmText(Translations.text("history.rebuild.confirm.ok"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(event -> {
            if (Errors.attempt(client::rebuild)) {
                refresh();
            }
        });
        dialog.open();
    }

    /** Asks for the progress and shows it; polls while a rebuild is under way. */
    private void refresh() {
        RebuildProgress progress = client.rebuildProgress();
        start.setEnabled(!progress.replaying());
        bar.setVisible(progress.startedAt() != null);
        bar.setValue(progress.total() == 0 ? 1 : Math.min(1, (double) progress.processed() / progress.total()));
        status.setText(describe(progress));
        processors.removeAll();
        if (progress.startedAt() != null) {
            progress.processors().forEach(processor -> processors.add(new ListItem(Translations.text(
                    processor.replaying() ? "history.rebuild.processor.replaying" : "history.rebuild.processor.done",
                    processor.name(), processor.position()))));
        }
        poll(progress.replaying());
    }

    private static String describe(RebuildProgress progress) {
        if (progress.startedAt() == null) {
            return Translations.text("history.rebuild.none");
        }
        String started = UserTime.dateTime(progress.startedAt());
        if (!progress.replaying()) {
            return Translations.text("history.rebuild.done", started, progress.total());
        }
        Duration remaining = progress.remaining();
        String left = remaining == null ? Translations.text("history.rebuild.remaining-unknown")
                : Translations.text("history.rebuild.remaining", remaining.toMinutes(), remaining.toSecondsPart());
        return Translations.text("history.rebuild.running", progress.processed(), progress.total(),
                Math.round(progress.eventsPerSecond()), left, started);
    }

    private void poll(boolean underway) {
        getUI().ifPresent(ui -> {
            if (underway && polling == null) {
                ui.setPollInterval(POLL_MILLIS);
                polling = ui.addPollListener(this::polled);
            } else if (!underway) {
                stopPolling(ui);
            }
        });
    }

    private void polled(PollEvent event) {
        refresh();
    }

    private void stopPolling(UI ui) {
        if (polling != null) {
            polling.remove();
            polling = null;
            ui.setPollInterval(-1);
        }
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        if (polling == null && !start.isEnabled()) {
            refresh();
        }
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        stopPolling(detachEvent.getUI());
        super.onDetach(detachEvent);
    }
}
