package org.accord.api.negotiation;

import org.accord.api.amendment.AmendmentView;
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
 */
public record Capabilities(NegotiationId negotiationId, DelegationCode delegation, Set<Capability> granted) {

    public Capabilities {
        Objects.requireNonNull(negotiationId, "negotiationId");
        granted = granted.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(granted));
    }

    public static Capabilities none(NegotiationId negotiationId) {
        return new Capabilities(negotiationId, null, Set.of());
    }

    public boolean may(Capability capability) {
        return granted.contains(capability);
    }

    /** The proposer's delegation withdraws or revises its amendment while it is open. */
    public boolean mayWithdraw(AmendmentView amendment) {
        return may(Capability.TABLE_AMENDMENT) && amendment.state().isOpen()
                && amendment.proposer().equals(delegation);
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
