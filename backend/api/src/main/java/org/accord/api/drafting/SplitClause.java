package org.accord.api.drafting;

import org.accord.api.negotiation.NegotiationCommands;
import org.accord.api.shared.ArticleId;
import org.accord.api.shared.NegotiationId;
import org.accord.api.shared.Text;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.Objects;

/**
 * The chair splits a clause at code point {@code at} of its current {@code revision}: the clause
 * keeps its identity and the first part; the second part becomes the clause {@code newClauseId}
 * right after it, of the same kind (an article needs {@code newHeading}).
 */
public record SplitClause(@TargetAggregateIdentifier NegotiationId negotiationId, ArticleId clauseId, long revision,
                          int at, ArticleId newClauseId, String newHeading) {

    public SplitClause {
        Objects.requireNonNull(negotiationId, "negotiationId");
        Objects.requireNonNull(clauseId, "clauseId");
        Objects.requireNonNull(newClauseId, "newClauseId");
        if (at < 1) {
            throw new IllegalArgumentException("A clause is split after at least one character");
        }
        newHeading = newHeading == null || newHeading.isBlank() ? ""
                : Text.requireLine(newHeading, "Heading", NegotiationCommands.MAX_HEADING);
    }
}
