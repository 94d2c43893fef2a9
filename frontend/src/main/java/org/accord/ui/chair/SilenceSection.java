package org.accord.ui.chair;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import org.accord.api.negotiation.ArticleView;
import org.accord.api.negotiation.Capabilities;
import org.accord.api.negotiation.Capability;
import org.accord.api.negotiation.DelegationView;
import org.accord.api.negotiation.NegotiationView;
import org.accord.api.shared.ArticleId;
import org.accord.api.silence.SilenceView;
import org.accord.ui.Errors;
import org.accord.ui.i18n.Translations;
import org.accord.ui.i18n.UserTime;
import org.accord.ui.negotiation.ClauseBadges;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The silence procedures: each open one with a live countdown to its expiry, each closed one with
 * its outcome (held, or broken by whom and when, and the late acts recorded after it); and the
 * chair's form to put listed clauses, or the whole text, under silence until an exact moment.
 */
class SilenceSection extends ConsoleSection {

    private final Div procedures = withId(new Div(), "silences");
    private final CheckboxGroup<ArticleView> clauses = new CheckboxGroup<>();
    private final DateTimePicker expiry = ConsoleTime.picker(Translations.text("console.silence.expiry"), "silence-expiry");
    private final Div form;
    private List<SilenceView> shown;
    private NegotiationView last;

    SilenceSection(ChairClient client) {
        super(client, "console-silence", "console.silence.title");
        clauses.setId("silence-clauses");
        clauses.setLabel(Translations.text("console.silence.clauses"));
        clauses.setHelperText(Translations.text("console.silence.clauses-help"));
        clauses.setItemLabelGenerator(ClauseBadges::heading);
        Button open = withId(new Button(Translations.text("console.silence.open"), e -> open()), "silence-open");
        com.vaadin.flow.component.orderedlayout.FlexLayout fields = AccreditationSection.row(clauses, expiry, open);
        fields.setAlignItems(com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.BASELINE);
        form = new Div(fields);
        add(procedures, form);
    }

    @Override
    void show(NegotiationView view, Capabilities capabilities) {
        last = view;
        if (!view.silences().equals(shown)) {
            shown = view.silences();
            render();
        }
        boolean mayOpen = capabilities.may(Capability.OPEN_SILENCE);
        form.setVisible(mayOpen);
        if (mayOpen && !view.articles().stream().map(ArticleView::articleId).toList()
                .equals(clauses.getListDataView().getItems().map(ArticleView::articleId).toList())) {
            clauses.setItems(view.articles());
        }
        if (mayOpen && expiry.isEmpty()) {
            expiry.setValue(ConsoleTime.local(client.now().plus(Duration.ofHours(73)).truncatedTo(ChronoUnit.HOURS)));
        }
    }

    /** The reader's zone became known, or a countdown must start again from business time. */
    void render() {
        procedures.removeAll();
        if (shown == null || shown.isEmpty()) {
            procedures.add(new Paragraph(Translations.text("console.silence.none")));
            return;
        }
        shown.stream().sorted((a, b) -> b.expiresAt().compareTo(a.expiresAt())).forEach(s -> procedures.add(card(s)));
    }

    /** The negotiation's own zone, in which its deadlines are announced. */
    private java.time.ZoneId zone() {
        return last == null ? java.time.ZoneOffset.UTC : last.timeZone();
    }

    private Div card(SilenceView silence) {
        String id = "silence-" + silence.silenceId().value();
        Paragraph what = new Paragraph(Translations.text("console.silence.on", covered(silence),
                UserTime.deadline(silence.expiresAt(), zone())));
        Div card = new Div(what);
        card.setId(id);
        card.addClassName("silence");
        card.getStyle().set("border-left", "3px solid var(--lumo-contrast-30pct)").set("padding-left", "var(--lumo-space-s)")
                .set("margin-bottom", "var(--lumo-space-s)");
        Span outcome = new Span();
        outcome.setId(id + "-outcome");
        outcome.addClassName("silence-outcome");
        switch (silence.state()) {
            case OPEN -> {
                outcome.setText(Translations.text("console.silence.open-remaining"));
                card.add(new Div(outcome, new Span(" "), new Countdown(id + "-countdown",
                        Duration.between(client.now(), silence.expiresAt()))));
            }
            case BROKEN -> {
                outcome.setText(Translations.text("console.silence.broken", delegation(silence.brokenBy()),
                        silence.closedAt() == null ? "" : UserTime.dateTimeWithZone(silence.closedAt()),
                        acts(silence.brokenAct())));
                outcome.getStyle().set("color", "var(--lumo-error-text-color)");
                card.add(outcome);
            }
            case HELD -> {
                outcome.setText(Translations.text("console.silence.held",
                        silence.closedAt() == null ? "" : UserTime.dateTimeWithZone(silence.closedAt())));
                outcome.getStyle().set("color", "var(--lumo-success-text-color)");
                card.add(outcome);
            }
        }
        outcome.getElement().setAttribute("aria-live", "polite");
        silence.lateActs().forEach(act -> card.add(new Paragraph(Translations.text("console.silence.late", acts(act)))));
        return card;
    }

    private String covered(SilenceView silence) {
        if (silence.clauses().isEmpty()) {
            return Translations.text("console.silence.whole-text");
        }
        Map<ArticleId, ArticleView> articles = articles();
        return silence.clauses().stream().map(id -> articles.containsKey(id) ? ClauseBadges.heading(articles.get(id)) : id.value())
                .collect(Collectors.joining("; "));
    }

    private String delegation(String code) {
        if (code == null) {
            return "";
        }
        return last.delegations().stream().filter(d -> d.code().value().equals(code)).map(DelegationView::name)
                .findFirst().map(name -> code + " (" + name + ")").orElse(code);
    }

    /** The server's description of an act names clauses by id; the reader knows them by number. */
    private String acts(String act) {
        String shownAct = act == null ? "" : act;
        for (ArticleView article : last.articles()) {
            shownAct = shownAct.replace(article.articleId().value(), ClauseBadges.heading(article));
        }
        return shownAct;
    }

    private Map<ArticleId, ArticleView> articles() {
        return last.articles().stream().collect(Collectors.toMap(ArticleView::articleId, Function.identity(), (a, b) -> a));
    }

    private void open() {
        Instant expiresAt = ConsoleTime.instant(expiry);
        if (expiresAt == null) {
            Errors.showMessage(Translations.text("console.silence.expiry-needed"));
            return;
        }
        List<ArticleId> chosen = clauses.getSelectedItems().stream().map(ArticleView::articleId).toList();
        if (Errors.attempt(() -> client.openSilence(negotiation, chosen, expiresAt))) {
            clauses.clear();
        }
    }
}
