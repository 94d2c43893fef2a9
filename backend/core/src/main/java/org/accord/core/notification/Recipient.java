package org.accord.core.notification;

import org.accord.api.shared.Actor;
import org.accord.api.shared.DelegationCode;

/**
 * Who a notification is addressed to: a delegation (every head, delegate or observer of it) or
 * the secretariat (every chair account). Stored as its {@link #key()}.
 */
record Recipient(String key) {

    static final Recipient SECRETARIAT = new Recipient("*chair");

    static Recipient of(DelegationCode delegation) {
        return new Recipient(delegation.value());
    }

    /** Where the notifications of {@code person} are addressed. */
    static Recipient of(Actor person) {
        return person.isChair() ? SECRETARIAT : of(person.delegation());
    }

    /** Whether {@code actor} is (part of) this recipient: nobody is told of their own act. */
    boolean actedAs(Actor actor) {
        return equals(of(actor));
    }
}
