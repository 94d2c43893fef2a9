package org.accord.api.negotiation;

import org.accord.api.shared.Actor;
import org.accord.api.shared.NegotiationId;
import org.accord.api.procedure.RulesOfProcedure;
import org.axonframework.serialization.Revision;

/**
 * The secretariat opened a negotiation under {@code rules}; {@code openedBy} is its chair.
 * Revision 2 added {@code rules}; revision 1 events are upcast with the standard rules
 * ({@code NegotiationOpenedUpcaster}).
 */
@Revision("2")
public record NegotiationOpened(NegotiationId negotiationId, String title, RulesOfProcedure rules, Actor openedBy) {
}
