package org.accord.api.negotiation;

import org.accord.api.shared.ArticleId;
import org.accord.api.shared.NegotiationId;

import java.util.Objects;

/**
 * One clause in detail — wording, revision, status, positions, amendments (with the wording
 * they were tabled on), comments; answers {@code ArticleView}, or nothing if unknown.
 */
public record FindClause(NegotiationId negotiationId, ArticleId clauseId) {

    public FindClause {
        Objects.requireNonNull(negotiationId, "negotiationId");
        Objects.requireNonNull(clauseId, "clauseId");
    }
}
