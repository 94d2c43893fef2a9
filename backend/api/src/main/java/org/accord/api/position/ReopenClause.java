package org.accord.api.position;

import org.accord.api.shared.ArticleId;
import org.accord.api.shared.DelegationCode;
import org.accord.api.shared.NegotiationId;
import org.accord.api.shared.Text;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.Objects;

/**
 * "Nothing is agreed until everything is agreed": the head of a member delegation reopens an
 * agreed clause, with a reason, until the charter is adopted.
 */
public record ReopenClause(@TargetAggregateIdentifier NegotiationId negotiationId, ArticleId clauseId,
                           DelegationCode delegation, String reason) {

    public ReopenClause {
        Objects.requireNonNull(negotiationId, "negotiationId");
        Objects.requireNonNull(clauseId, "clauseId");
        Objects.requireNonNull(delegation, "delegation");
        reason = Text.requireText(reason == null ? "" : reason, "Reason", DeclarePosition.MAX_STATEMENT).strip();
        if (reason.isEmpty()) {
            throw new IllegalArgumentException("Reopening an agreed clause needs a reason");
        }
    }
}
