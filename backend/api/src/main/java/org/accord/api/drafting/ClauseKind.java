package org.accord.api.drafting;

/** The units of a charter's text; each has a stable identity, numbers are derived. */
public enum ClauseKind {
    /** A paragraph of the preamble, shown before the articles and not numbered. */
    PREAMBLE,
    /** An operative article, numbered in order. */
    ARTICLE,
    /** A paragraph of an article, numbered within it. */
    PARAGRAPH
}
