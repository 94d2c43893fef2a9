package org.accord.api.position;

import org.accord.api.shared.ArticleId;
import org.accord.api.shared.DelegationCode;
import org.accord.api.shared.NegotiationId;
import org.accord.api.shared.Text;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.Objects;

/**
 * The head of a member delegation declares the state's position on a clause, on the exact
 * revision of its wording they read. {@code delegation} names the state spoken for; it must be
 * the head's own.
 */
public record DeclarePosition(@TargetAggregateIdentifier NegotiationId negotiationId,
                              ArticleId clauseId,
                              DelegationCode delegation,
                              long revision,
                              PositionKind kind,
                              String statement) {

    public static final int MAX_STATEMENT = 4_000;

    public DeclarePosition {
        Objects.requireNonNull(negotiationId, "negotiationId");
        Objects.requireNonNull(clauseId, "clauseId");
        Objects.requireNonNull(delegation, "delegation");
        Objects.requireNonNull(kind, "kind");
        if (revision < 1) {
            throw new IllegalArgumentException("A revision starts at 1, got " + revision);
        }
        statement = statement == null ? "" : Text.requireText(statement, "Statement", MAX_STATEMENT).strip();
        if (kind.needsStatement() && statement.isEmpty()) {
            throw new IllegalArgumentException(kind == PositionKind.OBJECTION
                    ? "An objection needs a reason" : "A reservation needs a statement");
        }
    }
}
