package org.accord.api.amendment;

import org.accord.api.shared.Actor;
import org.accord.api.shared.DelegationCode;
import org.accord.api.shared.NegotiationId;
import org.axonframework.serialization.Revision;

/** A co-sponsor left the amendment. */
@Revision("1")
public record AmendmentCosponsorLeft(NegotiationId negotiationId, AmendmentId amendmentId, DelegationCode delegation, Actor by) {
}
