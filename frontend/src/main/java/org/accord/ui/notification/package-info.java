/**
 * Notifications in the UI: the bell in the header with the unread count, the list of what the
 * signed-in person was told (sentence, negotiation, link to the clause, time), "mark all read",
 * and a toast when something new arrives live. Everything goes through {@link
 * org.accord.ui.notification.NotificationClient}; the server decides who is told what
 * (docs/adr/0019-notifications.md).
 */
package org.accord.ui.notification;
