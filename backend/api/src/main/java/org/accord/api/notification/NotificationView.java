package org.accord.api.notification;

import org.accord.api.shared.ArticleId;
import org.accord.api.shared.DelegationCode;
import org.accord.api.shared.NegotiationId;

import java.time.Instant;
import java.util.Objects;

/**
 * One thing a person is told. The UI builds the sentence from {@code kind} and the parameters.
 *
 * @param sequence         the position of the event it was derived from in the event stream:
 *                         stable across replays, increasing, the unit of {@link MarkNotificationsRead}
 * @param negotiationTitle the negotiation's title
 * @param clauseId         the clause concerned; {@code null} for a silence or a milestone
 * @param clauseLabel      the clause's heading, or the start of its wording; {@code null} without clause
 * @param actorName        who acted
 * @param actorDelegation  their delegation; {@code null} for the chair
 * @param detail           the issued text's symbol (milestone); otherwise {@code null}
 * @param read             whether the person has marked it read
 */
public record NotificationView(long sequence,
                               NotificationKind kind,
                               NegotiationId negotiationId,
                               String negotiationTitle,
                               ArticleId clauseId,
                               String clauseLabel,
                               String actorName,
                               DelegationCode actorDelegation,
                               String detail,
                               Instant occurredAt,
                               boolean read) {

    public NotificationView {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(negotiationId, "negotiationId");
        Objects.requireNonNull(occurredAt, "occurredAt");
    }
}
