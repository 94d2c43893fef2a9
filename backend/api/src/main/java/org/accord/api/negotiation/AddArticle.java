package org.accord.api.negotiation;

import org.accord.api.shared.ArticleId;
import org.accord.api.shared.NegotiationId;
import org.accord.api.shared.Text;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.Objects;

/**
 * The chair adds an operative article at the end of the draft. Its number is derived from its
 * place in the text; its identity is {@code articleId} and never changes.
 */
public record AddArticle(@TargetAggregateIdentifier NegotiationId negotiationId,
                         ArticleId articleId,
                         String heading,
                         String text) {

    public AddArticle {
        Objects.requireNonNull(negotiationId, "negotiationId");
        Objects.requireNonNull(articleId, "articleId");
        heading = Text.requireLine(heading, "Heading", NegotiationCommands.MAX_HEADING);
        text = Text.requireText(text, "Article text", NegotiationCommands.MAX_ARTICLE_TEXT);
        if (text.isBlank()) {
            throw new IllegalArgumentException("Article text must not be blank");
        }
    }
}
