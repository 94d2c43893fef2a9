package org.accord.api.notification;

import java.util.List;

/**
 * The signed-in person's latest notifications, newest first, and how many of all theirs are unread.
 * Answer and update of {@link FindNotifications}.
 */
public record Notifications(List<NotificationView> latest, int unread) {

    public static final Notifications NONE = new Notifications(List.of(), 0);

    public Notifications {
        latest = List.copyOf(latest);
        if (unread < 0) {
            throw new IllegalArgumentException("Unread cannot be negative");
        }
    }

    /** The newest sequence shown; 0 when there is none. */
    public long newestSequence() {
        return latest.isEmpty() ? 0 : latest.get(0).sequence();
    }
}
