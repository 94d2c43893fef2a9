package org.accord.api.position;

/** What a member delegation says of a clause's wording. */
public enum PositionKind {
    /** Supports the wording. */
    ENDORSE,
    /** Does not support it but will not stand in the way. */
    CAN_LIVE_WITH,
    /** Needs its capital's confirmation (scrutiny reservation); a statement is required. */
    SCRUTINY_RESERVATION,
    /** Accepts subject to a substantive reservation; a statement is required. */
    SUBSTANTIVE_RESERVATION,
    /** A formal objection; a reason is required. */
    OBJECTION;

    public boolean needsStatement() {
        return this == SCRUTINY_RESERVATION || this == SUBSTANTIVE_RESERVATION || this == OBJECTION;
    }

    public boolean isReservation() {
        return this == SCRUTINY_RESERVATION || this == SUBSTANTIVE_RESERVATION;
    }
}
