package org.accord.api.amendment;

import org.accord.api.shared.NegotiationId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.Objects;

/** The chair incorporates a pending amendment into the clause. */
public record IncorporateAmendment(@TargetAggregateIdentifier NegotiationId negotiationId, AmendmentId amendmentId) {

    public IncorporateAmendment {
        Objects.requireNonNull(negotiationId, "negotiationId");
        Objects.requireNonNull(amendmentId, "amendmentId");
    }
}
