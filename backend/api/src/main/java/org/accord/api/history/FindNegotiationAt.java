package org.accord.api.history;

import org.accord.api.shared.NegotiationId;

import java.time.Instant;
import java.util.Objects;

/**
 * The charter as it stood after the event {@code sequence} of the negotiation, or, when
 * {@code sequence} is null, after every event recorded at or before {@code at}; answers
 * {@code Optional<NegotiationView>} (empty before the negotiation was opened). Chair only.
 */
public record FindNegotiationAt(NegotiationId negotiationId, Long sequence, Instant at) {

    public FindNegotiationAt {
        Objects.requireNonNull(negotiationId, "negotiationId");
        if ((sequence == null) == (at == null)) {
            throw new IllegalArgumentException("Give either a sequence number or an instant");
        }
    }

    public static FindNegotiationAt sequence(NegotiationId id, long sequence) {
        return new FindNegotiationAt(id, sequence, null);
    }

    public static FindNegotiationAt instant(NegotiationId id, Instant at) {
        return new FindNegotiationAt(id, null, at);
    }
}
