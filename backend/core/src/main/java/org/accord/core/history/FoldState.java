package org.accord.core.history;

import org.accord.core.negotiation.NegotiationRows;

import java.util.Set;

/**
 * What a {@link CharterFold} holds after some events: the rows of the read model (null before the
 * negotiation was opened), the ids of the events attached to the adoption (the read model's unique
 * {@code event_id}, which the rows alone do not show) and how many events were folded. The body of a
 * keyframe (ADR 0021).
 */
record FoldState(NegotiationRows rows, Set<String> attachedEvents, long folded) {
}
