package org.accord.core.negotiation;

import org.accord.api.negotiation.NegotiationView;
import org.accord.api.shared.NegotiationId;

import java.time.Instant;
import java.util.Optional;

/** The charter as it stood at a moment, rebuilt from the event store; empty before the negotiation opened. */
public interface PastViews {

    Optional<NegotiationView> asOf(NegotiationId negotiation, Instant at);
}
