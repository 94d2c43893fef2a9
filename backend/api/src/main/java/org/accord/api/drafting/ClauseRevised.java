package org.accord.api.drafting;

import org.accord.api.shared.Actor;
import org.accord.api.shared.ArticleId;
import org.accord.api.shared.NegotiationId;
import org.axonframework.serialization.Revision;

/**
 * The wording of a clause changed: code points {@code [from, to)} of the previous revision were
 * replaced by {@code replacement}, giving {@code wording} at {@code revision} with SHA-256
 * {@code hash} (hex of its UTF-8 bytes). Attributed to the person and, through them, the state.
 */
@Revision("1")
public record ClauseRevised(NegotiationId negotiationId,
                            ArticleId clauseId,
                            long revision,
                            int from,
                            int to,
                            String replacement,
                            String wording,
                            String hash,
                            Actor by) {
}
