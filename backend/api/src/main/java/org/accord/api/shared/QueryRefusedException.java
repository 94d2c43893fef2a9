package org.accord.api.shared;

import java.util.Objects;

/** A query the server refused to answer, with a stable reason and a sentence for people. */
public class QueryRefusedException extends RuntimeException {

    private final RejectionReason reason;

    public QueryRefusedException(RejectionReason reason, String message) {
        super(message);
        this.reason = Objects.requireNonNull(reason);
    }

    public RejectionReason reason() {
        return reason;
    }
}
