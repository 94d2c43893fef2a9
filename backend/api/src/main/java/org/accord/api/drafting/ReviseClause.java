package org.accord.api.drafting;

import org.accord.api.negotiation.NegotiationCommands;
import org.accord.api.shared.ArticleId;
import org.accord.api.shared.NegotiationId;
import org.accord.api.shared.Text;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.Objects;

/**
 * Replaces the code points {@code [from, to)} of a clause's wording, as it stood at
 * {@code baseRevision}, by {@code replacement}. Replacing {@code [0, length)} replaces the whole
 * wording. A base older than the current revision is refused as stale: the real-time co-editing
 * engine transforms concurrent edits before they reach this command.
 */
public record ReviseClause(@TargetAggregateIdentifier NegotiationId negotiationId,
                           ArticleId clauseId,
                           long baseRevision,
                           int from,
                           int to,
                           String replacement) {

    public ReviseClause {
        Objects.requireNonNull(negotiationId, "negotiationId");
        Objects.requireNonNull(clauseId, "clauseId");
        if (baseRevision < 1) {
            throw new IllegalArgumentException("A base revision starts at 1, got " + baseRevision);
        }
        if (from < 0 || to < from) {
            throw new IllegalArgumentException("A range needs 0 <= from <= to, got [" + from + ", " + to + ")");
        }
        replacement = Text.requireText(replacement, "Replacement", NegotiationCommands.MAX_ARTICLE_TEXT);
    }

    /** Replaces the whole wording of revision {@code baseRevision} (of {@code currentLength} code points). */
    public static ReviseClause wholly(NegotiationId negotiationId, ArticleId clauseId, long baseRevision,
                                      int currentLength, String wording) {
        return new ReviseClause(negotiationId, clauseId, baseRevision, 0, currentLength, wording);
    }
}
