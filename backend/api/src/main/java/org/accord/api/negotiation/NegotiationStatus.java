package org.accord.api.negotiation;

/** Where a negotiation stands as a whole, as its viewer may see it; derived, never set. */
public enum NegotiationStatus {
    /** The text is being negotiated. */
    NEGOTIATING,
    /** At least one silence procedure is open: the text under it is frozen until it ends. */
    UNDER_SILENCE,
    /** The charter is adopted. */
    ADOPTED
}
