package org.accord.ui.chair;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import org.accord.api.adoption.AdoptionView;
import org.accord.api.adoption.AuthenticationAct;
import org.accord.api.negotiation.Capabilities;
import org.accord.api.negotiation.Capability;
import org.accord.api.negotiation.DelegationView;
import org.accord.api.negotiation.NegotiationView;
import org.accord.ui.Errors;
import org.accord.ui.i18n.Translations;
import org.accord.ui.i18n.UserTime;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Adoption of the whole charter (the server decides whether every clause is agreed and says why
 * not), then each delegation's authentication and statements as they arrive.
 */
class AdoptionSection extends ConsoleSection {

    private final Paragraph state = withId(new Paragraph(), "adoption-state");
    private final Paragraph refusal = withId(new Paragraph(), "adoption-refusal");
    private final Button adopt = withId(new Button(Translations.text("console.adoption.adopt"), e -> adopt()), "adopt");
    private final Paragraph awaiting = withId(new Paragraph(), "adoption-awaiting");
    private final Grid<AdoptionView.Attachment> attachments = new Grid<>();

    AdoptionSection(ChairClient client) {
        super(client, "console-adoption", "console.adoption.title");
        adopt.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        refusal.setVisible(false);
        refusal.getStyle().set("color", "var(--lumo-error-text-color)");
        refusal.getElement().setAttribute("role", "alert");
        attachments.setId("attachments");
        attachments.addColumn(AdoptionView.Attachment::delegation).setHeader(Translations.text("console.adoption.delegation"))
                .setAutoWidth(true);
        attachments.addColumn(a -> kind(a.kind())).setHeader(Translations.text("console.adoption.act"));
        attachments.addColumn(AdoptionView.Attachment::text).setHeader(Translations.text("console.adoption.text")).setFlexGrow(2);
        attachments.addColumn(AdoptionView.Attachment::recordedBy).setHeader(Translations.text("console.adoption.by"));
        attachments.addColumn(a -> UserTime.dateTime(a.recordedAt())).setHeader(Translations.text("console.adoption.at"));
        attachments.setAllRowsVisible(true);
        attachments.getElement().setAttribute("aria-label", Translations.text("console.adoption.attachments"));
        add(state, adopt, refusal, awaiting, attachments);
    }

    @Override
    void show(NegotiationView view, Capabilities capabilities) {
        AdoptionView adoption = view.adoption();
        adopt.setVisible(adoption == null && capabilities.may(Capability.ADOPT));
        attachments.setVisible(adoption != null);
        awaiting.setVisible(adoption != null);
        if (adoption == null) {
            state.setText(Translations.text("console.adoption.not-yet"));
            return;
        }
        refusal.setVisible(false);
        state.setText(Translations.text(adoption.bySilence() ? "console.adoption.adopted-by-silence" : "console.adoption.adopted",
                UserTime.dateTimeWithZone(adoption.adoptedAt()), adoption.textHash()));
        attachments.setItems(adoption.attachments());
        List<String> acts = Arrays.stream(AuthenticationAct.values()).map(Enum::name).toList();
        List<String> authenticated = adoption.attachments().stream().filter(a -> acts.contains(a.kind()))
                .map(AdoptionView.Attachment::delegation).toList();
        String missing = view.members().stream().map(DelegationView::code).map(Object::toString)
                .filter(code -> !authenticated.contains(code)).collect(Collectors.joining(", "));
        awaiting.setText(missing.isEmpty() ? Translations.text("console.adoption.all-acted")
                : Translations.text("console.adoption.awaiting", missing));
    }

    /** An act or statement kind as recorded (an enum name of AuthenticationAct or StatementKind). */
    private static String kind(String kind) {
        String key = "console.attachment." + kind;
        String label = Translations.text(key);
        return label.equals(key) ? kind : label;
    }

    private void adopt() {
        try {
            client.adopt(negotiation);
            refusal.setVisible(false);
        } catch (RuntimeException refused) {
            refusal.setText(Errors.describe(refused));
            refusal.setVisible(true);
            Errors.show(refused);
        }
    }
}
