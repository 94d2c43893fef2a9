package org.accord.api.amendment;

/** Where an amendment stands. Only a pending amendment can be decided, joined or left. */
public enum AmendmentState {
    PENDING,
    /** The clause changed and the amended range no longer exists: the proposer must revise it. */
    NEEDS_REVISION,
    INCORPORATED,
    REJECTED,
    WITHDRAWN,
    SUPERSEDED;

    public boolean isOpen() {
        return this == PENDING || this == NEEDS_REVISION;
    }
}
