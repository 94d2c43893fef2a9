package org.accord.api.procedure;

import org.accord.api.shared.NegotiationId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.Objects;

/** The chair changes the rules of procedure; not possible once the charter is adopted. */
public record ChangeRulesOfProcedure(@TargetAggregateIdentifier NegotiationId negotiationId, RulesOfProcedure rules) {

    public ChangeRulesOfProcedure {
        Objects.requireNonNull(negotiationId, "negotiationId");
        Objects.requireNonNull(rules, "rules");
    }
}
