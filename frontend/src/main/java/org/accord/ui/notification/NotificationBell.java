package org.accord.ui.notification;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import org.accord.api.notification.NotificationView;
import org.accord.api.notification.Notifications;
import org.accord.ui.i18n.UserTime;
import org.accord.ui.live.LiveSubscription;

/**
 * The bell in the header: the unread count as a badge (and in the button's accessible name), a
 * list opened by the bell, and a toast when a new notification arrives while the person works.
 * Live for as long as the layout is attached (one subscription, disposed on detach).
 */
class NotificationBell extends Composite<Span> {

    static final int TOAST_MILLIS = 6000;

    private final Button bell = new Button(VaadinIcon.BELL.create());
    private final Span badge = new Span();
    private final NotificationList list;
    private Notifications current = Notifications.NONE;
    private long newestSeen = -1;

    NotificationBell(NotificationClient client) {
        this.list = new NotificationList(client);
        bell.setId("notifications-bell");
        bell.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        bell.addClickListener(event -> list.open(current));
        badge.setId("notifications-unread");
        badge.getElement().setAttribute("aria-hidden", "true"); // the bell's accessible name says it
        badge.getStyle().set("position", "absolute").set("top", "0").set("right", "0")
                .set("pointer-events", "none").set("min-width", "1.25em").set("padding", "0 0.3em")
                .set("box-sizing", "border-box").set("border-radius", "0.65em").set("text-align", "center")
                .set("font-size", "var(--lumo-font-size-xxs)").set("line-height", "1.3em").set("font-weight", "600")
                .set("background", "var(--lumo-error-color)").set("color", "var(--lumo-error-contrast-color)");
        Span frame = getContent();
        frame.getStyle().set("position", "relative").set("display", "inline-flex");
        frame.add(bell, badge);
        show(Notifications.NONE);
        LiveSubscription.bind(this, client::watchNotifications, this::show, this::update);
        UserTime.whenKnown(this, () -> list.refresh(current)); // times in the browser's zone once it is known
    }

    private void show(Notifications notifications) {
        current = notifications;
        newestSeen = Math.max(newestSeen, notifications.newestSequence());
        String label = getTranslation("notification.bell", notifications.unread());
        bell.setAriaLabel(label);
        bell.setTooltipText(label);
        badge.setText(String.valueOf(notifications.unread()));
        badge.setVisible(notifications.unread() > 0);
        list.refresh(notifications);
    }

    /** A pushed change: shown, and what arrived since the last look is told in a toast. */
    private void update(Notifications notifications) {
        long before = newestSeen;
        show(notifications);
        notifications.latest().stream()
                .filter(notification -> !notification.read() && notification.sequence() > before)
                .findFirst()
                .ifPresent(this::toast);
    }

    private void toast(NotificationView newest) {
        Span text = new Span(NotificationSentences.of(newest));
        text.setId("notification-toast-text");
        Notification toast = new Notification(text);
        toast.setId("notification-toast");
        toast.setDuration(TOAST_MILLIS);
        toast.setPosition(Notification.Position.BOTTOM_END); // clear of the header and its bell
        toast.getElement().setAttribute("role", "status");
        toast.open();
    }
}
