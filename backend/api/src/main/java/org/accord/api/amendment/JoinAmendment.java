package org.accord.api.amendment;

import org.accord.api.shared.NegotiationId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.Objects;

/** A member delegation joins an open amendment as co-sponsor. */
public record JoinAmendment(@TargetAggregateIdentifier NegotiationId negotiationId, AmendmentId amendmentId) {

    public JoinAmendment {
        Objects.requireNonNull(negotiationId, "negotiationId");
        Objects.requireNonNull(amendmentId, "amendmentId");
    }
}
