package org.accord.api.adoption;

import org.accord.api.shared.DelegationCode;
import org.accord.api.shared.NegotiationId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.Objects;

/** The head of a member delegation signs, signs ad referendum or initials the adopted charter for their state. */
public record AuthenticateCharter(@TargetAggregateIdentifier NegotiationId negotiationId, DelegationCode delegation,
                                  AuthenticationAct act) {

    public AuthenticateCharter {
        Objects.requireNonNull(negotiationId, "negotiationId");
        Objects.requireNonNull(delegation, "delegation");
        Objects.requireNonNull(act, "act");
    }
}
