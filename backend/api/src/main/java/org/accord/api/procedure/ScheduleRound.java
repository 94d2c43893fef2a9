package org.accord.api.procedure;

import org.accord.api.shared.NegotiationId;
import org.accord.api.shared.Text;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.Objects;

/**
 * The chair schedules a round (session) of negotiation: when it opens and closes, and the
 * deadline for tabling amendments during it.
 */
public record ScheduleRound(@TargetAggregateIdentifier NegotiationId negotiationId, String title, Instant opensAt,
                            Instant closesAt, Instant amendmentDeadline) {

    public ScheduleRound {
        Objects.requireNonNull(negotiationId, "negotiationId");
        title = Text.requireLine(title, "Round title", 200);
        Objects.requireNonNull(opensAt, "opensAt");
        Objects.requireNonNull(closesAt, "closesAt");
        Objects.requireNonNull(amendmentDeadline, "amendmentDeadline");
        if (!closesAt.isAfter(opensAt)) {
            throw new IllegalArgumentException("A round closes after it opens");
        }
        if (amendmentDeadline.isBefore(opensAt) || amendmentDeadline.isAfter(closesAt)) {
            throw new IllegalArgumentException("The deadline for amendments falls within the round");
        }
    }
}
