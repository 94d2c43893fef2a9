package org.accord.core.negotiation;

import org.accord.api.shared.Actor;
import org.accord.api.shared.ArticleId;
import org.accord.api.shared.CommandRejectedException;
import org.accord.api.shared.DelegationCode;
import org.accord.api.shared.RejectionReason;
import org.accord.api.shared.Role;

import java.util.Map;
import java.util.Set;

/** Who may draft and who may speak for a state (shared/DOMAIN.md, "The people"). */
final class ParticipationPolicies {

    private ParticipationPolicies() {
    }

    /** This negotiation's chair and the members of member delegations draft; observers never write. */
    static void mayDraft(Actor actor, Set<DelegationCode> members, String chair) {
        if (actor.isChair() && !actor.username().equals(chair)) {
            throw new CommandRejectedException(RejectionReason.NOT_THE_CHAIR,
                    "Only the chair of this negotiation drafts for the secretariat");
        }
        if (actor.role() == Role.OBSERVER) {
            throw new CommandRejectedException(RejectionReason.OBSERVERS_CANNOT_ACT,
                    "Observers follow the negotiation but cannot change the text");
        }
        if (!actor.isChair() && !members.contains(actor.delegation())) {
            throw new CommandRejectedException(RejectionReason.NOT_A_MEMBER,
                    actor.delegation() + " is not a member delegation of this negotiation");
        }
    }

    /**
     * Only the head of a member delegation declares a position, only for their own state; the
     * chair is neutral and observers never count.
     */
    static void maySpeakFor(Actor actor, DelegationCode delegation, Set<DelegationCode> members) {
        if (actor.isChair()) {
            throw new CommandRejectedException(RejectionReason.CHAIR_TAKES_NO_POSITION,
                    "The chair is neutral and takes no position");
        }
        if (actor.role() == Role.OBSERVER) {
            throw new CommandRejectedException(RejectionReason.OBSERVERS_CANNOT_ACT,
                    "Observers take no position");
        }
        if (actor.role() != Role.HEAD_OF_DELEGATION) {
            throw new CommandRejectedException(RejectionReason.ONLY_HEAD_DECLARES_POSITIONS,
                    "Only the head of delegation declares the position of " + actor.delegation());
        }
        if (!actor.delegation().equals(delegation)) {
            throw new CommandRejectedException(RejectionReason.NOT_YOUR_DELEGATION,
                    "The head of delegation of " + actor.delegation() + " cannot act for " + delegation);
        }
        if (!members.contains(delegation)) {
            throw new CommandRejectedException(RejectionReason.NOT_A_MEMBER,
                    delegation + " is not a member delegation of this negotiation");
        }
    }

    static Clause existing(Map<ArticleId, Clause> clauses, ArticleId id) {
        Clause clause = clauses.get(id);
        if (clause == null) {
            throw new CommandRejectedException(RejectionReason.UNKNOWN_CLAUSE, "There is no clause " + id);
        }
        return clause;
    }

    /** An act on a clause names the revision it was based on; an older one is stale. */
    static void current(Clause clause, long revision) {
        if (revision != clause.revision()) {
            throw new CommandRejectedException(RejectionReason.STALE_REVISION,
                    "Clause " + clause.id() + " is at revision " + clause.revision() + ", not " + revision
                            + "; reload it and try again");
        }
    }
}
