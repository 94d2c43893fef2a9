package org.accord.api.negotiation;

import org.accord.api.shared.NegotiationId;
import org.accord.api.shared.Text;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.Objects;

/** The secretariat opens a negotiation on a charter; the sender becomes its chair. */
public record OpenNegotiation(@TargetAggregateIdentifier NegotiationId negotiationId, String title) {

    public OpenNegotiation {
        Objects.requireNonNull(negotiationId, "negotiationId");
        title = Text.requireLine(title, "Title", NegotiationCommands.MAX_TITLE);
    }
}
