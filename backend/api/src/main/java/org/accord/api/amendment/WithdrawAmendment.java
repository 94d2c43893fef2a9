package org.accord.api.amendment;

import org.accord.api.shared.NegotiationId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.Objects;

/** The proposer withdraws an open amendment. */
public record WithdrawAmendment(@TargetAggregateIdentifier NegotiationId negotiationId, AmendmentId amendmentId) {

    public WithdrawAmendment {
        Objects.requireNonNull(negotiationId, "negotiationId");
        Objects.requireNonNull(amendmentId, "amendmentId");
    }
}
