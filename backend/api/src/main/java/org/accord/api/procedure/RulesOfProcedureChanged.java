package org.accord.api.procedure;

import org.accord.api.shared.Actor;
import org.accord.api.shared.NegotiationId;
import org.axonframework.serialization.Revision;

/** The rules of procedure now in force. */
@Revision("1")
public record RulesOfProcedureChanged(NegotiationId negotiationId, RulesOfProcedure rules, Actor by) {
}
