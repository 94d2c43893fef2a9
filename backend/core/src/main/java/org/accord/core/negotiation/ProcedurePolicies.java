package org.accord.core.negotiation;

import org.accord.api.amendment.AmendmentState;
import org.accord.api.shared.ArticleId;
import org.accord.api.shared.CommandRejectedException;
import org.accord.api.shared.RejectionReason;

import java.time.Instant;
import java.util.List;

/** Rounds and their deadlines, and the chair's combining of amendments into options. */
final class ProcedurePolicies {

    private ProcedurePolicies() {
    }

    static void noOverlap(List<Round> rounds, Instant opensAt, Instant closesAt) {
        rounds.stream().filter(round -> round.overlaps(opensAt, closesAt)).findFirst().ifPresent(round -> {
            throw new CommandRejectedException(RejectionReason.ROUNDS_OVERLAP,
                    "Round " + round.number() + " already runs from " + round.opensAt() + " to " + round.closesAt());
        });
    }

    /** During a round, amendments are tabled until its deadline. */
    static void beforeAmendmentDeadline(List<Round> rounds, Instant now) {
        rounds.stream().filter(round -> round.isOn(now) && now.isAfter(round.amendmentDeadline())).findFirst()
                .ifPresent(round -> {
                    throw new CommandRejectedException(RejectionReason.AMENDMENT_DEADLINE_PASSED,
                            "The deadline for amendments in round " + round.number() + " passed at "
                                    + round.amendmentDeadline());
                });
    }

    /** Only pending textual amendments on the clause itself can become its options. */
    static void optionCandidate(Amendment amendment, ArticleId clause) {
        if (!amendment.isTextual() || !amendment.clauseId().equals(clause)
                || amendment.state() != AmendmentState.PENDING || amendment.isOption()) {
            throw new CommandRejectedException(RejectionReason.NOT_AN_OPTION_CANDIDATE,
                    "Amendment " + amendment.id() + " is not a pending amendment of " + clause + " outside options");
        }
    }
}
