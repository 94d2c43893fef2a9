package org.accord.api.negotiation;

import org.accord.api.shared.Actor;
import org.accord.api.shared.DelegationCode;
import org.accord.api.shared.NegotiationId;
import org.axonframework.serialization.Revision;

/** The delegation of a state party was accredited. */
@Revision("1")
public record MemberAccredited(NegotiationId negotiationId, DelegationCode delegation, String name, Actor by) {
}
