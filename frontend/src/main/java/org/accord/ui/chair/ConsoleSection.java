package org.accord.ui.chair;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Section;
import org.accord.api.negotiation.Capabilities;
import org.accord.api.negotiation.NegotiationView;
import org.accord.api.shared.NegotiationId;
import org.accord.ui.i18n.Translations;

/** One card of the console: a heading, and what it shows of each new state of the negotiation. */
abstract class ConsoleSection extends Section {

    protected final ChairClient client;
    protected NegotiationId negotiation;
    private final H3 heading;

    ConsoleSection(ChairClient client, String id, String headingKey) {
        this.client = client;
        setId(id);
        heading = new H3(Translations.text(headingKey));
        heading.getElement().setAttribute("tabindex", "-1");
        heading.setId(id + "-heading");
        heading.getStyle().set("margin", "0 0 var(--lumo-space-s) 0");
        getElement().setAttribute("aria-labelledby", id + "-heading");
        add(heading);
        getStyle().set("padding", "var(--lumo-space-m)").set("margin-bottom", "var(--lumo-space-m)")
                .set("background", "var(--lumo-contrast-5pct)").set("border-radius", "var(--lumo-border-radius-m)")
                .set("box-sizing", "border-box").set("width", "100%");
    }

    String title() {
        return heading.getText();
    }

    /** Brings the section into view and moves the keyboard focus to its heading. */
    void focusHeading() {
        heading.scrollIntoView();
        heading.getElement().callJsFunction("focus");
    }

    final void update(NegotiationView view, Capabilities capabilities) {
        negotiation = view.negotiationId();
        show(view, capabilities);
    }

    /** Shows the negotiation as it now stands; controls only for the capabilities granted. */
    abstract void show(NegotiationView view, Capabilities capabilities);


    static <T extends Component> T withId(T component, String id) {
        component.setId(id);
        return component;
    }
}
