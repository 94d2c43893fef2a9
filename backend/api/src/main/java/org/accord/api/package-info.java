/**
 * The public contract of Accord: commands (imperative), events (past tense, each with
 * {@code @Revision}), queries ({@code Find…}) and results (nouns), as records validated in
 * their compact constructors, and the typed identifiers they carry. Nothing here decides
 * anything; see docs/message-catalog.md.
 */
package org.accord.api;
