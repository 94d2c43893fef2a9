package org.accord.core.history;

import org.accord.core.negotiation.PastViews;
import org.accord.api.negotiation.NegotiationView;
import org.accord.api.shared.NegotiationId;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * A negotiation as it stood at an earlier moment, or after a given event, folded from its event
 * stream. The stream is the {@code Negotiation} aggregate's: {@code aggregate_identifier} is the
 * negotiation id's plain value. It is read from sequence number 0, never from a snapshot, because
 * a snapshot holds the aggregate's state, not the read model's.
 */
@Component
public class NegotiationAsOf implements PastViews {

    private final EventStore eventStore;

    NegotiationAsOf(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    /**
     * The negotiation as it was at {@code at}: after every event recorded at or before it (the
     * stream up to the first later event); empty if it had not been opened yet.
     */
    @Override
    public Optional<NegotiationView> asOf(NegotiationId id, Instant at) {
        return foldWhile(id, event -> !event.getTimestamp().isAfter(at));
    }

    /** The negotiation after its events up to and including {@code sequenceNumber}; empty before it was opened. */
    public Optional<NegotiationView> atSequence(NegotiationId id, long sequenceNumber) {
        return foldWhile(id, event -> event.getSequenceNumber() <= sequenceNumber);
    }

    private Optional<NegotiationView> foldWhile(NegotiationId id, Predicate<DomainEventMessage<?>> included) {
        CharterFold fold = new CharterFold();
        DomainEventStream stream = eventStore.readEvents(id.value(), 0);
        while (stream.hasNext() && included.test(stream.peek())) {
            fold.apply(stream.next());
        }
        return fold.view();
    }
}
