/**
 * History: a negotiation as it stood at an earlier moment. {@code CharterFold} folds the
 * negotiation's events, in order, into the same rows the negotiation projection keeps in
 * PostgreSQL, through the same {@code ReadModelUpdates}, and gives the view the live query would
 * have answered then; {@code NegotiationAsOf} reads the stream from the event store and folds it
 * up to a moment or a sequence number (for observers who see the text with a delay, and for
 * the secretariat's time travel), starting from the nearest stored keyframe of the fold
 * ({@code Keyframes}, ADR 0021).
 * <p>
 * Also the secretariat's record (issue 6, chair only): the timeline ({@code TimelineProjection},
 * {@code HistoryQueries}), the rebuild of every read model ({@code ReadModelRebuild}), and
 * {@code HistoryGenerator}, which sends a realistic mix of real commands to build long
 * negotiations for tests and benchmarks ({@code tool}: {@code generate-history},
 * {@code bench-history}).
 */
package org.accord.core.history;
