package org.accord.api.silence;

import org.accord.api.shared.ArticleId;
import org.accord.api.shared.NegotiationId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The chair puts a text under silence until the exact instant {@code expiresAt}: the listed
 * clauses, or the whole charter when {@code clauses} is empty. The expiry must be at least the
 * negotiation's minimum silence (72 hours by default) ahead.
 */
public record OpenSilenceProcedure(@TargetAggregateIdentifier NegotiationId negotiationId, SilenceId silenceId,
                                   List<ArticleId> clauses, Instant expiresAt) {

    public OpenSilenceProcedure {
        Objects.requireNonNull(negotiationId, "negotiationId");
        Objects.requireNonNull(silenceId, "silenceId");
        Objects.requireNonNull(expiresAt, "expiresAt");
        clauses = clauses == null ? List.of() : List.copyOf(clauses);
    }

    public boolean wholeCharter() {
        return clauses.isEmpty();
    }
}
