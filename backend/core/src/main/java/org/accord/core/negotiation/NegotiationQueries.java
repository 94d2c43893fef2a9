package org.accord.core.negotiation;

import org.accord.api.milestone.FindIssuedText;
import org.accord.api.milestone.FindMilestones;
import org.accord.api.milestone.IssuedText;
import org.accord.api.milestone.MilestoneView;
import org.accord.api.negotiation.ArticleView;
import org.accord.api.negotiation.Capabilities;
import org.accord.api.negotiation.FindCapabilities;
import org.accord.api.negotiation.FindClause;
import org.accord.api.negotiation.FindNegotiation;
import org.accord.api.negotiation.FindNegotiations;
import org.accord.api.negotiation.NegotiationSummary;
import org.accord.api.negotiation.NegotiationView;
import org.accord.api.position.AgreementHistory;
import org.accord.api.position.EndorsementMatrix;
import org.accord.api.position.FindAgreementHistory;
import org.accord.api.position.FindEndorsementMatrix;
import org.accord.api.shared.Actor;
import org.accord.api.shared.QueryRefusedException;
import org.accord.api.shared.RejectionReason;
import org.accord.api.silence.FindSilenceProcedures;
import org.accord.api.silence.SilenceView;
import org.accord.core.infrastructure.ActorMetaData;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

/**
 * Answers the negotiation queries from the read model, each as its viewer (the actor in the
 * query's metadata) may see it: see {@link Disclosure}. A query without a viewer is refused.
 */
@Component
class NegotiationQueries {

    private final Disclosure disclosure;
    private final NegotiationReadModel readModel;
    private final AgreementHistories histories;

    NegotiationQueries(Disclosure disclosure, NegotiationReadModel readModel, AgreementHistories histories) {
        this.disclosure = disclosure;
        this.readModel = readModel;
        this.histories = histories;
    }

    /** Judged on the whole negotiation, whatever its viewer may see of it; outsiders may do nothing. */
    @QueryHandler
    Capabilities handle(FindCapabilities query, @MetaDataValue(ActorMetaData.KEY) Actor viewer) {
        Actor person = signedIn(viewer);
        return readModel.find(query.negotiationId()).map(view -> CapabilityRules.of(view, person))
                .orElseGet(() -> Capabilities.none(query.negotiationId()));
    }

    @QueryHandler
    List<NegotiationSummary> handle(FindNegotiations query, @MetaDataValue(ActorMetaData.KEY) Actor viewer) {
        return disclosure.summaries(signedIn(viewer));
    }

    @QueryHandler
    Optional<NegotiationView> handle(FindNegotiation query, @MetaDataValue(ActorMetaData.KEY) Actor viewer) {
        return disclosure.negotiation(query.negotiationId(), signedIn(viewer));
    }

    @QueryHandler
    Optional<ArticleView> handle(FindClause query, @MetaDataValue(ActorMetaData.KEY) Actor viewer) {
        return disclosure.negotiation(query.negotiationId(), signedIn(viewer))
                .flatMap(view -> NegotiationUpdates.clause(view, query.clauseId()));
    }

    @QueryHandler
    Optional<EndorsementMatrix> handle(FindEndorsementMatrix query, @MetaDataValue(ActorMetaData.KEY) Actor viewer) {
        return disclosure.negotiation(query.negotiationId(), signedIn(viewer)).map(EndorsementBoard::of);
    }

    /** Empty for an outsider; see {@link AgreementHistories} for what observers see. */
    @QueryHandler
    Optional<AgreementHistory> handle(FindAgreementHistory query, @MetaDataValue(ActorMetaData.KEY) Actor viewer) {
        return histories.shownTo(query.negotiationId(), signedIn(viewer));
    }

    @QueryHandler
    List<SilenceView> handle(FindSilenceProcedures query, @MetaDataValue(ActorMetaData.KEY) Actor viewer) {
        return disclosure.negotiation(query.negotiationId(), signedIn(viewer))
                .map(NegotiationView::silences).orElse(List.of());
    }

    @QueryHandler
    List<MilestoneView> handle(FindMilestones query, @MetaDataValue(ActorMetaData.KEY) Actor viewer) {
        return disclosure.negotiation(query.negotiationId(), signedIn(viewer))
                .map(NegotiationView::milestones).orElse(List.of());
    }

    @QueryHandler
    Optional<IssuedText> handle(FindIssuedText query, @MetaDataValue(ActorMetaData.KEY) Actor viewer) {
        return disclosure.issuedText(query.negotiationId(), query.sequence(), signedIn(viewer));
    }

    private static Actor signedIn(Actor viewer) {
        if (viewer == null) {
            throw new QueryRefusedException(RejectionReason.NOT_AUTHENTICATED,
                    "Only a signed-in person may read a negotiation");
        }
        return viewer;
    }
}
