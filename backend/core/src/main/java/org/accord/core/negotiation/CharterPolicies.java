package org.accord.core.negotiation;

import org.accord.api.milestone.FrozenClause;
import org.accord.api.position.ClauseStatus;
import org.accord.api.shared.CommandRejectedException;
import org.accord.api.shared.DelegationCode;
import org.accord.api.shared.RejectionReason;

import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/** Rules of the charter as a whole: the frozen text, adoption, and what adoption forbids. */
final class CharterPolicies {

    private CharterPolicies() {
    }

    /** Nothing changes the text, the positions or the amendments after adoption. */
    static void notAdopted(boolean adopted) {
        if (adopted) {
            throw new CommandRejectedException(RejectionReason.CHARTER_ADOPTED,
                    "The charter has been adopted: its text is frozen");
        }
    }

    static void adopted(boolean adopted) {
        if (!adopted) {
            throw new CommandRejectedException(RejectionReason.CHARTER_NOT_ADOPTED,
                    "The charter has not been adopted yet");
        }
    }

    /** "Nothing is agreed until everything is agreed": adoption needs every clause agreed. */
    static void everyClauseAgreed(Collection<Clause> clauses, java.util.function.Function<Clause, ClauseStatus> status) {
        if (clauses.isEmpty()) {
            throw new CommandRejectedException(RejectionReason.EMPTY_CHARTER, "There is no text to adopt");
        }
        List<String> open = clauses.stream()
                .filter(clause -> !agreed(status.apply(clause)))
                .map(clause -> clause.id() + " (" + status.apply(clause).name().toLowerCase(java.util.Locale.ROOT) + ")")
                .toList();
        if (!open.isEmpty()) {
            throw new CommandRejectedException(RejectionReason.NOT_ALL_CLAUSES_AGREED,
                    "Not every clause is agreed: " + String.join(", ", open));
        }
    }

    static void agreedClause(Clause clause, ClauseStatus status) {
        if (!agreed(status)) {
            throw new CommandRejectedException(RejectionReason.CLAUSE_NOT_AGREED,
                    "Clause " + clause.id() + " is " + status.name().toLowerCase(java.util.Locale.ROOT)
                            + ", not agreed: declare an objection instead");
        }
    }

    static void authenticatedOnce(Collection<DelegationCode> authenticated, DelegationCode delegation) {
        if (authenticated.contains(delegation)) {
            throw new CommandRejectedException(RejectionReason.ALREADY_AUTHENTICATED,
                    delegation + " has already authenticated the charter");
        }
    }

    static boolean agreed(ClauseStatus status) {
        return status == ClauseStatus.AGREED || status == ClauseStatus.AGREED_AD_REFERENDUM;
    }

    /** SHA-256 of one line per clause, in order: its identity, its wording's hash and its heading. */
    static String textHash(List<FrozenClause> clauses) {
        return Wording.hash(clauses.stream()
                .map(c -> c.clauseId() + " " + c.hash() + " " + c.heading())
                .collect(Collectors.joining("\n")));
    }
}
