package org.accord.ui.notification;

import org.accord.api.notification.FindNotifications;
import org.accord.api.notification.MarkNotificationsRead;
import org.accord.api.notification.Notifications;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.SubscriptionQueryResult;
import org.springframework.stereotype.Service;

/**
 * The notification feature as the views see it. The server attaches the signed-in person to the
 * query and the command: each person only ever reads and marks their own notifications.
 */
@Service
public class NotificationClient {

    private final CommandGateway commands;
    private final QueryGateway queries;

    NotificationClient(CommandGateway commands, QueryGateway queries) {
        this.commands = commands;
        this.queries = queries;
    }

    /** The signed-in person's latest notifications and unread count, then each change of them. */
    public SubscriptionQueryResult<Notifications, Notifications> watchNotifications() {
        return queries.subscriptionQuery(new FindNotifications(),
                ResponseTypes.instanceOf(Notifications.class), ResponseTypes.instanceOf(Notifications.class));
    }

    /** Marks everything up to {@code upTo} (a notification's sequence) as read; throws when refused. */
    public void markRead(long upTo) {
        commands.sendAndWait(new MarkNotificationsRead(upTo));
    }
}
