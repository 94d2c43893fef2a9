package org.accord.api.negotiation;

import org.accord.api.shared.Actor;
import org.accord.api.shared.DelegationCode;
import org.accord.api.shared.NegotiationId;
import org.axonframework.serialization.Revision;

import java.util.List;

/** The delegation of a state party was accredited, with its head of delegation and delegates (may be empty). */
@Revision("1")
public record MemberAccredited(NegotiationId negotiationId, DelegationCode delegation, String name,
                               String headOfDelegation, List<String> delegates, Actor by) {

    public MemberAccredited {
        headOfDelegation = headOfDelegation == null ? "" : headOfDelegation;
        delegates = delegates == null ? List.of() : List.copyOf(delegates);
    }

    /** A delegation accredited without naming its members. */
    public MemberAccredited(NegotiationId negotiationId, DelegationCode delegation, String name, Actor by) {
        this(negotiationId, delegation, name, "", List.of(), by);
    }
}
