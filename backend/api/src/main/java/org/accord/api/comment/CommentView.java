package org.accord.api.comment;

import org.accord.api.shared.DelegationCode;

import java.time.Instant;

/** A comment on a clause; {@code inReplyTo} is {@code null} at the start of a thread, {@code delegation} for the chair. */
public record CommentView(CommentId commentId, CommentId inReplyTo, String text, String author,
                          DelegationCode delegation, Instant writtenAt) {
}
