package org.accord.api.negotiation;

/** All negotiations the asker may see, most recently active first; answers {@code List<NegotiationSummary>}. */
public record FindNegotiations() {
}
