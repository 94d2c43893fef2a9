package org.accord.api.drafting;

import org.accord.api.shared.Actor;
import org.accord.api.shared.ArticleId;
import org.accord.api.shared.NegotiationId;
import org.axonframework.serialization.Revision;

/** {@code mergedClauseId} left the text; {@code clauseId} now reads {@code wording} at {@code revision}. */
@Revision("1")
public record ClausesMerged(NegotiationId negotiationId, ArticleId clauseId, ArticleId mergedClauseId, long revision,
                            String wording, String hash, Actor by) {
}
