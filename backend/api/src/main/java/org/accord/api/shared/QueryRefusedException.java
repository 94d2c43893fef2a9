package org.accord.api.shared;

/** A query the server refused to answer. */
public class QueryRefusedException extends Refusal {

    public QueryRefusedException(RejectionReason reason, String message) {
        super(reason, message);
    }
}
