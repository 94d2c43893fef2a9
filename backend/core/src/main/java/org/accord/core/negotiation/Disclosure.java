package org.accord.core.negotiation;

import org.accord.api.milestone.IssuedText;
import org.accord.api.negotiation.NegotiationSummary;
import org.accord.api.negotiation.NegotiationView;
import org.accord.api.procedure.Confidentiality;
import org.accord.api.shared.Actor;
import org.accord.api.shared.NegotiationId;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Applies the confidentiality rule of a negotiation to whoever asks: every query answer and
 * every pushed update passes through here, so an observer can never receive more than the
 * rules of procedure allow, whatever the UI shows or hides.
 * <ul>
 *     <li>live: the text and the endorsements as they are;</li>
 *     <li>delayed by N minutes: the charter as it stood N minutes ago, rebuilt from the events;</li>
 *     <li>issued texts only: the issued milestones (and the adopted charter).</li>
 * </ul>
 */
@Component
class Disclosure {

    private final NegotiationReadModel readModel;
    private final PastViews past;
    private final Clock clock;

    Disclosure(NegotiationReadModel readModel, PastViews past, Clock clock) {
        this.readModel = readModel;
        this.past = past;
        this.clock = clock;
    }

    Optional<NegotiationView> negotiation(NegotiationId id, Actor viewer) {
        return readModel.find(id).flatMap(live -> shownTo(live, viewer));
    }

    /** The live view as {@code viewer} may see it; empty for somebody outside the negotiation. */
    Optional<NegotiationView> shownTo(NegotiationView live, Actor viewer) {
        return switch (Audience.of(live, viewer)) {
            case PARTICIPANT -> Optional.of(live);
            case OBSERVER -> Optional.of(observed(live));
            case OUTSIDER -> Optional.empty();
        };
    }

    /** What every observer of this negotiation sees now. */
    NegotiationView observed(NegotiationView live) {
        Confidentiality confidentiality = live.confidentiality();
        return switch (confidentiality.mode()) {
            case LIVE -> ObserverView.withoutDeliberations(live);
            case MILESTONES_ONLY -> ObserverView.issuedTextsOnly(live);
            case DELAYED -> past.asOf(live.negotiationId(),
                            clock.instant().minus(Duration.ofMinutes(confidentiality.delayMinutes())))
                    .map(then -> ObserverView.withoutDeliberations(ObserverView.underRules(then, confidentiality)))
                    .orElseGet(() -> ObserverView.frameOnly(live));
        };
    }

    List<NegotiationSummary> summaries(Actor viewer) {
        return summaries(viewer, new HashMap<>());
    }

    /**
     * The list as {@code viewer} may see it; {@code live} memoises the live views, so that one
     * change pushed to many viewers loads each negotiation once.
     */
    List<NegotiationSummary> summaries(Actor viewer, Map<NegotiationId, Optional<NegotiationView>> live) {
        return readModel.listings().stream()
                .flatMap(listing -> live.computeIfAbsent(listing.negotiationId(), readModel::find)
                        .flatMap(view -> shownTo(view, viewer))
                        .map(shown -> Summaries.of(listing, shown)).stream())
                .toList();
    }

    /** An issued text, for whoever may see that milestone. */
    Optional<IssuedText> issuedText(NegotiationId id, int sequence, Actor viewer) {
        return negotiation(id, viewer)
                .filter(shown -> shown.milestones().stream().anyMatch(milestone -> milestone.sequence() == sequence))
                .flatMap(shown -> readModel.issuedText(id, sequence));
    }
}
