package org.accord.api.position;

import org.accord.api.shared.Actor;
import org.accord.api.shared.ArticleId;
import org.accord.api.shared.DelegationCode;
import org.accord.api.shared.NegotiationId;
import org.axonframework.serialization.Revision;

/**
 * A member delegation's position on a clause, bound to the revision and hash of the wording it
 * was given on: once the wording changes, the position is stale and no longer counts.
 */
@Revision("1")
public record PositionDeclared(NegotiationId negotiationId,
                               ArticleId clauseId,
                               DelegationCode delegation,
                               long revision,
                               String hash,
                               PositionKind kind,
                               String statement,
                               Actor by) {
}
