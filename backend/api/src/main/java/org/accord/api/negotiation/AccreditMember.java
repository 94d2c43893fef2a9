package org.accord.api.negotiation;

import org.accord.api.shared.DelegationCode;
import org.accord.api.shared.NegotiationId;
import org.accord.api.shared.Text;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.Objects;

/** The chair accredits the delegation of a state party: it may negotiate and its position counts. */
public record AccreditMember(@TargetAggregateIdentifier NegotiationId negotiationId,
                             DelegationCode delegation,
                             String name) {

    public AccreditMember {
        Objects.requireNonNull(negotiationId, "negotiationId");
        Objects.requireNonNull(delegation, "delegation");
        name = Text.requireLine(name, "Delegation name", NegotiationCommands.MAX_NAME);
    }
}
