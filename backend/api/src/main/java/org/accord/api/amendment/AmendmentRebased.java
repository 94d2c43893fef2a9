package org.accord.api.amendment;

import org.accord.api.shared.NegotiationId;
import org.axonframework.serialization.Revision;

/** The clause changed elsewhere; the amendment now applies to {@code [from, to)} of {@code revision}. */
@Revision("1")
public record AmendmentRebased(NegotiationId negotiationId, AmendmentId amendmentId, long revision, int from, int to) {
}
