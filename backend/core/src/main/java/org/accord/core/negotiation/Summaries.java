package org.accord.core.negotiation;

import org.accord.api.negotiation.NegotiationStatus;
import org.accord.api.negotiation.NegotiationSummary;
import org.accord.api.negotiation.NegotiationView;
import org.accord.api.silence.SilenceView;

/**
 * A line of the negotiations list: the figures are taken from the view its viewer may see, so
 * that an observer's list discloses no more than the negotiation itself (ADR 0011).
 */
final class Summaries {

    private Summaries() {
    }

    static NegotiationSummary of(NegotiationReadModel.Listing listing, NegotiationView shown) {
        return new NegotiationSummary(listing.negotiationId(), listing.title(), listing.chairName(), status(shown),
                shown.decisionRule(), listing.members(), listing.observers(), shown.articles().size(),
                shown.shareAgreed(), openSilences(shown), shown.lastActivity());
    }

    static NegotiationStatus status(NegotiationView shown) {
        if (shown.adoption() != null) {
            return NegotiationStatus.ADOPTED;
        }
        return openSilences(shown) > 0 ? NegotiationStatus.UNDER_SILENCE : NegotiationStatus.NEGOTIATING;
    }

    private static int openSilences(NegotiationView shown) {
        return (int) shown.silences().stream().filter(silence -> silence.state() == SilenceView.State.OPEN).count();
    }
}
