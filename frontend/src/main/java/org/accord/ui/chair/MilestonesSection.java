package org.accord.ui.chair;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import org.accord.api.milestone.FrozenClause;
import org.accord.api.milestone.IssuedText;
import org.accord.api.milestone.MilestoneKind;
import org.accord.api.milestone.MilestoneView;
import org.accord.api.negotiation.Capabilities;
import org.accord.api.negotiation.Capability;
import org.accord.api.negotiation.NegotiationView;
import org.accord.ui.Errors;
import org.accord.ui.i18n.Translations;
import org.accord.ui.i18n.UserTime;

import java.util.List;

/** The issued texts, each readable as it was frozen, and the chair's form to issue one. */
class MilestonesSection extends ConsoleSection {

    private final Grid<MilestoneView> milestones = new Grid<>();
    private final Select<MilestoneKind> kind = new Select<>();
    private final TextField symbol = withId(new TextField(Translations.text("console.milestones.symbol")), "milestone-symbol");
    private final Div form;
    private List<MilestoneView> shown = List.of();

    MilestonesSection(ChairClient client) {
        super(client, "console-milestones", "console.milestones.title");
        milestones.setId("milestones");
        milestones.addColumn(MilestoneView::documentSymbol).setHeader(Translations.text("console.milestones.symbol"))
                .setAutoWidth(true);
        milestones.addColumn(m -> kindLabel(m.kind())).setHeader(Translations.text("console.milestones.kind"));
        milestones.addColumn(MilestoneView::clauses).setHeader(Translations.text("console.milestones.clauses"));
        milestones.addColumn(m -> UserTime.dateTime(m.issuedAt())).setHeader(Translations.text("console.milestones.issued"));
        milestones.addComponentColumn(this::readButton).setHeader(Translations.text("console.milestones.read-header"));
        milestones.setAllRowsVisible(true);
        milestones.getElement().setAttribute("aria-label", Translations.text("console.milestones.title"));
        kind.setId("milestone-kind");
        kind.setLabel(Translations.text("console.milestones.kind"));
        kind.setItems(MilestoneKind.values());
        kind.setItemLabelGenerator(MilestonesSection::kindLabel);
        kind.setValue(MilestoneKind.COMPILATION_TEXT);
        symbol.setHelperText(Translations.text("console.milestones.symbol-help"));
        Button issue = withId(new Button(Translations.text("console.milestones.issue"), e -> issue()), "milestone-issue");
        form = new Div(AccreditationSection.row(kind, symbol), issue);
        add(milestones, form);
    }

    @Override
    void show(NegotiationView view, Capabilities capabilities) {
        if (!view.milestones().equals(shown)) {
            shown = view.milestones();
            milestones.setItems(shown);
        }
        form.setVisible(capabilities.may(Capability.ISSUE_MILESTONE));
    }

    void rerender() {
        milestones.getDataProvider().refreshAll();
    }

    private Button readButton(MilestoneView milestone) {
        Button read = new Button(Translations.text("console.milestones.read"), e -> read(milestone));
        read.setId("read-milestone-" + milestone.sequence());
        read.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        read.getElement().setAttribute("aria-label", Translations.text("console.milestones.read-aria", milestone.documentSymbol()));
        return read;
    }

    /** Opens the issued text as it was frozen (also what the Read button of its row does). */
    void read(MilestoneView milestone) {
        IssuedText text;
        try {
            text = client.issuedText(negotiation, milestone.sequence()).orElse(null);
        } catch (RuntimeException failed) {
            Errors.show(failed);
            return;
        }
        if (text == null) {
            Errors.showMessage(Translations.text("console.milestones.not-found"));
            return;
        }
        Dialog dialog = new Dialog();
        dialog.setId("issued-text");
        dialog.setHeaderTitle(milestone.documentSymbol());
        for (FrozenClause clause : text.clauses()) {
            H4 heading = new H4(clause.heading());
            Paragraph wording = new Paragraph(clause.wording());
            wording.getStyle().set("white-space", "pre-wrap");
            dialog.add(heading, wording);
        }
        Button close = new Button(Translations.text("console.close"), e -> dialog.close());
        close.setId("issued-text-close");
        dialog.getFooter().add(close);
        dialog.setWidth("min(48rem, 95vw)");
        dialog.open();
    }

    private void issue() {
        if (Errors.attempt(() -> client.issueMilestone(negotiation, kind.getValue(), symbol.getValue()))) {
            symbol.clear();
        }
    }

    static String kindLabel(MilestoneKind kind) {
        return Translations.text("console.milestone-kind." + kind.name());
    }
}
