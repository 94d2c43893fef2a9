package org.accord.api.history;

import org.accord.api.shared.NegotiationId;

import java.util.Objects;

/**
 * Compares the charter after the event {@code fromSequence} with the charter after the event
 * {@code toSequence} (-1: before the first event; either may be the later one, the comparison
 * always reads from {@code fromSequence} to {@code toSequence}). Answers {@link Comparison}.
 * Chair only.
 */
public record FindComparison(NegotiationId negotiationId, long fromSequence, long toSequence) {

    public FindComparison {
        Objects.requireNonNull(negotiationId, "negotiationId");
        if (fromSequence < -1 || toSequence < -1) {
            throw new IllegalArgumentException("A point of the history is a sequence number from -1 on");
        }
    }
}
