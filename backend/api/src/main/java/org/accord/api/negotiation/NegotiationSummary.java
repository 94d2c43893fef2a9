package org.accord.api.negotiation;

import org.accord.api.shared.NegotiationId;

import java.time.Instant;

/**
 * One line of the negotiations list, as its viewer may see it.
 *
 * @param lastActivity the last disclosed activity; {@code null} while nothing is disclosed to an observer
 */
public record NegotiationSummary(NegotiationId negotiationId,
                                 String title,
                                 String chairName,
                                 int members,
                                 int observers,
                                 int articles,
                                 Instant lastActivity) {
}
