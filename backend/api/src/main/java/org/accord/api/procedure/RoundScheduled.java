package org.accord.api.procedure;

import org.accord.api.shared.Actor;
import org.accord.api.shared.NegotiationId;
import org.axonframework.serialization.Revision;

import java.time.Instant;

/** Round {@code number} of the negotiation, with its dates and its deadline for tabling amendments. */
@Revision("1")
public record RoundScheduled(NegotiationId negotiationId, int number, String title, Instant opensAt,
                             Instant closesAt, Instant amendmentDeadline, Actor by) {
}
