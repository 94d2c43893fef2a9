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
 * negotiation id's plain value. It is never read from an aggregate snapshot, which holds the
 * aggregate's state, not the read model's; it starts from the nearest {@link Keyframes keyframe}
 * of the fold at or before the point asked for (ADR 0021), or from sequence number 0, and every
 * keyframe the fold passes that is not stored yet is stored on the way.
 */
@Component
public class NegotiationAsOf implements PastViews {

    private final EventStore eventStore;
    private final Keyframes keyframes;

    NegotiationAsOf(EventStore eventStore, Keyframes keyframes) {
        this.eventStore = eventStore;
        this.keyframes = keyframes;
    }

    /**
     * The negotiation as it was at {@code at}: after every event recorded at or before it (the
     * stream up to the first later event); empty if it had not been opened yet.
     */
    @Override
    public Optional<NegotiationView> asOf(NegotiationId id, Instant at) {
        return fold(id, keyframes.within(id, at), event -> !event.getTimestamp().isAfter(at)).view();
    }

    /** The negotiation after its events up to and including {@code sequenceNumber}; empty before it was opened. */
    public Optional<NegotiationView> atSequence(NegotiationId id, long sequenceNumber) {
        if (sequenceNumber < 0) {
            return Optional.empty();
        }
        return fold(id, keyframes.atOrBefore(id, sequenceNumber),
                event -> event.getSequenceNumber() <= sequenceNumber).view();
    }

    /** The same as {@link #atSequence} without keyframes: the whole prefix folded from event 0 (for tests and checks). */
    public Optional<NegotiationView> atSequenceFromScratch(NegotiationId id, long sequenceNumber) {
        CharterFold fold = new CharterFold();
        DomainEventStream stream = eventStore.readEvents(id.value(), 0);
        while (stream.hasNext() && stream.peek().getSequenceNumber() <= sequenceNumber) {
            fold.apply(stream.next());
        }
        return fold.view();
    }

    /** The same as {@link #asOf} without keyframes (for tests and checks). */
    public Optional<NegotiationView> asOfFromScratch(NegotiationId id, Instant at) {
        CharterFold fold = new CharterFold();
        DomainEventStream stream = eventStore.readEvents(id.value(), 0);
        while (stream.hasNext() && !stream.peek().getTimestamp().isAfter(at)) {
            fold.apply(stream.next());
        }
        return fold.view();
    }

    /**
     * Folds from the nearest keyframe up to and including the event {@code sequenceNumber}, storing
     * every keyframe on the way (at most one interval of events when the previous keyframe is there);
     * returns the number of events folded.
     */
    public long prepareUpTo(NegotiationId id, long sequenceNumber) {
        return fold(id, keyframes.atOrBefore(id, sequenceNumber), event -> event.getSequenceNumber() <= sequenceNumber)
                .folded();
    }

    /** Folds the whole stream once, storing every keyframe on the way; returns the number of events folded. */
    public long prepare(NegotiationId id) {
        return fold(id, keyframes.atOrBefore(id, Long.MAX_VALUE), event -> true).folded();
    }

    private CharterFold fold(NegotiationId id, Optional<Keyframes.Keyframe> start,
                             Predicate<DomainEventMessage<?>> included) {
        CharterFold fold = start.map(k -> CharterFold.resume(k.state())).orElseGet(CharterFold::new);
        Instant latest = start.map(Keyframes.Keyframe::prefixMaxTime).orElse(Instant.MIN);
        DomainEventStream stream = eventStore.readEvents(id.value(), start.map(k -> k.sequence() + 1).orElse(0L));
        while (stream.hasNext() && included.test(stream.peek())) {
            DomainEventMessage<?> event = stream.next();
            fold.apply(event);
            if (event.getTimestamp().isAfter(latest)) {
                latest = event.getTimestamp();
            }
            if (keyframes.isKeyframe(event.getSequenceNumber())) {
                keyframes.save(id, event.getSequenceNumber(), latest, fold.state());
            }
        }
        return fold;
    }
}
