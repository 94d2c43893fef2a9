package org.accord.api.history;

import org.accord.api.milestone.MilestoneKind;

import java.time.Instant;
import java.util.List;

/**
 * The extent of a negotiation's history: {@code events} events, sequence numbers {@code 0} to
 * {@code events - 1}, the first recorded at {@code first} and the last at {@code last} (both null
 * when there is none), and every issued milestone as the point right after its event.
 */
public record HistoryExtent(long events, Instant first, Instant last, List<Landmark> milestones) {

    public HistoryExtent {
        milestones = List.copyOf(milestones);
    }

    /** The last sequence number, -1 when the history is empty. */
    public long lastSequence() {
        return events - 1;
    }

    /**
     * A milestone as a point of the history: the sequence number of its {@code MilestoneIssued}
     * event, its number among the negotiation's milestones ({@code MilestoneView.sequence}), kind,
     * document symbol and time.
     */
    public record Landmark(long sequence, int milestone, MilestoneKind kind, String documentSymbol, Instant at) {
    }
}
