package org.accord.api.drafting;

import org.accord.api.shared.ArticleId;
import org.accord.api.shared.NegotiationId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.Objects;

/**
 * The chair merges {@code mergedClauseId} into {@code clauseId} (same kind, same article): its
 * wording is appended on a new line and it leaves the text; its identity stays in the history.
 */
public record MergeClauses(@TargetAggregateIdentifier NegotiationId negotiationId, ArticleId clauseId,
                           ArticleId mergedClauseId) {

    public MergeClauses {
        Objects.requireNonNull(negotiationId, "negotiationId");
        Objects.requireNonNull(clauseId, "clauseId");
        Objects.requireNonNull(mergedClauseId, "mergedClauseId");
        if (clauseId.equals(mergedClauseId)) {
            throw new IllegalArgumentException("A clause cannot be merged into itself");
        }
    }
}
