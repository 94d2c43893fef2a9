package org.accord.api.shared;

/** Why the server refused a command; each reason has a line in docs/message-catalog.md. */
public enum RejectionReason {
    NOT_AUTHENTICATED,
    NOT_THE_CHAIR,
    ONLY_CHAIR_OPENS_NEGOTIATIONS,
    DELEGATION_ALREADY_ACCREDITED,
    ARTICLE_ALREADY_EXISTS,
    UNKNOWN_CLAUSE,
    NOT_A_MEMBER,
    OBSERVERS_CANNOT_ACT,
    CHAIR_TAKES_NO_POSITION,
    ONLY_HEAD_DECLARES_POSITIONS,
    NOT_YOUR_DELEGATION,
    STALE_REVISION,
    RANGE_OUT_OF_BOUNDS,
    TEXT_TOO_LONG
}
