package org.accord.api.coediting;

import org.accord.api.negotiation.NegotiationCommands;
import org.accord.api.shared.ArticleId;
import org.accord.api.shared.NegotiationId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One batch of keystrokes from a co-editing client (docs/co-editing.md): {@code operation} in
 * the JSON form of the OT library ({@code [3,"abc",-2]}: retain, insert, delete, counted in
 * code points) over the clause's wording at {@code baseRevision}. The server transforms it
 * against the revisions recorded since, applies it and answers {@link EditAcknowledgement}. The
 * pair ({@code clientId}, {@code clientSeq}) identifies the batch: sent again, it is
 * acknowledged again and never applied twice.
 *
 * @param clientId  the editing session, chosen by the client (1 to 64 of {@code [A-Za-z0-9_-]})
 * @param clientSeq the batch's number within that session, from 1, increasing by one per batch
 */
public record EditClause(@TargetAggregateIdentifier NegotiationId negotiationId,
                         ArticleId clauseId,
                         String clientId,
                         long clientSeq,
                         long baseRevision,
                         String operation) {

    private static final Pattern CLIENT_ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    /** An operation's JSON may hold the whole wording, escaped, plus its retains and deletes. */
    public static final int MAX_OPERATION_JSON = NegotiationCommands.MAX_ARTICLE_TEXT * 6 + 1_000;

    public EditClause {
        Objects.requireNonNull(negotiationId, "negotiationId");
        Objects.requireNonNull(clauseId, "clauseId");
        Objects.requireNonNull(clientId, "clientId");
        if (!CLIENT_ID.matcher(clientId).matches()) {
            throw new IllegalArgumentException("A client id is 1 to 64 letters, digits, '-' or '_'");
        }
        if (clientSeq < 1) {
            throw new IllegalArgumentException("A client's batches are numbered from 1, got " + clientSeq);
        }
        if (baseRevision < 1) {
            throw new IllegalArgumentException("A base revision starts at 1, got " + baseRevision);
        }
        Objects.requireNonNull(operation, "operation");
        if (operation.length() > MAX_OPERATION_JSON) {
            throw new IllegalArgumentException("An operation is limited to " + MAX_OPERATION_JSON + " characters of JSON");
        }
    }
}
