package org.accord.api.history;

import org.accord.api.shared.NegotiationId;

import java.util.Objects;

/**
 * How long a negotiation's history is, for the time slider: the number of events, the times of the
 * first and the last, and the milestones as points of the history. Answers {@link HistoryExtent}
 * (no events and no milestones for an unknown negotiation). Chair only.
 */
public record FindHistoryExtent(NegotiationId negotiationId) {

    public FindHistoryExtent {
        Objects.requireNonNull(negotiationId, "negotiationId");
    }
}
