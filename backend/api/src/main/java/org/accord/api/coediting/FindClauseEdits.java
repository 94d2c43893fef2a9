package org.accord.api.coediting;

import org.accord.api.shared.ArticleId;
import org.accord.api.shared.NegotiationId;

import java.util.Objects;

/**
 * The revisions of a clause recorded after {@code afterRevision}, oldest first, for a client
 * catching up after a lost connection: answered by {@link ClauseEditEntries}.
 */
public record FindClauseEdits(NegotiationId negotiationId, ArticleId clauseId, long afterRevision) {

    public FindClauseEdits {
        Objects.requireNonNull(negotiationId, "negotiationId");
        Objects.requireNonNull(clauseId, "clauseId");
        if (afterRevision < 1) {
            throw new IllegalArgumentException("A revision starts at 1, got " + afterRevision);
        }
    }
}
