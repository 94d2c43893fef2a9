package org.accord.ui.chair;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.PermitAll;
import org.accord.api.negotiation.Capabilities;
import org.accord.api.negotiation.Capability;
import org.accord.api.negotiation.NegotiationView;
import org.accord.api.shared.NegotiationId;
import org.accord.ui.MainLayout;
import org.accord.ui.i18n.Translations;
import org.accord.ui.i18n.UserTime;
import org.accord.ui.live.LiveSubscription;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The chair's console for one negotiation, live. Whether the person runs this negotiation, and
 * which controls each section offers, comes from the server's capabilities, asked again on every
 * update; anyone else is told that only the chair runs it and sees no controls.
 */
@Route(value = "negotiations/:negotiationId/console", layout = MainLayout.class)
@PermitAll
public class ChairConsoleView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final Set<Capability> CHAIR = EnumSet.of(Capability.RUN_PROCEDURE, Capability.ACCREDIT,
            Capability.ISSUE_MILESTONE, Capability.OPEN_SILENCE, Capability.ADOPT, Capability.STRUCTURE_TEXT);

    private final ChairClient client;
    private final H2 title = withId(new H2(Translations.text("console.page-title")), "console-title");
    private final Paragraph notTheChair = withId(new Paragraph(Translations.text("console.not-the-chair")), "console-not-chair");
    private final RulesSection rules;
    private final AccreditationSection accreditation;
    private final RoundsSection rounds;
    private final MilestonesSection milestones;
    private final SilenceSection silence;
    private final AdoptionSection adoption;
    private final GlanceSection glance;
    private final List<ConsoleSection> sections;
    private final Div body;
    private Registration live;
    private Supplier<Capabilities> capabilities;

    public ChairConsoleView(ChairClient client) {
        this.client = client;
        rules = new RulesSection(client);
        accreditation = new AccreditationSection(client);
        rounds = new RoundsSection(client);
        milestones = new MilestonesSection(client);
        silence = new SilenceSection(client);
        adoption = new AdoptionSection(client);
        glance = new GlanceSection(client);
        sections = List.of(glance, silence, adoption, rules, accreditation, rounds, milestones);
        notTheChair.setVisible(false);
        notTheChair.getElement().setAttribute("role", "status");
        Nav jump = new Nav();
        jump.setId("console-sections");
        jump.getElement().setAttribute("aria-label", Translations.text("console.sections"));
        jump.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-m)");
        sections.forEach(section -> jump.add(jumpTo(section)));
        body = new Div(jump);
        body.setWidthFull();
        sections.forEach(body::add);
        body.setVisible(false);
        setMaxWidth("72rem");
        add(title, notTheChair, body);
        UserTime.whenKnown(this, () -> {
            rounds.rerender();
            milestones.rerender();
            silence.render();
        });
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        NegotiationId id = NegotiationId.of(event.getRouteParameters().get("negotiationId").orElseThrow());
        if (live != null) {
            live.remove();
        }
        capabilities = client.capabilities(id);
        live = LiveSubscription.bind(this, () -> client.watchNegotiation(id),
                initial -> initial.ifPresentOrElse(this::show, this::notFound), this::show);
    }

    private void show(NegotiationView negotiation) {
        Capabilities granted = capabilities.get();
        title.setText(Translations.text("console.title", negotiation.title()));
        boolean chair = CHAIR.stream().anyMatch(granted::may);
        notTheChair.setVisible(!chair);
        body.setVisible(chair);
        if (chair) {
            sections.forEach(section -> section.update(negotiation, granted));
        }
    }

    /** A link-like button to a section (an anchor "#id" would resolve against Vaadin's base href and leave the page). */
    private static Button jumpTo(ConsoleSection section) {
        Button jump = new Button(section.title(), e -> section.focusHeading());
        jump.setId("jump-" + section.getId().orElseThrow());
        jump.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        return jump;
    }

    private void notFound() {
        title.setText(Translations.text("workspace.not-found"));
        notTheChair.setVisible(true);
        body.setVisible(false);
    }

    private static <T extends com.vaadin.flow.component.Component> T withId(T component, String id) {
        component.setId(id);
        return component;
    }

    @Override
    public String getPageTitle() {
        return Translations.text("console.page-title");
    }
}
