package org.accord.api.negotiation;

import org.accord.api.shared.DelegationCode;
import org.accord.api.shared.NegotiationId;
import org.accord.api.shared.Text;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;
import java.util.Objects;

/**
 * The chair accredits the delegation of a state party, with its head of delegation and its
 * delegates (as named in their credentials): it may negotiate and its position counts.
 */
public record AccreditMember(@TargetAggregateIdentifier NegotiationId negotiationId,
                             DelegationCode delegation,
                             String name,
                             String headOfDelegation,
                             List<String> delegates) {

    public AccreditMember {
        Objects.requireNonNull(negotiationId, "negotiationId");
        Objects.requireNonNull(delegation, "delegation");
        name = Text.requireLine(name, "Delegation name", NegotiationCommands.MAX_NAME);
        headOfDelegation = headOfDelegation == null || headOfDelegation.isBlank() ? ""
                : Text.requireLine(headOfDelegation, "Head of delegation", NegotiationCommands.MAX_NAME);
        delegates = (delegates == null ? List.<String>of() : delegates).stream()
                .map(person -> Text.requireLine(person, "Delegate", NegotiationCommands.MAX_NAME)).toList();
    }

    /** A delegation whose members are not named yet. */
    public AccreditMember(NegotiationId negotiationId, DelegationCode delegation, String name) {
        this(negotiationId, delegation, name, "", List.of());
    }
}
