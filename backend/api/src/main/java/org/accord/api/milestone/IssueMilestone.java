package org.accord.api.milestone;

import org.accord.api.shared.NegotiationId;
import org.accord.api.shared.Text;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.Objects;

/**
 * The chair issues a numbered text under a document symbol such as {@code C5/2026/L.1}; issuing
 * the same symbol again makes a revision ({@code C5/2026/L.1/Rev.1}, {@code Rev.2}, ...).
 */
public record IssueMilestone(@TargetAggregateIdentifier NegotiationId negotiationId, MilestoneKind kind,
                             String symbol) {

    public IssueMilestone {
        Objects.requireNonNull(negotiationId, "negotiationId");
        Objects.requireNonNull(kind, "kind");
        symbol = Text.requireLine(symbol, "Symbol", 60);
        if (!symbol.matches("[A-Za-z0-9]+(/[A-Za-z0-9.]+)*") || symbol.contains("/Rev.")) {
            throw new IllegalArgumentException("A symbol looks like C5/2026/L.1 (the revision is added for you)");
        }
    }
}
