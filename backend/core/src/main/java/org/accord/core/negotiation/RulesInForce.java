package org.accord.core.negotiation;

import org.accord.api.negotiation.NegotiationOpened;
import org.accord.api.procedure.FindRulesOfProcedure;
import org.accord.api.procedure.RulesOfProcedure;
import org.accord.api.procedure.RulesOfProcedureChanged;
import org.accord.api.shared.Actor;
import org.accord.api.shared.QueryRefusedException;
import org.accord.api.shared.RejectionReason;
import org.accord.core.infrastructure.ActorMetaData;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * The rules of procedure in force, in full, taken from the negotiation's own events (the read
 * model keeps only the decision rule and confidentiality): the rules of the last
 * {@code RulesOfProcedureChanged}, else those it was opened under. Only payload types are looked
 * at until the rules are found, so the wording's many events cost a row read each, no
 * deserialisation. Disclosed to whoever may see the negotiation at all (ADR 0011).
 */
@Component
class RulesInForce {

    private final Disclosure disclosure;
    private final EventStore eventStore;

    RulesInForce(Disclosure disclosure, EventStore eventStore) {
        this.disclosure = disclosure;
        this.eventStore = eventStore;
    }

    @QueryHandler
    Optional<RulesOfProcedure> handle(FindRulesOfProcedure query, @MetaDataValue(ActorMetaData.KEY) Actor viewer) {
        if (viewer == null) {
            throw new QueryRefusedException(RejectionReason.NOT_AUTHENTICATED, "Only a signed-in person may read the rules");
        }
        if (disclosure.negotiation(query.negotiationId(), viewer).isEmpty()) {
            return Optional.empty();
        }
        RulesOfProcedure rules = null;
        DomainEventStream stream = eventStore.readEvents(query.negotiationId().value(), 0);
        while (stream.hasNext()) {
            DomainEventMessage<?> event = stream.next();
            if (NegotiationOpened.class.equals(event.getPayloadType())) {
                rules = ((NegotiationOpened) event.getPayload()).rules();
            } else if (RulesOfProcedureChanged.class.equals(event.getPayloadType())) {
                rules = ((RulesOfProcedureChanged) event.getPayload()).rules();
            }
        }
        return Optional.ofNullable(rules);
    }
}
