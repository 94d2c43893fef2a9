package org.accord.api.negotiation;

import org.accord.api.procedure.RulesOfProcedure;
import org.accord.api.shared.NegotiationId;
import org.accord.api.shared.Text;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.Objects;

/**
 * The secretariat opens a negotiation on a charter under its rules of procedure; the sender
 * becomes its chair.
 */
public record OpenNegotiation(@TargetAggregateIdentifier NegotiationId negotiationId, String title,
                              RulesOfProcedure rules) {

    public OpenNegotiation {
        Objects.requireNonNull(negotiationId, "negotiationId");
        title = Text.requireLine(title, "Title", NegotiationCommands.MAX_TITLE);
        rules = rules == null ? RulesOfProcedure.standard() : rules;
    }

    /** Opens under the {@linkplain RulesOfProcedure#standard() standard rules}. */
    public OpenNegotiation(NegotiationId negotiationId, String title) {
        this(negotiationId, title, RulesOfProcedure.standard());
    }
}
