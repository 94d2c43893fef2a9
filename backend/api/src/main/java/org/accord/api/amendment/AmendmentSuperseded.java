package org.accord.api.amendment;

import org.accord.api.shared.NegotiationId;
import org.axonframework.serialization.Revision;

/** Another option on the same clause was incorporated ({@code by}): this one is superseded. */
@Revision("1")
public record AmendmentSuperseded(NegotiationId negotiationId, AmendmentId amendmentId, AmendmentId by) {
}
