package org.accord.core.negotiation;

import org.accord.api.shared.ArticleId;
import org.accord.api.shared.CommandRejectedException;
import org.accord.api.shared.RejectionReason;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;

/** The rules of the silence procedure (shared/DOMAIN.md, "Silence procedure"). */
final class SilencePolicies {

    private SilencePolicies() {
    }

    /** The expiry is exact and at least the negotiation's minimum silence ahead of now (business time). */
    static void longEnough(Instant expiresAt, Instant now, int minimumHours) {
        if (expiresAt.isBefore(now.plus(Duration.ofHours(minimumHours)))) {
            throw new CommandRejectedException(RejectionReason.SILENCE_TOO_SHORT,
                    "A silence procedure lasts at least " + minimumHours + " hours: expire at "
                            + now.plus(Duration.ofHours(minimumHours)) + " or later");
        }
    }

    static void noneOpen(Silence open) {
        if (open != null) {
            throw new CommandRejectedException(RejectionReason.SILENCE_ALREADY_OPEN,
                    "Silence procedure " + open.id() + " is open until " + open.expiresAt());
        }
    }

    /** While a text is under silence its wording is frozen: the silence is about that wording. */
    static void notUnderSilence(Silence silence, java.util.List<ArticleId> touched) {
        if (silence != null && silence.covers(touched)) {
            throw new CommandRejectedException(RejectionReason.TEXT_UNDER_SILENCE,
                    "The text is under silence until " + silence.expiresAt() + ": its wording cannot change");
        }
    }

    static void newSilence(java.util.Set<org.accord.api.silence.SilenceId> used, org.accord.api.silence.SilenceId id) {
        if (used.contains(id)) {
            throw new CommandRejectedException(RejectionReason.SILENCE_ALREADY_EXISTS, "Silence procedure " + id
                    + " already exists");
        }
    }

    static void charterNotEmpty(Map<ArticleId, Clause> clauses) {
        if (clauses.isEmpty()) {
            throw new CommandRejectedException(RejectionReason.EMPTY_CHARTER, "There is no text to put under silence");
        }
    }

    static void knownClauses(Map<ArticleId, Clause> clauses, Collection<ArticleId> named) {
        named.forEach(id -> ParticipationPolicies.existing(clauses, id));
    }
}
