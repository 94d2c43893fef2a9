package org.accord.core.negotiation;

import org.accord.api.amendment.AmendmentId;
import org.accord.api.amendment.AmendmentState;
import org.accord.api.shared.Actor;
import org.accord.api.shared.CommandRejectedException;
import org.accord.api.shared.DelegationCode;
import org.accord.api.shared.RejectionReason;
import org.accord.api.shared.Role;

import java.util.Map;
import java.util.Set;

/** The named rules of amendments (shared/DOMAIN.md, "Amendments"). */
final class AmendmentPolicies {

    private AmendmentPolicies() {
    }

    /** Member delegations table and back amendments; the chair is neutral and observers never write. */
    static void mayTable(Actor actor, Set<DelegationCode> members, String chair) {
        if (actor.isChair()) {
            throw new CommandRejectedException(RejectionReason.CHAIR_TABLES_NO_AMENDMENT,
                    "The chair tables no amendment; the chair's proposals are issued as the chair's text");
        }
        ParticipationPolicies.mayDraft(actor, members, chair);
    }

    static Amendment existing(Map<AmendmentId, Amendment> amendments, AmendmentId id) {
        Amendment amendment = amendments.get(id);
        if (amendment == null) {
            throw new CommandRejectedException(RejectionReason.UNKNOWN_AMENDMENT, "There is no amendment " + id);
        }
        return amendment;
    }

    static void newAmendment(Map<AmendmentId, Amendment> amendments, AmendmentId id) {
        if (amendments.containsKey(id)) {
            throw new CommandRejectedException(RejectionReason.AMENDMENT_ALREADY_EXISTS,
                    "Amendment " + id + " already exists");
        }
    }

    /** Co-sponsors join and leave, and the proposer withdraws or revises, only until the decision. */
    static void open(Amendment amendment) {
        if (!amendment.state().isOpen()) {
            throw new CommandRejectedException(RejectionReason.AMENDMENT_NOT_OPEN,
                    "Amendment " + amendment.id() + " was already " + amendment.state().name().toLowerCase(java.util.Locale.ROOT));
        }
    }

    /** The chair decides on an amendment that still applies to the current wording. */
    static void decidable(Amendment amendment) {
        open(amendment);
        if (amendment.state() == AmendmentState.NEEDS_REVISION) {
            throw new CommandRejectedException(RejectionReason.AMENDMENT_NEEDS_REVISION,
                    "Amendment " + amendment.id() + " no longer fits the wording; its proposer must revise it first");
        }
    }

    /** Only the proposing delegation withdraws or revises its amendment. */
    static void proposer(Actor actor, Amendment amendment) {
        if (actor.role() == Role.OBSERVER || actor.isChair() || !amendment.proposer().equals(actor.delegation())) {
            throw new CommandRejectedException(RejectionReason.NOT_THE_PROPOSER,
                    "Only " + amendment.proposer() + ", which proposed amendment " + amendment.id() + ", may do this");
        }
    }

    static void mayJoin(Actor actor, Amendment amendment, Set<DelegationCode> members, String chair) {
        mayTable(actor, members, chair);
        open(amendment);
        if (amendment.proposer().equals(actor.delegation()) || amendment.cosponsors().contains(actor.delegation())) {
            throw new CommandRejectedException(RejectionReason.ALREADY_A_COSPONSOR,
                    actor.delegation() + " already backs amendment " + amendment.id());
        }
    }

    static void mayLeave(Actor actor, Amendment amendment) {
        open(amendment);
        if (actor.delegation() == null || !amendment.cosponsors().contains(actor.delegation())) {
            throw new CommandRejectedException(RejectionReason.NOT_A_COSPONSOR,
                    (actor.delegation() == null ? "The chair" : actor.delegation())
                            + " is not a co-sponsor of amendment " + amendment.id());
        }
        if (actor.role() == Role.OBSERVER) {
            throw new CommandRejectedException(RejectionReason.OBSERVERS_CANNOT_ACT, "Observers cannot act");
        }
    }
}
