package org.accord.api.negotiation;

import org.accord.api.shared.Actor;
import org.accord.api.shared.ArticleId;
import org.accord.api.shared.NegotiationId;
import org.axonframework.serialization.Revision;

/** An article was added at the end of the draft. */
@Revision("1")
public record ArticleAdded(NegotiationId negotiationId, ArticleId articleId, String heading, String text, Actor by) {
}
