package org.accord.core.history;

import org.accord.api.shared.NegotiationId;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/**
 * Writes each keyframe as soon as its negotiation reaches it (ADR 0021): when the event {@code k}
 * with {@code (k + 1) % interval == 0} arrives, the fold resumes from the previous keyframe and
 * folds at most one interval of events, so the history of a negotiation that grew through normal
 * use opens any point as fast as one prepared by {@code generate-history}; nothing is kept in
 * memory between keyframes. A tracking processor of its own, off the commands' path; never
 * replayed by a rebuild (keyframes depend on the events only, and one already written is kept).
 */
@Component
@ProcessingGroup(KeyframeWriter.PROCESSING_GROUP)
class KeyframeWriter {

    static final String PROCESSING_GROUP = "history-keyframes";
    private static final String NEGOTIATION = "Negotiation";

    private final NegotiationAsOf history;
    private final Keyframes keyframes;

    KeyframeWriter(NegotiationAsOf history, Keyframes keyframes) {
        this.history = history;
        this.keyframes = keyframes;
    }

    /** Any event, its payload left serialized: the writer needs only where the event stands in its stream. */
    @EventHandler(payloadType = Object.class)
    @DisallowReplay
    void on(DomainEventMessage<?> event) {
        if (NEGOTIATION.equals(event.getType()) && keyframes.isKeyframe(event.getSequenceNumber())) {
            history.prepareUpTo(NegotiationId.of(event.getAggregateIdentifier()), event.getSequenceNumber());
        }
    }
}
