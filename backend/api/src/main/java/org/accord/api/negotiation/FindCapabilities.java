package org.accord.api.negotiation;

import org.accord.api.shared.NegotiationId;

import java.util.Objects;

/**
 * What the signed-in person may do in a negotiation; answered with {@link Capabilities}. Someone
 * who may not see the negotiation gets {@link Capabilities#none}.
 */
public record FindCapabilities(NegotiationId negotiationId) {

    public FindCapabilities {
        Objects.requireNonNull(negotiationId, "negotiationId");
    }
}
