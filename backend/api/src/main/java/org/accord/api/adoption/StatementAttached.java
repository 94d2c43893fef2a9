package org.accord.api.adoption;

import org.accord.api.shared.Actor;
import org.accord.api.shared.DelegationCode;
import org.accord.api.shared.NegotiationId;
import org.axonframework.serialization.Revision;

/** A statement or reservation attached to the adopted text whose hash is {@code textHash}. */
@Revision("1")
public record StatementAttached(NegotiationId negotiationId, DelegationCode delegation, StatementKind kind,
                                String text, String textHash, Actor by) {
}
