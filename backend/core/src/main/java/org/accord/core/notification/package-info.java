/**
 * Notifications: the {@code notifications} tracking processor derives from the negotiation
 * events who must be told what ({@link org.accord.core.notification.NotificationRules}), keeping
 * the positions and revisions it needs in its own tables; the queries answer each person their
 * own list and unread count, and new notifications are pushed to that person's subscriptions
 * only when they happen, never during a replay (docs/adr/0019-notifications.md).
 */
package org.accord.core.notification;
