package org.accord.ui.chair;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.textfield.TextField;
import org.accord.api.negotiation.Capabilities;
import org.accord.api.negotiation.Capability;
import org.accord.api.negotiation.DelegationView;
import org.accord.api.negotiation.NegotiationView;
import org.accord.api.shared.DelegationCode;
import org.accord.ui.Errors;
import org.accord.ui.i18n.Translations;

import java.util.Arrays;
import java.util.List;

/**
 * The accredited delegations, and the chair's forms to accredit a member (code, name, and the head
 * of delegation and delegates as named in their credentials: names shown to others, not accounts)
 * or an observer.
 */
class AccreditationSection extends ConsoleSection {

    private final Grid<DelegationView> delegations = new Grid<>();
    private final TextField memberCode = code("accredit-member-code");
    private final TextField memberName = field("console.accredit.name", "accredit-member-name");
    private final TextField head = field("console.accredit.head", "accredit-member-head");
    private final TextField delegates = field("console.accredit.delegates", "accredit-member-delegates");
    private final TextField observerCode = code("accredit-observer-code");
    private final TextField observerName = field("console.accredit.name", "accredit-observer-name");
    private final Div forms;

    AccreditationSection(ChairClient client) {
        super(client, "console-accreditation", "console.accredit.title");
        delegations.setId("delegations");
        delegations.addColumn(d -> d.code().value()).setHeader(Translations.text("console.accredit.code")).setAutoWidth(true);
        delegations.addColumn(DelegationView::name).setHeader(Translations.text("console.accredit.name")).setFlexGrow(2);
        delegations.addColumn(d -> Translations.text(d.member() ? "console.accredit.member" : "console.accredit.observer"))
                .setHeader(Translations.text("console.accredit.standing")).setAutoWidth(true);
        delegations.addColumn(DelegationView::headOfDelegation).setHeader(Translations.text("console.accredit.head"));
        delegations.addColumn(d -> String.join(", ", d.delegates())).setHeader(Translations.text("console.accredit.delegates"));
        delegations.setAllRowsVisible(true);
        delegations.getElement().setAttribute("aria-label", Translations.text("console.accredit.title"));
        delegates.setHelperText(Translations.text("console.accredit.delegates-help"));
        Button member = withId(new Button(Translations.text("console.accredit.member-button"), e -> accreditMember()),
                "accredit-member");
        Button observer = withId(new Button(Translations.text("console.accredit.observer-button"), e -> accreditObserver()),
                "accredit-observer");
        forms = new Div(new H4(Translations.text("console.accredit.new-member")), row(memberCode, memberName, head, delegates),
                member, new H4(Translations.text("console.accredit.new-observer")), row(observerCode, observerName), observer);
        add(delegations, forms);
    }

    @Override
    void show(NegotiationView view, Capabilities capabilities) {
        delegations.setItems(view.delegations());
        forms.setVisible(capabilities.may(Capability.ACCREDIT));
    }

    private void accreditMember() {
        List<String> people = Arrays.stream(delegates.getValue().split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        DelegationCode code = parse(memberCode);
        if (code != null && Errors.attempt(() -> client.accreditMember(negotiation, code, memberName.getValue(), head.getValue(), people))) {
            memberCode.clear();
            memberName.clear();
            head.clear();
            delegates.clear();
        }
    }

    private void accreditObserver() {
        DelegationCode code = parse(observerCode);
        if (code != null && Errors.attempt(() -> client.accreditObserver(negotiation, code, observerName.getValue()))) {
            observerCode.clear();
            observerName.clear();
        }
    }

    private static DelegationCode parse(TextField field) {
        try {
            return DelegationCode.of(field.getValue().strip());
        } catch (RuntimeException invalid) {
            Errors.show(invalid);
            return null;
        }
    }

    private static TextField code(String id) {
        TextField code = field("console.accredit.code", id);
        code.setHelperText(Translations.text("console.accredit.code-help"));
        code.setMaxLength(10);
        return code;
    }

    private static TextField field(String label, String id) {
        return withId(new TextField(Translations.text(label)), id);
    }

    static FlexLayout row(com.vaadin.flow.component.Component... fields) {
        FlexLayout row = new FlexLayout(fields);
        row.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        row.getStyle().set("gap", "var(--lumo-space-m)");
        return row;
    }
}
