package org.accord.api.history;

import java.time.Instant;

/**
 * A point of a negotiation's history: after the event {@code sequence} (-1: before the first
 * event), recorded at {@code at} (null for -1).
 */
public record HistoryPoint(long sequence, Instant at) {
}
