package org.accord.api.drafting;

import org.accord.api.negotiation.NegotiationCommands;
import org.accord.api.shared.ArticleId;
import org.accord.api.shared.NegotiationId;
import org.accord.api.shared.Text;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.Objects;

/** The chair adds a numbered paragraph at the end of an article. */
public record AddParagraph(@TargetAggregateIdentifier NegotiationId negotiationId, ArticleId clauseId,
                           ArticleId articleId, String text) {

    public AddParagraph {
        Objects.requireNonNull(negotiationId, "negotiationId");
        Objects.requireNonNull(clauseId, "clauseId");
        Objects.requireNonNull(articleId, "articleId");
        text = Text.requireText(text, "Paragraph", NegotiationCommands.MAX_ARTICLE_TEXT);
        if (text.isBlank()) {
            throw new IllegalArgumentException("A paragraph needs a text");
        }
    }
}
