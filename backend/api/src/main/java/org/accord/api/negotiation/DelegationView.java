package org.accord.api.negotiation;

import org.accord.api.shared.DelegationCode;

import java.util.List;

/** An accredited delegation: a member (its position counts) or an observer, with its people. */
public record DelegationView(DelegationCode code, String name, boolean member, String headOfDelegation,
                             List<String> delegates) {

    public DelegationView {
        delegates = List.copyOf(delegates);
    }
}
