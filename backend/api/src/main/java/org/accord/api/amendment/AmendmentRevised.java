package org.accord.api.amendment;

import org.accord.api.shared.Actor;
import org.accord.api.shared.NegotiationId;
import org.axonframework.serialization.Revision;

/** The proposer rewrote an open amendment on {@code baseRevision}; it is pending again. */
@Revision("1")
public record AmendmentRevised(NegotiationId negotiationId,
                               AmendmentId amendmentId,
                               long baseRevision,
                               AmendmentKind kind,
                               int from,
                               int to,
                               String replaced,
                               String text,
                               String justification,
                               Actor by) {
}
