/**
 * History: a negotiation as it stood at an earlier moment. {@code CharterFold} folds the
 * negotiation's events, in order, into the same rows the negotiation projection keeps in
 * PostgreSQL, through the same {@code ReadModelUpdates}, and gives the view the live query would
 * have answered then; {@code NegotiationAsOf} reads the stream from the event store and folds it
 * up to a moment or a sequence number (for observers who see the text with a delay, and for
 * the secretariat's time travel).
 */
package org.accord.core.history;
