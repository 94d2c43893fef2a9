package org.accord.api.amendment;

/** Akoma Ntoso's textual modifications, and a new clause. */
public enum AmendmentKind {
    /** Inserts text at a point ({@code from == to}). */
    INSERTION,
    /** Replaces a range by other text. */
    SUBSTITUTION,
    /** Deletes a range. */
    DELETION,
    /** Adds a new article at the end of the draft. */
    NEW_CLAUSE,
    /** Moves an article to just after another one ({@code moveAfter}; none: to the top). */
    MOVE
}
