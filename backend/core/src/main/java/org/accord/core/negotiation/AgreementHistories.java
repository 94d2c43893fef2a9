package org.accord.core.negotiation;

import org.accord.api.negotiation.NegotiationView;
import org.accord.api.position.AgreementHistory;
import org.accord.api.procedure.Confidentiality;
import org.accord.api.shared.Actor;
import org.accord.api.shared.NegotiationId;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * The agreement history as its viewer may see it, by the same rule as {@link Disclosure}:
 * participants see all of it; observers of a live negotiation too; observers of a delayed one
 * only the points at least N minutes old; observers restricted to issued texts nothing, because
 * an issued text discloses wording, never the endorsements or the statuses (ADR 0017); outsiders
 * nothing, not even that the negotiation exists.
 */
@Component
class AgreementHistories {

    private final NegotiationReadModel readModel;
    private final AgreementHistoryRows rows;
    private final Clock clock;

    AgreementHistories(NegotiationReadModel readModel, AgreementHistoryRows rows, Clock clock) {
        this.readModel = readModel;
        this.rows = rows;
        this.clock = clock;
    }

    Optional<AgreementHistory> shownTo(NegotiationId id, Actor viewer) {
        return readModel.find(id).flatMap(live -> shownTo(live, viewer));
    }

    Optional<AgreementHistory> shownTo(NegotiationView live, Actor viewer) {
        return switch (Audience.of(live, viewer)) {
            case PARTICIPANT -> Optional.of(all(live));
            case OBSERVER -> Optional.of(observed(live));
            case OUTSIDER -> Optional.empty();
        };
    }

    AgreementHistory all(NegotiationView live) {
        return new AgreementHistory(live.negotiationId(), rows.all(live.negotiationId()));
    }

    /** What every observer of this negotiation sees of its history now. */
    AgreementHistory observed(NegotiationView live) {
        NegotiationId id = live.negotiationId();
        Confidentiality confidentiality = live.confidentiality();
        return switch (confidentiality.mode()) {
            case LIVE -> all(live);
            case DELAYED -> new AgreementHistory(id,
                    rows.until(id, clock.instant().minus(Duration.ofMinutes(confidentiality.delayMinutes()))));
            case MILESTONES_ONLY -> AgreementHistory.empty(id);
        };
    }
}
