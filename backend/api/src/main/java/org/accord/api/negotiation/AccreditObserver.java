package org.accord.api.negotiation;

import org.accord.api.shared.DelegationCode;
import org.accord.api.shared.NegotiationId;
import org.accord.api.shared.Text;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.Objects;

/** The chair accredits an observer: a non-party state or organisation that watches and never counts. */
public record AccreditObserver(@TargetAggregateIdentifier NegotiationId negotiationId,
                               DelegationCode delegation,
                               String name) {

    public AccreditObserver {
        Objects.requireNonNull(negotiationId, "negotiationId");
        Objects.requireNonNull(delegation, "delegation");
        name = Text.requireLine(name, "Observer name", NegotiationCommands.MAX_NAME);
    }
}
