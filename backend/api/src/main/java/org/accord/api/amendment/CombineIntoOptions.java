package org.accord.api.amendment;

import org.accord.api.shared.ArticleId;
import org.accord.api.shared.NegotiationId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;
import java.util.Objects;

/**
 * The chair puts competing pending amendments on one clause side by side as options, each still
 * attributed to its proposer and co-sponsors. Incorporating one option supersedes the others.
 */
public record CombineIntoOptions(@TargetAggregateIdentifier NegotiationId negotiationId, ArticleId clauseId,
                                 List<AmendmentId> amendments) {

    public CombineIntoOptions {
        Objects.requireNonNull(negotiationId, "negotiationId");
        Objects.requireNonNull(clauseId, "clauseId");
        amendments = List.copyOf(amendments);
        if (amendments.size() < 2 || amendments.stream().distinct().count() != amendments.size()) {
            throw new IllegalArgumentException("Options need at least two different amendments");
        }
    }
}
