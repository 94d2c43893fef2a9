package org.accord.api.shared;

/** What a person may do in a negotiation; see docs/adr/0004-security.md. */
public enum Role {
    /** The chair or secretariat: runs the process, never takes a position. */
    CHAIR,
    /** Head of a member delegation: alone declares the state's position and signs. */
    HEAD_OF_DELEGATION,
    /** Member of a member delegation: edits, tables amendments, comments. */
    DELEGATE,
    /** Non-party state or organisation: reads as far as confidentiality allows. */
    OBSERVER;

    public boolean speaksForAMember() {
        return this == HEAD_OF_DELEGATION || this == DELEGATE;
    }
}
