package org.accord.ui.notification;

import org.accord.api.notification.NotificationView;
import org.accord.ui.i18n.Translations;

/**
 * The sentence telling a notification, built from the bundle's pattern for its kind
 * ({@code NotificationKind.*}) with the parameters {0} who acted, {1} the clause, {2} the issued
 * text's symbol: never English concatenated in code.
 */
final class NotificationSentences {

    private NotificationSentences() {
    }

    static String of(NotificationView notification) {
        String actor = notification.actorDelegation() == null ? notification.actorName()
                : Translations.text("notification.actor-of", notification.actorName(),
                notification.actorDelegation().value());
        return Translations.text(Translations.key(notification.kind()), actor,
                notification.clauseLabel() == null ? "" : notification.clauseLabel(),
                notification.detail() == null ? "" : notification.detail());
    }

    /** Where the notification leads: its clause in the workspace, or the negotiation. */
    static String target(NotificationView notification) {
        String negotiation = "negotiations/" + notification.negotiationId().value();
        return notification.clauseId() == null ? negotiation
                : negotiation + "?clause=" + notification.clauseId().value();
    }
}
