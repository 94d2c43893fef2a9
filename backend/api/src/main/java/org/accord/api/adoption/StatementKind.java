package org.accord.api.adoption;

/** What a delegation may attach to the adopted text. */
public enum StatementKind {
    INTERPRETATIVE_STATEMENT,
    RESERVATION,
    EXPLANATION_OF_POSITION
}
