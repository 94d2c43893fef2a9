package org.accord.api.notification;

/**
 * The sender has read every notification up to and including {@code upTo} (a
 * {@link NotificationView#sequence()}). A reading mark is the person's own, not an act in a
 * negotiation: it is recorded without an event (docs/adr/0019-notifications.md). A mark never
 * moves back.
 */
public record MarkNotificationsRead(long upTo) {

    public MarkNotificationsRead {
        if (upTo < 0) {
            throw new IllegalArgumentException("A reading mark cannot be negative, got " + upTo);
        }
    }
}
