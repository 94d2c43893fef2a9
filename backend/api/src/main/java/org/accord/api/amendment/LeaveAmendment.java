package org.accord.api.amendment;

import org.accord.api.shared.NegotiationId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.Objects;

/** A co-sponsor leaves an open amendment. */
public record LeaveAmendment(@TargetAggregateIdentifier NegotiationId negotiationId, AmendmentId amendmentId) {

    public LeaveAmendment {
        Objects.requireNonNull(negotiationId, "negotiationId");
        Objects.requireNonNull(amendmentId, "amendmentId");
    }
}
