package org.accord.api.drafting;

import org.accord.api.negotiation.NegotiationCommands;
import org.accord.api.shared.ArticleId;
import org.accord.api.shared.NegotiationId;
import org.accord.api.shared.Text;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.Objects;

/** The chair adds a paragraph at the end of the preamble. */
public record AddPreambleParagraph(@TargetAggregateIdentifier NegotiationId negotiationId, ArticleId clauseId,
                                   String text) {

    public AddPreambleParagraph {
        Objects.requireNonNull(negotiationId, "negotiationId");
        Objects.requireNonNull(clauseId, "clauseId");
        text = Text.requireText(text, "Preamble paragraph", NegotiationCommands.MAX_ARTICLE_TEXT);
        if (text.isBlank()) {
            throw new IllegalArgumentException("A preamble paragraph needs a text");
        }
    }
}
