package org.accord.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import jakarta.annotation.security.PermitAll;
import org.accord.api.shared.Actor;
import org.accord.ui.i18n.LanguageSwitch;
import org.accord.ui.i18n.Translations;
import org.accord.ui.i18n.UserTime;
import org.accord.ui.security.CurrentUser;
import org.springframework.beans.factory.ObjectProvider;

import java.util.Optional;

/**
 * Frame of every signed-in screen: the product name, navigation, who is signed in (name, role,
 * delegation in its colour), what features add to the header ({@link HeaderWidget}: the notification
 * bell), the language and sign out. Navigation is by path: the shell does not depend on any feature.
 */
@PermitAll
public class MainLayout extends AppLayout {

    public MainLayout(CurrentUser currentUser, ObjectProvider<HeaderWidget> widgets) {
        Optional<Actor> actor = currentUser.actor();
        DrawerToggle menu = new DrawerToggle();
        menu.setAriaLabel(getTranslation("shell.menu"));
        menu.setTooltipText(getTranslation("shell.menu"));
        Anchor home = new Anchor("", getTranslation("shell.product"));
        home.addClassName("accord-brand");
        home.getStyle().set("font-weight", "600").set("font-size", "var(--lumo-font-size-l)");
        Button logout = new Button(getTranslation("shell.sign-out"), VaadinIcon.SIGN_OUT.create(),
                event -> currentUser.logout());
        logout.setId("sign-out");
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);

        HorizontalLayout bar = new HorizontalLayout(menu, home, signedIn(actor));
        widgets.orderedStream().map(HeaderWidget::create).forEach(bar::add);
        bar.add(new LanguageSwitch(), logout);
        bar.setWidthFull();
        bar.setPadding(true);
        bar.setSpacing(true);
        bar.setAlignItems(FlexComponent.Alignment.CENTER);
        bar.getStyle().set("flex-wrap", "wrap").set("row-gap", "var(--lumo-space-xs)");
        addToNavbar(bar);
        addToDrawer(navigation());
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        UserTime.detect(attachEvent.getUI());
    }

    private Div signedIn(Optional<Actor> actor) {
        Div who = new Div();
        who.addClassName("signed-in");
        who.getStyle().set("flex", "1 1 12em").set("display", "flex").set("flex-wrap", "wrap")
                .set("justify-content", "flex-end").set("align-items", "center").set("gap", "var(--lumo-space-s)");
        actor.ifPresent(person -> {
            Span name = new Span(person.displayName());
            name.setId("signed-in-user");
            name.getStyle().set("font-weight", "600");
            Span role = new Span(Translations.label(person.role()));
            role.setId("signed-in-role");
            role.getStyle().set("color", "var(--lumo-secondary-text-color)");
            if (person.delegation() == null) {
                // the chair belongs to no delegation: the grey badge is the role itself
                DelegationColours.paint(role, null);
                who.add(name, role);
                return;
            }
            Span delegation = DelegationColours.badge(person.delegation(), person.delegation().value());
            delegation.setId("signed-in-delegation");
            delegation.getElement().setAttribute("aria-label",
                    getTranslation("shell.delegation-of", person.delegation().value()));
            who.add(name, role, delegation);
        });
        return who;
    }

    private SideNav navigation() {
        SideNav nav = new SideNav();
        nav.setId("navigation");
        nav.getElement().setAttribute("aria-label", getTranslation("shell.navigation"));
        nav.addItem(new SideNavItem(getTranslation("nav.negotiations"), "", VaadinIcon.FILE_TEXT_O.create()));
        return nav;
    }
}
