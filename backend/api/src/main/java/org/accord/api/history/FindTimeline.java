package org.accord.api.history;

import org.accord.api.shared.ArticleId;
import org.accord.api.shared.DelegationCode;
import org.accord.api.shared.NegotiationId;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * One page of a negotiation's timeline: its events in order after the event {@code afterSequence}
 * (-1 for the first page), at most {@code limit} (1 to 500), filtered by any of delegation, clause,
 * kinds of act and time range ({@code from} inclusive, {@code to} exclusive); null or empty means
 * no filter. Answers {@link TimelinePage}. Chair only.
 */
public record FindTimeline(NegotiationId negotiationId, DelegationCode delegation, ArticleId clauseId,
                           Set<String> acts, Instant from, Instant to, long afterSequence, int limit) {

    public static final int MAX_LIMIT = 500;

    public FindTimeline {
        Objects.requireNonNull(negotiationId, "negotiationId");
        acts = acts == null ? Set.of() : Set.copyOf(acts);
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("A page holds 1 to " + MAX_LIMIT + " entries, not " + limit);
        }
        if (afterSequence < -1) {
            throw new IllegalArgumentException("Pages start after sequence -1 at the earliest");
        }
    }

    /** The first page, unfiltered. */
    public static FindTimeline first(NegotiationId id, int limit) {
        return new FindTimeline(id, null, null, Set.of(), null, null, -1, limit);
    }

    public FindTimeline after(long sequence) {
        return new FindTimeline(negotiationId, delegation, clauseId, acts, from, to, sequence, limit);
    }
}
