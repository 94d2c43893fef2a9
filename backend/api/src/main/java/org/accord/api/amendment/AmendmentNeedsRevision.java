package org.accord.api.amendment;

import org.accord.api.shared.NegotiationId;
import org.axonframework.serialization.Revision;

/** The clause changed where the amendment applied ({@code revision}); its proposer must revise it. */
@Revision("1")
public record AmendmentNeedsRevision(NegotiationId negotiationId, AmendmentId amendmentId, long revision) {
}
