package org.accord.api.comment;

import org.accord.api.shared.Actor;
import org.accord.api.shared.ArticleId;
import org.accord.api.shared.NegotiationId;
import org.axonframework.serialization.Revision;

/** A comment on a clause; {@code inReplyTo} is {@code null} for the start of a thread. */
@Revision("1")
public record ClauseCommented(NegotiationId negotiationId, ArticleId clauseId, CommentId commentId,
                              CommentId inReplyTo, String text, Actor by) {
}
