package org.accord.api.milestone;

import org.accord.api.shared.Actor;
import org.accord.api.shared.NegotiationId;
import org.axonframework.serialization.Revision;

import java.util.List;

/**
 * A numbered text was issued: {@code documentSymbol} is the symbol with its revision
 * ({@code C5/2026/L.1/Rev.2}); {@code clauses} freeze the exact wording of every clause; {@code
 * textHash} is the SHA-256 of the frozen text.
 */
@Revision("1")
public record MilestoneIssued(NegotiationId negotiationId, int sequence, MilestoneKind kind, String symbol,
                              int symbolRevision, String documentSymbol, List<FrozenClause> clauses, String textHash,
                              Actor by) {

    public MilestoneIssued {
        clauses = List.copyOf(clauses);
    }
}
