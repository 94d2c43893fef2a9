package org.accord.api.negotiation;

import org.accord.api.amendment.AmendmentKind;
import org.accord.api.amendment.AmendmentView;
import org.accord.api.shared.ArticleId;
import org.accord.api.shared.DelegationCode;
import org.accord.api.shared.NegotiationId;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * What one person may do in one negotiation, decided on the server ({@link FindCapabilities}).
 *
 * @param delegation the delegation the person acts for; {@code null} for the chair and for outsiders
 * @param granted    the capabilities granted now
 * @param frozen     the clauses whose wording cannot change now (under a silence procedure)
 */
public record Capabilities(NegotiationId negotiationId, DelegationCode delegation, Set<Capability> granted,
                           Set<ArticleId> frozen) {

    public Capabilities {
        Objects.requireNonNull(negotiationId, "negotiationId");
        granted = granted.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(granted));
        frozen = Set.copyOf(frozen);
    }

    public static Capabilities none(NegotiationId negotiationId) {
        return new Capabilities(negotiationId, null, Set.of(), Set.of());
    }

    public boolean may(Capability capability) {
        return granted.contains(capability);
    }

    /** Whether the person may change the wording of {@code clause} now (co-editing, revising). */
    public boolean mayEdit(ArticleId clause) {
        return may(Capability.EDIT_TEXT) && !frozen.contains(clause);
    }

    /** The proposer's delegation withdraws or revises its amendment while it is open. */
    public boolean mayWithdraw(AmendmentView amendment) {
        return may(Capability.TABLE_AMENDMENT) && amendment.state().isOpen()
                && amendment.proposer().equals(delegation);
    }

    /**
     * The proposer's delegation rewrites its open amendment on the current wording (above all one
     * that needs revision); a move or a new article is withdrawn and tabled again instead.
     */
    public boolean mayRevise(AmendmentView amendment) {
        return mayWithdraw(amendment) && amendment.kind() != AmendmentKind.MOVE
                && amendment.kind() != AmendmentKind.NEW_CLAUSE;
    }

    /** Another member delegation joins an open amendment as co-sponsor. */
    public boolean mayCosponsor(AmendmentView amendment) {
        return may(Capability.TABLE_AMENDMENT) && amendment.state().isOpen()
                && !amendment.proposer().equals(delegation) && !amendment.cosponsors().contains(delegation);
    }

    /** A co-sponsor leaves an open amendment. */
    public boolean mayLeave(AmendmentView amendment) {
        return may(Capability.TABLE_AMENDMENT) && amendment.state().isOpen()
                && amendment.cosponsors().contains(delegation);
    }

    /** The chair incorporates an open amendment that still fits the wording, or rejects an open one. */
    public boolean mayDecide(AmendmentView amendment) {
        return may(Capability.DECIDE_AMENDMENTS) && amendment.state().isOpen();
    }
}
