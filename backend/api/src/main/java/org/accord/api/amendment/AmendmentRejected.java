package org.accord.api.amendment;

import org.accord.api.shared.Actor;
import org.accord.api.shared.NegotiationId;
import org.axonframework.serialization.Revision;

/** The chair recorded that the amendment was not accepted. */
@Revision("1")
public record AmendmentRejected(NegotiationId negotiationId, AmendmentId amendmentId, String reason, Actor by) {
}
