package org.accord.api.amendment;

import org.accord.api.shared.Actor;
import org.accord.api.shared.DelegationCode;
import org.accord.api.shared.NegotiationId;
import org.axonframework.serialization.Revision;

/** A member delegation joined the amendment as co-sponsor. */
@Revision("1")
public record AmendmentCosponsorJoined(NegotiationId negotiationId, AmendmentId amendmentId, DelegationCode delegation, Actor by) {
}
