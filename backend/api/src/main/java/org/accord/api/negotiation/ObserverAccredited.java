package org.accord.api.negotiation;

import org.accord.api.shared.Actor;
import org.accord.api.shared.DelegationCode;
import org.accord.api.shared.NegotiationId;
import org.axonframework.serialization.Revision;

/** An observer was accredited. */
@Revision("1")
public record ObserverAccredited(NegotiationId negotiationId, DelegationCode delegation, String name, Actor by) {
}
