package org.accord.api.coediting;

import org.accord.api.shared.Actor;
import org.accord.api.shared.ArticleId;
import org.accord.api.shared.NegotiationId;
import org.axonframework.serialization.Revision;

/**
 * A co-editing batch was applied to a clause: {@code operation} (JSON, already transformed
 * onto {@code revision - 1}) turned the previous wording into the wording of {@code revision},
 * of {@code length} code points and SHA-256 {@code hash}. One event per accepted batch; the
 * full wording is not repeated, it is the fold of the clause's revisions.
 *
 * @param baseRevision the revision the client's batch was written on
 * @param clientId     the editing session that sent it, with its batch number {@code clientSeq}
 */
@Revision("1")
public record ClauseEdited(NegotiationId negotiationId,
                           ArticleId clauseId,
                           long revision,
                           long baseRevision,
                           String operation,
                           int length,
                           String hash,
                           String clientId,
                           long clientSeq,
                           Actor by) {
}
