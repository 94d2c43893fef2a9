package org.accord.api.position;

import org.accord.api.shared.Actor;
import org.accord.api.shared.ArticleId;
import org.accord.api.shared.DelegationCode;
import org.accord.api.shared.NegotiationId;
import org.axonframework.serialization.Revision;

/** An agreed clause was reopened: the delegation now objects to {@code revision}, for {@code reason}. */
@Revision("1")
public record ClauseReopened(NegotiationId negotiationId, ArticleId clauseId, DelegationCode delegation,
                             long revision, String hash, String reason, Actor by) {
}
