package org.accord.api.amendment;

import org.accord.api.shared.NegotiationId;
import org.accord.api.shared.Text;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.Objects;

/** The chair records that an open amendment was not accepted, with the reason. */
public record RejectAmendment(@TargetAggregateIdentifier NegotiationId negotiationId, AmendmentId amendmentId,
                              String reason) {

    public RejectAmendment {
        Objects.requireNonNull(negotiationId, "negotiationId");
        Objects.requireNonNull(amendmentId, "amendmentId");
        reason = Text.requireLine(reason, "Reason", 1_000);
    }
}
