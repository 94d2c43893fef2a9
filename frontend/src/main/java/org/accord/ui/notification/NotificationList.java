package org.accord.ui.notification;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import org.accord.api.notification.NotificationView;
import org.accord.api.notification.Notifications;
import org.accord.ui.Errors;
import org.accord.ui.i18n.UserTime;

/**
 * The signed-in person's latest notifications in a dialog (keyboard: the bell opens it, Escape
 * closes it, focus stays inside): each as a sentence, its negotiation, a link to the clause (or
 * the negotiation) and its time; unread ones stand out; "mark all read".
 */
class NotificationList extends Dialog {

    private final NotificationClient client;
    private final Div items = new Div();
    private final Button markRead;
    private Notifications shown = Notifications.NONE;

    NotificationList(NotificationClient client) {
        this.client = client;
        setId("notifications-dialog");
        setHeaderTitle(getTranslation("notification.title"));
        getElement().setAttribute("aria-label", getTranslation("notification.title"));
        markRead = new Button(getTranslation("notification.mark-all-read"), event -> markAllRead());
        markRead.setId("notifications-mark-read");
        markRead.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Button close = new Button(getTranslation("notification.close"), event -> close());
        close.setId("notifications-close");
        close.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout actions = new HorizontalLayout(markRead, close);
        actions.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        actions.setWidthFull();
        items.setId("notifications-list");
        items.getElement().setAttribute("role", "list");
        items.getStyle().set("display", "flex").set("flex-direction", "column").set("gap", "var(--lumo-space-s)")
                .set("max-width", "min(36rem, 90vw)");
        add(actions, items);
    }

    void open(Notifications notifications) {
        refresh(notifications);
        open();
    }

    void refresh(Notifications notifications) {
        shown = notifications;
        markRead.setEnabled(notifications.unread() > 0);
        items.removeAll();
        if (notifications.latest().isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("notification.none"));
            none.setId("notifications-none");
            items.add(none);
            return;
        }
        notifications.latest().forEach(notification -> items.add(item(notification)));
    }

    private Div item(NotificationView notification) {
        Div item = new Div();
        item.setId("notification-" + notification.sequence());
        item.addClassName("notification");
        item.getElement().setAttribute("role", "listitem");
        item.getStyle().set("padding", "var(--lumo-space-s)").set("border-radius", "var(--lumo-border-radius-m)");
        if (!notification.read()) {
            item.addClassName("unread");
            item.getStyle().set("background", "var(--lumo-primary-color-10pct)");
        }
        Span sentence = new Span(NotificationSentences.of(notification));
        sentence.addClassName("notification-sentence");
        sentence.getStyle().set("display", "block");
        if (!notification.read()) {
            sentence.getStyle().set("font-weight", "600");
        }
        Span where = new Span(getTranslation("notification.context", notification.negotiationTitle(),
                UserTime.dateTime(notification.occurredAt())));
        where.addClassName("notification-context");
        where.getStyle().set("display", "block").set("color", "var(--lumo-secondary-text-color)")
                .set("font-size", "var(--lumo-font-size-s)");
        Anchor link = new Anchor(NotificationSentences.target(notification), getTranslation(
                notification.clauseId() == null ? "notification.open-negotiation" : "notification.open-clause"));
        link.addClassName("notification-link");
        link.getElement().setAttribute("router-link", true);
        link.getElement().addEventListener("click", event -> close());
        item.add(sentence, where, link);
        return item;
    }

    private void markAllRead() {
        try {
            client.markRead(shown.newestSequence());
        } catch (RuntimeException refused) {
            Errors.show(refused);
        }
    }
}
