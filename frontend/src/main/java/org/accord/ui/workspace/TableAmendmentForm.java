package org.accord.ui.workspace;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import org.accord.api.amendment.AmendmentId;
import org.accord.api.amendment.AmendmentKind;
import org.accord.api.amendment.AmendmentState;
import org.accord.api.amendment.AmendmentView;
import org.accord.api.negotiation.ArticleView;
import org.accord.ot.diff.WordDiff;
import org.accord.ui.i18n.Translations;

import java.util.Optional;
import java.util.Set;

/**
 * Tabling an amendment to the selected clause: the person types the words to replace or delete
 * (or the words to insert after), as they read them in the wording, and the new words; a preview
 * shows the result as track changes before it is tabled. Live updates of the clause change the
 * wording and revision it is written on, never what the person typed.
 */
class TableAmendmentForm extends Details {

    /** What the form sends: code points {@code [from, to)} of revision {@code revision} become {@code text}. */
    record Draft(long revision, AmendmentKind kind, int from, int to, String text, String justification) {
    }

    interface Submit {
        boolean table(Draft draft);
    }

    interface Revise {
        boolean revise(AmendmentId amendment, Draft draft);
    }

    private final RadioButtonGroup<AmendmentKind> kind = new RadioButtonGroup<>();
    private final TextField words = new TextField();
    private final IntegerField occurrence = new IntegerField(Translations.text("amend.occurrence"));
    private final TextArea text = new TextArea(Translations.text("amend.text"));
    private final TextArea justification = new TextArea(Translations.text("amend.justification"));
    private final Div preview = new Div();
    private final Span problem = new Span();
    private final Button table = new Button(Translations.text("amend.table"));
    private final Paragraph revisingNote = new Paragraph();
    private final Button cancelRevision = new Button(Translations.text("amend.revise.cancel"));
    private AmendmentId revising;
    private String wording = "";
    private long revision;

    TableAmendmentForm(Submit submit, Revise revise) {
        setSummaryText(Translations.text("amend.summary"));
        setId("table-amendment-form");
        kind.setId("amendment-kind");
        kind.setLabel(Translations.text("amend.kind"));
        kind.setItems(AmendmentKind.SUBSTITUTION, AmendmentKind.INSERTION, AmendmentKind.DELETION);
        kind.setItemLabelGenerator(Translations::label);
        kind.setValue(AmendmentKind.SUBSTITUTION);
        words.setId("amendment-words");
        words.setWidthFull();
        occurrence.setId("amendment-occurrence");
        occurrence.setMin(1);
        occurrence.setValue(1);
        occurrence.setStepButtonsVisible(true);
        text.setId("amendment-text");
        text.setWidthFull();
        justification.setId("amendment-justification");
        justification.setWidthFull();
        preview.setId("amendment-preview");
        preview.getElement().setAttribute("aria-live", "polite");
        preview.getStyle().set("padding", "var(--lumo-space-xs) var(--lumo-space-s)")
                .set("background", "var(--lumo-contrast-5pct)").set("border-radius", "var(--lumo-border-radius-m)");
        problem.setId("amendment-problem");
        problem.getStyle().set("color", "var(--lumo-error-text-color)").set("font-size", "var(--lumo-font-size-s)");
        table.setId("table-amendment");
        table.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        table.addClickListener(event -> draft().ifPresentOrElse(draft -> {
            if (revising != null ? revise.revise(revising, draft) : submit.table(draft)) {
                stopRevising();
            }
        }, () -> problem.setText(Translations.text("amend.incomplete"))));
        revisingNote.setId("amendment-revising");
        revisingNote.getElement().setAttribute("role", "status");
        revisingNote.setVisible(false);
        cancelRevision.setId("amendment-revise-cancel");
        cancelRevision.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        cancelRevision.setVisible(false);
        cancelRevision.addClickListener(event -> stopRevising());
        words.setValueChangeMode(ValueChangeMode.LAZY);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        kind.addValueChangeListener(event -> refresh());
        words.addValueChangeListener(event -> refresh());
        occurrence.addValueChangeListener(event -> refresh());
        text.addValueChangeListener(event -> refresh());
        add(revisingNote, new Div(kind), words, occurrence, text, justification,
                new Span(Translations.text("amend.preview")), preview, problem, new Div(table, cancelRevision));
        refresh();
    }

