package org.accord.api.milestone;

import org.accord.api.shared.NegotiationId;

import java.util.Objects;

/**
 * The frozen wording of one issued text, by its sequence number; answers {@link IssuedText}, or
 * nothing if there is no such milestone or the viewer may not read the negotiation.
 */
public record FindIssuedText(NegotiationId negotiationId, int sequence) {

    public FindIssuedText {
        Objects.requireNonNull(negotiationId, "negotiationId");
        if (sequence < 1) {
            throw new IllegalArgumentException("Milestones are numbered from 1, got " + sequence);
        }
    }
}
