package org.accord.api.position;

import org.accord.api.shared.NegotiationId;

import java.util.Objects;

/** The endorsement board of a negotiation; answers {@code EndorsementMatrix}, or nothing if unknown. */
public record FindEndorsementMatrix(NegotiationId negotiationId) {

    public FindEndorsementMatrix {
        Objects.requireNonNull(negotiationId, "negotiationId");
    }
}
