package org.accord.api.drafting;

import org.accord.api.shared.Actor;
import org.accord.api.shared.ArticleId;
import org.accord.api.shared.NegotiationId;
import org.axonframework.serialization.Revision;

/**
 * A clause was split: it keeps {@code firstWording} at {@code revision} (positions on the old
 * wording are stale) and {@code newClauseId} holds {@code secondWording} at revision 1, right after it.
 */
@Revision("1")
public record ClauseSplit(NegotiationId negotiationId, ArticleId clauseId, long revision, String firstWording,
                          String firstHash, ArticleId newClauseId, String newHeading, String secondWording,
                          Actor by) {
}
