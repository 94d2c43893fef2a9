package org.accord.api.milestone;

/** The formally distinct issues of the negotiating text (shared/DOMAIN.md, "The text"). */
public enum MilestoneKind {
    /** Every proposal kept, each option attributed to its proposers. */
    COMPILATION_TEXT,
    /** Issued on the chair's own responsibility. */
    CHAIRS_TEXT,
    /** The agreed wording without brackets. */
    CLEAN_TEXT
}
