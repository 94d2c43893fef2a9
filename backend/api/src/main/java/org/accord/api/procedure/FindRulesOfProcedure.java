package org.accord.api.procedure;

import org.accord.api.shared.NegotiationId;

import java.util.Objects;

/**
 * The rules of procedure in force in a negotiation, in full (working languages and minimum silence
 * included); answers {@code Optional<RulesOfProcedure>}, empty if unknown or not disclosed to the viewer.
 */
public record FindRulesOfProcedure(NegotiationId negotiationId) {

    public FindRulesOfProcedure {
        Objects.requireNonNull(negotiationId, "negotiationId");
    }
}
