package org.accord.api.milestone;

import org.accord.api.shared.NegotiationId;

import java.util.Objects;

/** The texts issued in a negotiation, in order; answers {@code List<MilestoneView>}. */
public record FindMilestones(NegotiationId negotiationId) {

    public FindMilestones {
        Objects.requireNonNull(negotiationId, "negotiationId");
    }
}
