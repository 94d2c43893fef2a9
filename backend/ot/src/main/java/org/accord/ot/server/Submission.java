package org.accord.ot.server;

import java.util.Objects;

import org.accord.ot.TextOperation;

/**
 * An operation a client made on the document at {@code baseRevision}. {@code clientSeq} numbers a
 * client's submissions from 1 upwards, so that a resent submission is recognised and acknowledged
 * again rather than applied twice.
 */
public record Submission(String clientId, long clientSeq, int baseRevision, TextOperation operation) {

    public Submission {
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(operation, "operation");
        if (clientId.isBlank()) {
            throw new IllegalArgumentException("clientId must not be blank");
        }
        if (clientSeq < 1) {
            throw new IllegalArgumentException("clientSeq must be positive but was " + clientSeq);
        }
        if (baseRevision < 0) {
            throw new IllegalArgumentException("baseRevision must not be negative but was " + baseRevision);
        }
    }
}
