package org.accord.api.history;

import org.accord.api.shared.NegotiationId;

import java.time.Instant;
import java.util.Objects;

/**
 * The point of the history that stood at {@code at}: the last event such that it and every event
 * before it were recorded at or before {@code at} (the prefix rule of {@link FindNegotiationAt}).
 * Answers {@link HistoryPoint}. Chair only.
 */
public record FindHistoryPoint(NegotiationId negotiationId, Instant at) {

    public FindHistoryPoint {
        Objects.requireNonNull(negotiationId, "negotiationId");
        Objects.requireNonNull(at, "at");
    }
}
