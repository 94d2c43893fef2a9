package org.accord.api.position;

import org.accord.api.shared.NegotiationId;

import java.util.Objects;

/**
 * How many clauses stood in each status over time, as the viewer may see it; answers
 * {@code AgreementHistory}, empty for somebody who may not see the negotiation's text.
 */
public record FindAgreementHistory(NegotiationId negotiationId) {

    public FindAgreementHistory {
        Objects.requireNonNull(negotiationId, "negotiationId");
    }
}
