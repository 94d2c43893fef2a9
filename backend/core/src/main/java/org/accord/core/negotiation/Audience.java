package org.accord.core.negotiation;

import org.accord.api.negotiation.NegotiationView;
import org.accord.api.shared.Actor;
import org.accord.api.shared.Role;

/**
 * Who is looking at a negotiation, which decides what they are shown: the chair and the member
 * delegations take part and see everything as it happens; accredited observers see what the
 * confidentiality setting discloses; anybody else sees nothing, not even that it exists.
 */
enum Audience {
    PARTICIPANT, OBSERVER, OUTSIDER;

    static Audience of(NegotiationView negotiation, Actor viewer) {
        if (viewer.isChair()) {
            return PARTICIPANT; // the secretariat convenes every negotiation
        }
        return negotiation.delegations().stream()
                .filter(delegation -> delegation.code().equals(viewer.delegation()))
                .findFirst()
                .map(delegation -> delegation.member() && viewer.role() != Role.OBSERVER ? PARTICIPANT : OBSERVER)
                .orElse(OUTSIDER);
    }
}
