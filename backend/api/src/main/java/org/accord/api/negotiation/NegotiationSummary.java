package org.accord.api.negotiation;

import org.accord.api.shared.NegotiationId;

import java.time.Instant;

/** One line of the negotiations list. */
public record NegotiationSummary(NegotiationId negotiationId,
                                 String title,
                                 String chairName,
                                 int members,
                                 int observers,
                                 int articles,
                                 Instant lastActivity) {
}
