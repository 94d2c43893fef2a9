package org.accord.api.adoption;

import org.accord.api.shared.Actor;
import org.accord.api.shared.DelegationCode;
import org.accord.api.shared.NegotiationId;
import org.axonframework.serialization.Revision;

/** A delegation authenticated the adopted text whose hash is {@code textHash}. */
@Revision("1")
public record CharterAuthenticated(NegotiationId negotiationId, DelegationCode delegation, AuthenticationAct act,
                                   String textHash, Actor by) {
}
