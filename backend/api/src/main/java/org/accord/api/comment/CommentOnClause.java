package org.accord.api.comment;

import org.accord.api.shared.ArticleId;
import org.accord.api.shared.NegotiationId;
import org.accord.api.shared.Text;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.Objects;

/** A member of a member delegation, or the chair, comments on a clause, possibly replying to a comment. */
public record CommentOnClause(@TargetAggregateIdentifier NegotiationId negotiationId, ArticleId clauseId,
                              CommentId commentId, CommentId inReplyTo, String text) {

    public static final int MAX_COMMENT = 4_000;

    public CommentOnClause {
        Objects.requireNonNull(negotiationId, "negotiationId");
        Objects.requireNonNull(clauseId, "clauseId");
        Objects.requireNonNull(commentId, "commentId");
        text = Text.requireText(text, "Comment", MAX_COMMENT).strip();
        if (text.isEmpty()) {
            throw new IllegalArgumentException("A comment needs a text");
        }
    }
}
