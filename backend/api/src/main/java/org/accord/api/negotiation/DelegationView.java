package org.accord.api.negotiation;

import org.accord.api.shared.DelegationCode;

/** An accredited delegation: a member (its position counts) or an observer. */
public record DelegationView(DelegationCode code, String name, boolean member) {
}
