package org.accord.api.amendment;

import org.accord.api.shared.Actor;
import org.accord.api.shared.NegotiationId;
import org.axonframework.serialization.Revision;

/** The proposer withdrew the amendment. */
@Revision("1")
public record AmendmentWithdrawn(NegotiationId negotiationId, AmendmentId amendmentId, Actor by) {
}
