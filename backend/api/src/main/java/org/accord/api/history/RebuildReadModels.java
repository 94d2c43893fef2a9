package org.accord.api.history;

/**
 * Rebuilds every replayable read model from the event store: the tracking event processors'
 * tokens are reset and they replay from the first event; nothing is pushed or notified meanwhile.
 * Chair (administrator) only; refused with {@code NOT_THE_CHAIR} otherwise. Progress:
 * {@link FindRebuildProgress}.
 */
public record RebuildReadModels() {
}
