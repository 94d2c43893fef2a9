package org.accord.api.negotiation;

import org.accord.api.shared.ArticleId;
import org.accord.api.shared.NegotiationId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.Objects;

/**
 * The chair moves an article to just after {@code after} ({@code null}: to the top). Every
 * article keeps its identity, wording, positions and history; only the derived numbers change.
 */
public record MoveArticle(@TargetAggregateIdentifier NegotiationId negotiationId, ArticleId articleId,
                          ArticleId after) {

    public MoveArticle {
        Objects.requireNonNull(negotiationId, "negotiationId");
        Objects.requireNonNull(articleId, "articleId");
        if (articleId.equals(after)) {
            throw new IllegalArgumentException("An article cannot be moved after itself");
        }
    }
}
