package org.accord.api.drafting;

import org.accord.api.shared.Actor;
import org.accord.api.shared.ArticleId;
import org.accord.api.shared.NegotiationId;
import org.axonframework.serialization.Revision;

/** A paragraph was added at the end of article {@code articleId} (revision 1 of its wording). */
@Revision("1")
public record ParagraphAdded(NegotiationId negotiationId, ArticleId clauseId, ArticleId articleId, String text,
                             Actor by) {
}
