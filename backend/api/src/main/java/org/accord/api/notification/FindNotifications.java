package org.accord.api.notification;

/**
 * The asker's latest {@code limit} notifications and their unread count; answers
 * {@link Notifications}. As a subscription query, every new notification for the asker (and every
 * reading mark they set, in any tab) pushes the whole {@link Notifications} again.
 */
public record FindNotifications(int limit) {

    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 200;

    public FindNotifications {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("A limit must be between 1 and " + MAX_LIMIT + ", got " + limit);
        }
    }

    public FindNotifications() {
        this(DEFAULT_LIMIT);
    }
}
