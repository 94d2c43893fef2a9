package org.accord.api.drafting;

import org.accord.api.shared.Actor;
import org.accord.api.shared.ArticleId;
import org.accord.api.shared.NegotiationId;
import org.axonframework.serialization.Revision;

/** A preamble paragraph was added at the end of the preamble (revision 1 of its wording). */
@Revision("1")
public record PreambleParagraphAdded(NegotiationId negotiationId, ArticleId clauseId, String text, Actor by) {
}
