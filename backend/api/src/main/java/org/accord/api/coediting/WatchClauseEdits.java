package org.accord.api.coediting;

import org.accord.api.shared.ArticleId;
import org.accord.api.shared.NegotiationId;

import java.util.Objects;

/**
 * Subscription query of a co-editing session: the initial result is the clause's
 * {@link ClauseEditorSnapshot}; every revision recorded afterwards arrives as one
 * {@link ClauseEditEntry}, after it is committed. Only the chair and member delegations may
 * watch (they are the ones who may edit).
 */
public record WatchClauseEdits(NegotiationId negotiationId, ArticleId clauseId) {

    public WatchClauseEdits {
        Objects.requireNonNull(negotiationId, "negotiationId");
        Objects.requireNonNull(clauseId, "clauseId");
    }

    public boolean concerns(NegotiationId negotiation, ArticleId clause) {
        return negotiationId.equals(negotiation) && clauseId.equals(clause);
    }
}
