package org.accord.ui.negotiation;

import org.accord.api.negotiation.NegotiationView;
import org.accord.ui.i18n.Translations;

/** What the server discloses to an observer under the rules of procedure (ADR 0011), in a sentence. */
public final class DisclosureLine {

    private DisclosureLine() {
    }

    public static String of(NegotiationView negotiation) {
        return switch (negotiation.confidentiality().mode()) {
            case LIVE -> Translations.text("disclosure.live");
            case DELAYED -> Translations.text("disclosure.delayed", negotiation.confidentiality().delayMinutes());
            case MILESTONES_ONLY -> negotiation.milestones().isEmpty()
                    ? Translations.text("disclosure.milestones-none-yet") : Translations.text("disclosure.milestones");
        };
    }
}
