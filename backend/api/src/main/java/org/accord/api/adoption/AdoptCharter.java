package org.accord.api.adoption;

import org.accord.api.shared.NegotiationId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.Objects;

/** The chair records the adoption of the whole charter; every clause must be agreed under the decision rule. */
public record AdoptCharter(@TargetAggregateIdentifier NegotiationId negotiationId) {

    public AdoptCharter {
        Objects.requireNonNull(negotiationId, "negotiationId");
    }
}
