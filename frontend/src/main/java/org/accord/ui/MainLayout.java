package org.accord.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.html.Anchor;
import jakarta.annotation.security.PermitAll;
import org.accord.api.shared.Actor;
import org.accord.ui.security.CurrentUser;

/** Frame of every signed-in screen: the product name, navigation, who is signed in, sign out. */
@PermitAll
public class MainLayout extends AppLayout {

    public MainLayout(CurrentUser currentUser) {
        Anchor home = new Anchor("", "Accord"); // by path: the shell does not depend on any feature
        home.addClassName("accord-brand");
        home.getStyle().set("font-weight", "600").set("font-size", "var(--lumo-font-size-l)");

        Span who = new Span(currentUser.actor().map(MainLayout::describe).orElse(""));
        who.setId("signed-in-user");
        Button logout = new Button("Sign out", event -> currentUser.logout());
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);

        HorizontalLayout bar = new HorizontalLayout(home, who, logout);
        bar.setWidthFull();
        bar.setPadding(true);
        bar.setAlignItems(FlexComponent.Alignment.CENTER);
        bar.expand(who);
        who.getStyle().set("text-align", "end");
        addToNavbar(bar);
    }

    static String describe(Actor actor) {
        String role = switch (actor.role()) {
            case CHAIR -> "Chair";
            case HEAD_OF_DELEGATION -> "Head of delegation";
            case DELEGATE -> "Delegate";
            case OBSERVER -> "Observer";
        };
        return actor.displayName() + " · " + role + (actor.delegation() == null ? "" : " · " + actor.delegation());
    }
}
