package org.accord.core.negotiation;

import org.accord.api.comment.CommentId;
import org.accord.api.shared.CommandRejectedException;
import org.accord.api.shared.RejectionReason;

import java.util.Set;

/** Comments thread: a reply answers a comment that exists; an identity is used once. */
final class CommentPolicies {

    private CommentPolicies() {
    }

    static void newComment(Set<CommentId> comments, CommentId id) {
        if (comments.contains(id)) {
            throw new CommandRejectedException(RejectionReason.COMMENT_ALREADY_EXISTS, "Comment " + id + " already exists");
        }
    }

    static void replyToKnown(Set<CommentId> comments, CommentId inReplyTo) {
        if (inReplyTo != null && !comments.contains(inReplyTo)) {
            throw new CommandRejectedException(RejectionReason.UNKNOWN_COMMENT, "There is no comment " + inReplyTo);
        }
    }
}