    /**
     * Opens the form on the proposer's open amendment, to write it again on the current wording:
     * its kind, the words it replaced (to be found again by the proposer if they changed), its new
     * words and justification; the button then revises it instead of tabling a new one.
     */
    void revise(AmendmentView amendment) {
        revising = amendment.amendmentId();
        kind.setValue(amendment.kind());
        words.setValue(amendment.kind() == AmendmentKind.INSERTION ? "" : amendment.baseReplaced());
        occurrence.setValue(1);
        text.setValue(amendment.text());
        justification.setValue(amendment.justification());
        revisingNote.setText(Translations.text(amendment.state() == AmendmentState.NEEDS_REVISION
                ? "amend.revise.needs" : "amend.revise.open", Translations.label(amendment.kind()), amendment.baseRevision()));
        revisingNote.setVisible(true);
        cancelRevision.setVisible(true);
        table.setText(Translations.text("amend.revise"));
        setSummaryText(Translations.text("amend.revise.summary"));
        setOpened(true);
        words.focus();
        refresh();
    }

    /** Leaves the revision when its amendment is no longer among those the person may revise. */
    void keepRevisingOnly(Set<AmendmentId> revisable) {
        if (revising != null && !revisable.contains(revising)) {
            stopRevising();
        }
    }

    private void stopRevising() {
        revising = null;
        words.clear();
        text.clear();
        justification.clear();
        occurrence.setValue(1);
        revisingNote.setVisible(false);
        cancelRevision.setVisible(false);
        table.setText(Translations.text("amend.table"));
        setSummaryText(Translations.text("amend.summary"));
    }

    /** The clause as it stands now: the wording and revision the amendment is written on. */
    void setClause(ArticleView clause) {
        if (clause.text().equals(wording) && clause.revision() == revision) {
            return;
        }
        wording = clause.text();
        revision = clause.revision();
        refresh();
    }

    private void refresh() {
        boolean insertion = kind.getValue() == AmendmentKind.INSERTION;
        words.setLabel(Translations.text(insertion ? "amend.words.after" : "amend.words.replace"));
        text.setVisible(kind.getValue() != AmendmentKind.DELETION);
        occurrence.setVisible(Phrases.count(wording, words.getValue()) > 1);
        preview.removeAll();
        Optional<int[]> range = range();
        problem.setText(range.isEmpty() ? Translations.text("amend.words.not-found") : "");
        range.ifPresent(r -> preview.add(TrackChanges.of(WordDiff.of(wording, r[0], r[1], newText()))));
    }

    private String newText() {
        return kind.getValue() == AmendmentKind.DELETION ? "" : text.getValue();
    }

    /** The range the typed words name: for an insertion the point after them (no words: the start). */
    private Optional<int[]> range() {
        String phrase = words.getValue();
        int which = occurrence.getValue() == null ? 1 : occurrence.getValue();
        if (kind.getValue() == AmendmentKind.INSERTION) {
            return phrase.isEmpty() ? Optional.of(new int[]{0, 0})
                    : Phrases.find(wording, phrase, which).map(r -> new int[]{r[1], r[1]});
        }
        return Phrases.find(wording, phrase, which);
    }

    private Optional<Draft> draft() {
        AmendmentKind chosen = kind.getValue();
        String replacement = newText();
        if (chosen == null || revision < 1 || (chosen != AmendmentKind.DELETION && replacement.isEmpty())) {
            return Optional.empty();
        }
        return range().map(r -> new Draft(revision, chosen, r[0], r[1], replacement, justification.getValue()));
    }
}
