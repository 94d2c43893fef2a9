package org.accord.api.negotiation;

import org.accord.api.shared.Actor;
import org.accord.api.shared.ArticleId;
import org.accord.api.shared.NegotiationId;
import org.axonframework.serialization.Revision;

import java.util.List;

/** An article moved; {@code order} is the new order of all articles (numbers follow from it). */
@Revision("1")
public record ArticleMoved(NegotiationId negotiationId, ArticleId articleId, ArticleId after, List<ArticleId> order,
                           Actor by) {

    public ArticleMoved {
        order = List.copyOf(order);
    }
}
