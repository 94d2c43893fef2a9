package org.accord.api.coediting;

/**
 * The server's answer to {@link EditClause}: the batch is recorded as {@code revision}.
 *
 * @param operation the batch as it was applied, transformed against the revisions recorded
 *                  after its base (the sender's own op when nothing came in between)
 * @param duplicate {@code true} when this (clientId, clientSeq) had already been applied: the
 *                  acknowledgement is repeated and nothing new was recorded
 */
public record EditAcknowledgement(long revision, String operation, boolean duplicate) {
}
