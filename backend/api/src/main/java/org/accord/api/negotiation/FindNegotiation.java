package org.accord.api.negotiation;

import org.accord.api.shared.NegotiationId;

import java.util.Objects;

/** One negotiation with its delegations and articles; answers {@code NegotiationView}, or nothing if unknown. */
public record FindNegotiation(NegotiationId negotiationId) {

    public FindNegotiation {
        Objects.requireNonNull(negotiationId, "negotiationId");
    }
}
