package org.accord.api.history;

import org.accord.api.shared.ArticleId;
import org.accord.api.shared.DelegationCode;

import java.time.Instant;
import java.util.Map;

/**
 * One act of the timeline, as the parts of a sentence the UI renders in its language: when, who
 * (the delegation, the account and the person's name; no delegation for the chair or the
 * system), what kind of act ({@code act}: the event's name, e.g. {@code AmendmentTabled}, to be
 * used as the key of a message), on which clause, and the parameters of the message (e.g.
 * {@code amendmentId}, {@code kind}, {@code revision}), as plain strings. Core builds no sentence.
 */
public record TimelineEntry(long sequence, Instant at, String act, DelegationCode delegation, String actor,
                            String actorName, ArticleId clauseId, Map<String, String> params) {

    public TimelineEntry {
        params = params == null ? Map.of() : Map.copyOf(params);
    }
}
