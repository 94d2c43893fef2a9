package org.accord.api.silence;

import org.accord.api.shared.NegotiationId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.Objects;

/**
 * Schedules again the expiry of the negotiation's open silence procedure, at the instant its
 * {@link SilenceProcedureOpened} set, replacing any expiry already scheduled; does nothing when no
 * silence is open. A deadline is not an event: a history imported into another installation (or a
 * database restored without its scheduler table) carries the silence but not its expiry, and the
 * server re-arms it when it starts. Records no event. The secretariat (role chair) only.
 */
public record RearmSilenceExpiry(@TargetAggregateIdentifier NegotiationId negotiationId) {

    public RearmSilenceExpiry {
        Objects.requireNonNull(negotiationId, "negotiationId");
    }
}
