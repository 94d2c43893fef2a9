package org.accord.core.negotiation;

import org.accord.api.shared.ArticleId;
import org.accord.api.silence.SilenceId;

import java.time.Instant;
import java.util.Collection;
import java.util.Set;

/** A silence procedure: which text (all of it when {@code clauses} is empty) and until when. */
record Silence(SilenceId id, Set<ArticleId> clauses, Instant expiresAt) {

    Silence {
        clauses = Set.copyOf(clauses);
    }

    boolean wholeCharter() {
        return clauses.isEmpty();
    }

    /**
     * Whether an act on these clauses concerns this silence. An act on no clause in particular
     * (adding an article, proposing a new one) concerns only a silence on the whole charter.
     */
    boolean covers(Collection<ArticleId> touched) {
        return wholeCharter() || touched.stream().anyMatch(clauses::contains);
    }

    boolean expiredAt(Instant now) {
        return !now.isBefore(expiresAt);
    }
}
