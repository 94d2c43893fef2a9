package org.accord.core.notification;

import org.accord.api.notification.FindNotifications;
import org.accord.api.notification.MarkNotificationsRead;
import org.accord.api.notification.Notifications;
import org.accord.api.shared.Actor;
import org.accord.api.shared.QueryRefusedException;
import org.accord.api.shared.RejectionReason;
import org.accord.core.infrastructure.ActorMetaData;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

/**
 * Each person's notifications, and their reading mark. Marking read is a command (through the
 * command bus, so it carries its actor like every other act) but records no event: it is the
 * person's own bookkeeping, not an act in a negotiation (docs/adr/0019-notifications.md).
 */
@Component
class NotificationQueries {

    private final NotificationStore store;
    private final NotificationUpdates updates;

    NotificationQueries(NotificationStore store, NotificationUpdates updates) {
        this.store = store;
        this.updates = updates;
    }

    @QueryHandler
    Notifications handle(FindNotifications query, @MetaDataValue(ActorMetaData.KEY) Actor viewer) {
        if (viewer == null) {
            throw new QueryRefusedException(RejectionReason.NOT_AUTHENTICATED,
                    "Only a signed-in person has notifications");
        }
        return store.of(Recipient.of(viewer), viewer.username(), query.limit());
    }

    /** The actor is present: the bus refuses a command without one before this handler. */
    @CommandHandler
    void handle(MarkNotificationsRead command, @MetaDataValue(ActorMetaData.KEY) Actor actor) {
        store.markRead(actor.username(), command.upTo());
        updates.pushToPerson(actor.username());
    }
}
