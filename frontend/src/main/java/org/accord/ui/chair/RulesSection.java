package org.accord.ui.chair;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import org.accord.api.negotiation.Capabilities;
import org.accord.api.negotiation.Capability;
import org.accord.api.negotiation.NegotiationView;
import org.accord.api.procedure.Confidentiality;
import org.accord.api.procedure.DecisionRule;
import org.accord.api.procedure.RulesOfProcedure;
import org.accord.ui.Errors;
import org.accord.ui.i18n.Translations;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/** The rules of procedure in force, and the chair's form to change them. */
class RulesSection extends ConsoleSection {

    private final Paragraph current = withId(new Paragraph(), "rules-current");
    private final Select<DecisionRule> rule = new Select<>();
    private final Select<Confidentiality.Mode> confidentiality = new Select<>();
    private final IntegerField delay = withId(new IntegerField(Translations.text("console.rules.delay")), "rules-delay");
    private final TextField languages = withId(new TextField(Translations.text("console.rules.languages")), "rules-languages");
    private final IntegerField silenceHours = withId(new IntegerField(Translations.text("console.rules.silence-hours")),
            "rules-silence-hours");
    private final com.vaadin.flow.component.combobox.ComboBox<String> timeZone =
            new com.vaadin.flow.component.combobox.ComboBox<>(Translations.text("console.rules.time-zone"));
    private final Div form;
    private Supplier<Optional<RulesOfProcedure>> inForce;
    private List<Object> askedFor;

    RulesSection(ChairClient client) {
        super(client, "console-rules", "console.rules.title");
        rule.setId("rules-decision-rule");
        rule.setLabel(Translations.text("console.rules.decision-rule"));
        rule.setItems(DecisionRule.values());
        rule.setItemLabelGenerator(Translations::label);
        confidentiality.setId("rules-confidentiality");
        confidentiality.setLabel(Translations.text("console.rules.confidentiality"));
        confidentiality.setItems(Confidentiality.Mode.values());
        confidentiality.setItemLabelGenerator(mode -> Translations.text("console.confidentiality." + mode.name()));
        confidentiality.addValueChangeListener(e -> delay.setEnabled(e.getValue() == Confidentiality.Mode.DELAYED));
        delay.setMin(1);
        delay.setMax(10_080);
        languages.setHelperText(Translations.text("console.rules.languages-help"));
        silenceHours.setMin(1);
        silenceHours.setMax(24 * 90);
        timeZone.setId("rules-time-zone");
        List<String> zones = new java.util.ArrayList<>(List.of("UTC"));
        java.time.ZoneId.getAvailableZoneIds().stream().filter(id -> id.contains("/")).sorted().forEach(zones::add);
        timeZone.setItems(zones);
        timeZone.setHelperText(Translations.text("console.rules.time-zone-help"));
        Button change = withId(new Button(Translations.text("console.rules.change"), e -> change()), "rules-change");
        FlexLayout fields = new FlexLayout(rule, confidentiality, delay, languages, silenceHours, timeZone);
        fields.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        fields.getStyle().set("gap", "var(--lumo-space-m)");
        form = new Div(fields, change);
        add(current, form);
    }

    @Override
    void show(NegotiationView view, Capabilities capabilities) {
        form.setVisible(capabilities.may(Capability.RUN_PROCEDURE));
        List<Object> shownRules = List.of(view.negotiationId(), view.decisionRule(), view.confidentiality(),
                view.timeZone());
        if (!shownRules.equals(askedFor)) {
            askedFor = shownRules;
            inForce = client.rules(view.negotiationId());
            showRules(inForce.get().orElseGet(() -> new RulesOfProcedure(view.decisionRule(), view.confidentiality(),
                    RulesOfProcedure.standard().workingLanguages(), RulesOfProcedure.standard().minimumSilenceHours())));
        }
    }

    /** The rules in force, as text and as the form's starting values. */
    private void showRules(RulesOfProcedure rules) {
        current.setText(Translations.text("console.rules.current", Translations.label(rules.decisionRule()),
                describe(rules.confidentiality()), String.join(", ", rules.workingLanguages()))
                + " " + Translations.text("console.rules.current-silence", rules.minimumSilenceHours())
                + " " + Translations.text("console.rules.current-time-zone", zoneName(rules.timeZone())));
        rule.setValue(rules.decisionRule());
        confidentiality.setValue(rules.confidentiality().mode());
        boolean delayed = rules.confidentiality().mode() == Confidentiality.Mode.DELAYED;
        delay.setValue(delayed ? rules.confidentiality().delayMinutes() : null);
        delay.setEnabled(delayed);
        languages.setValue(String.join(", ", rules.workingLanguages()));
        silenceHours.setValue(rules.minimumSilenceHours());
        timeZone.setValue(zoneName(rules.timeZone()));
    }

    private static String zoneName(java.time.ZoneId zone) {
        return zone.normalized().equals(java.time.ZoneOffset.UTC) ? "UTC" : zone.getId();
    }

    static String describe(Confidentiality confidentiality) {
        return confidentiality.mode() == Confidentiality.Mode.DELAYED
                ? Translations.text("console.confidentiality.delayed-by", confidentiality.delayMinutes())
                : Translations.text("console.confidentiality." + confidentiality.mode().name());
    }

    private void change() {
        RulesOfProcedure rules;
        try {
            Confidentiality.Mode mode = confidentiality.getValue();
            Confidentiality chosen = new Confidentiality(mode,
                    mode == Confidentiality.Mode.DELAYED && delay.getValue() != null ? delay.getValue() : 0);
            List<String> codes = Arrays.stream(languages.getValue().split("[,\\s]+")).filter(s -> !s.isBlank()).toList();
            rules = new RulesOfProcedure(rule.getValue(), chosen, codes,
                    silenceHours.getValue() == null ? 0 : silenceHours.getValue(),
                    timeZone.getValue() == null || timeZone.getValue().equals("UTC")
                            ? java.time.ZoneOffset.UTC : java.time.ZoneId.of(timeZone.getValue()));
        } catch (RuntimeException invalid) {
            org.accord.ui.Errors.show(invalid);
            return;
        }
        if (Errors.attempt(() -> client.changeRules(negotiation, rules))) {
            com.vaadin.flow.component.notification.Notification.show(Translations.text("console.rules.changed"));
            inForce.get().ifPresent(this::showRules);
        }
    }
}
