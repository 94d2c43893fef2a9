package org.accord.core.notification;

import org.accord.api.notification.NotificationKind;
import org.accord.api.shared.Actor;
import org.accord.api.shared.ArticleId;
import org.accord.api.shared.NegotiationId;

import java.time.Instant;

/** What one event tells its recipients, before it is addressed: one row per recipient. */
record Notice(long sequence, NegotiationId negotiationId, NotificationKind kind, ArticleId clauseId,
              String clauseLabel, Actor actor, String detail, Instant at) {
}
