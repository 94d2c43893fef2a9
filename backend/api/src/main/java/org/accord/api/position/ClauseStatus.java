package org.accord.api.position;

/** Where a clause stands; always derived from the positions on its current wording, never typed in. */
public enum ClauseStatus {
    /** No member has taken a position on the current wording yet. */
    PROPOSED,
    /** The wording is disputed: objected to under the decision rule. */
    BRACKETED,
    /** Competing amendments stand side by side as options, each attributed, until one is chosen. */
    OPTIONS,
    /** Accepted subject to a reservation (e.g. the capital's confirmation). */
    AGREED_AD_REFERENDUM,
    /** Accepted under the decision rule, provisionally until the whole charter is adopted. */
    AGREED,
    /** Adopted with the whole charter: final. */
    ADOPTED
}
