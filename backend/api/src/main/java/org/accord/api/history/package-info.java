/**
 * The negotiation's history for the secretariat (issue 6): the charter as it stood at any point
 * ({@link FindNegotiationAt}), the timeline of every act ({@link FindTimeline}), and the rebuild of
 * the read models from the event store ({@link RebuildReadModels}, {@link FindRebuildProgress}).
 * Chair (secretariat) only; see docs/adr/0021-history-keyframes-and-timeline.md.
 */
package org.accord.api.history;
