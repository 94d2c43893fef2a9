package org.accord.api.amendment;

import org.accord.api.shared.Actor;
import org.accord.api.shared.ArticleId;
import org.accord.api.shared.NegotiationId;
import org.axonframework.serialization.Revision;

/** The amendment became part of the text: the clause is now at {@code resultingRevision}. */
@Revision("1")
public record AmendmentIncorporated(NegotiationId negotiationId, AmendmentId amendmentId, ArticleId clauseId, long resultingRevision, Actor by) {
}
