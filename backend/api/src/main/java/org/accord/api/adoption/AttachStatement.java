package org.accord.api.adoption;

import org.accord.api.shared.DelegationCode;
import org.accord.api.shared.NegotiationId;
import org.accord.api.shared.Text;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.Objects;

/** The head of a member delegation attaches a statement or reservation to the adopted charter. */
public record AttachStatement(@TargetAggregateIdentifier NegotiationId negotiationId, DelegationCode delegation,
                              StatementKind kind, String text) {

    public AttachStatement {
        Objects.requireNonNull(negotiationId, "negotiationId");
        Objects.requireNonNull(delegation, "delegation");
        Objects.requireNonNull(kind, "kind");
        text = Text.requireText(text, "Statement", 8_000).strip();
        if (text.isEmpty()) {
            throw new IllegalArgumentException("A statement needs a text");
        }
    }
}
