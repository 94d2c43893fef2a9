package org.accord.api.silence;

import org.accord.api.shared.ArticleId;

import java.time.Instant;
import java.util.List;

/**
 * A silence procedure: {@code clauses} empty for the whole charter; {@code state} OPEN, BROKEN or
 * HELD; who broke it and how; the acts recorded as late after its expiry.
 */
public record SilenceView(SilenceId silenceId, List<ArticleId> clauses, Instant expiresAt, State state,
                          String openedBy, String brokenBy, String brokenAct, Instant closedAt, List<String> lateActs) {

    public enum State { OPEN, BROKEN, HELD }

    public SilenceView {
        clauses = List.copyOf(clauses);
        lateActs = List.copyOf(lateActs);
    }
}
