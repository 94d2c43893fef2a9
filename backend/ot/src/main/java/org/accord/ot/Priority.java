package org.accord.ot;

/**
 * Which of two concurrent operations wins a tie, i.e. whose text comes first when both insert at
 * the same position. {@code transform(a, b, LEFT)} puts {@code a}'s insert first,
 * {@code transform(a, b, RIGHT)} puts {@code b}'s insert first.
 *
 * <p>The tie-break must be the same on every replica for the documents to converge. The protocol
 * convention is "the server's order wins": the operation already in the server's history gets
 * priority, so the server calls {@code transform(historyOp, incoming, LEFT)} and a client calls
 * {@code transform(pendingLocalOp, fromServer, RIGHT)}.
 */
public enum Priority {
    /** The first argument's insert goes first. */
    LEFT,
    /** The second argument's insert goes first. */
    RIGHT
}
