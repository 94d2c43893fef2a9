package org.accord.core.notification;

import org.accord.api.notification.FindNotifications;
import org.accord.api.shared.Actor;
import org.accord.core.infrastructure.ActorMetaData;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.axonframework.queryhandling.SubscriptionQueryMessage;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.List;
import java.util.function.Predicate;

/**
 * Pushes the new {@code Notifications} of each person concerned to their own subscriptions, and
 * nobody else's: each subscription receives the list and unread count of its viewer. Inside a
 * unit of work Axon delivers after commit.
 */
@Component
class NotificationUpdates {

    private final NotificationStore store;
    private final QueryUpdateEmitter emitter;

    NotificationUpdates(NotificationStore store, QueryUpdateEmitter emitter) {
        this.store = store;
        this.emitter = emitter;
    }

    /** New notifications for these recipients. */
    void pushTo(Collection<Recipient> recipients) {
        push(viewer -> recipients.contains(Recipient.of(viewer)));
    }

    /** The person's reading mark moved (their other tabs follow). */
    void pushToPerson(String username) {
        push(viewer -> viewer.username().equals(username));
    }

    private void push(Predicate<Actor> concerned) {
        List<SubscriptionQueryMessage<?, ?, ?>> watching = List.copyOf(emitter.activeSubscriptions());
        for (SubscriptionQueryMessage<?, ?, ?> subscription : watching) {
            if (subscription.getPayload() instanceof FindNotifications query
                    && subscription.getMetaData().get(ActorMetaData.KEY) instanceof Actor viewer
                    && concerned.test(viewer)) {
                String id = subscription.getIdentifier();
                emitter.emit(message -> id.equals(message.getIdentifier()),
                        store.of(Recipient.of(viewer), viewer.username(), query.limit()));
            }
        }
    }
}
