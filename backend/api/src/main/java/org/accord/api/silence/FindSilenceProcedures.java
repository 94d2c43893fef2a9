package org.accord.api.silence;

import org.accord.api.shared.NegotiationId;

import java.util.Objects;

/** The silence procedures of a negotiation, by expiry; answers {@code List<SilenceView>}. */
public record FindSilenceProcedures(NegotiationId negotiationId) {

    public FindSilenceProcedures {
        Objects.requireNonNull(negotiationId, "negotiationId");
    }
}
