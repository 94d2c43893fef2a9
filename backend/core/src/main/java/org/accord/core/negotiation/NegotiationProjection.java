package org.accord.core.negotiation;

import org.accord.api.adoption.CharterAdopted;
import org.accord.api.adoption.CharterAuthenticated;
import org.accord.api.adoption.StatementAttached;
import org.accord.api.amendment.AmendmentCosponsorJoined;
import org.accord.api.amendment.AmendmentSuperseded;
import org.accord.api.amendment.AmendmentsCombinedIntoOptions;
import org.accord.api.procedure.RoundScheduled;
import org.accord.api.amendment.AmendmentCosponsorLeft;
import org.accord.api.amendment.AmendmentIncorporated;
import org.accord.api.amendment.AmendmentNeedsRevision;
import org.accord.api.amendment.AmendmentRebased;
import org.accord.api.amendment.AmendmentRejected;
import org.accord.api.amendment.AmendmentRevised;
import org.accord.api.amendment.AmendmentTabled;
import org.accord.api.amendment.AmendmentWithdrawn;
import org.accord.api.comment.ClauseCommented;
import org.accord.api.drafting.ClauseRevised;
import org.accord.api.drafting.ClauseSplit;
import org.accord.api.drafting.ClausesMerged;
import org.accord.api.drafting.ParagraphAdded;
import org.accord.api.drafting.PreambleParagraphAdded;
import org.accord.api.milestone.MilestoneIssued;
import org.accord.api.position.ClauseReopened;
import org.accord.api.position.EndorsementMatrix;
import org.accord.api.position.FindEndorsementMatrix;
import org.accord.api.negotiation.ArticleAdded;
import org.accord.api.negotiation.ArticleMoved;
import org.accord.api.negotiation.ArticleView;
import org.accord.api.negotiation.FindClause;
import org.accord.api.negotiation.FindNegotiation;
import org.accord.api.negotiation.FindNegotiations;
import org.accord.api.negotiation.MemberAccredited;
import org.accord.api.negotiation.NegotiationOpened;
import org.accord.api.negotiation.NegotiationSummary;
import org.accord.api.negotiation.NegotiationView;
import org.accord.api.negotiation.ObserverAccredited;
import org.accord.api.position.PositionDeclared;
import org.accord.api.procedure.RulesOfProcedureChanged;
import org.accord.api.shared.NegotiationId;
import org.accord.api.milestone.FindMilestones;
import org.accord.api.milestone.MilestoneView;
import org.accord.api.shared.ArticleId;
import org.accord.api.silence.FindSilenceProcedures;
import org.accord.api.silence.LateObjectionRecorded;
import org.accord.api.silence.SilenceBroken;
import org.accord.api.silence.SilenceHeld;
import org.accord.api.silence.SilenceProcedureOpened;
import org.accord.api.silence.SilenceView;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ReplayStatus;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.axonframework.queryhandling.QueryHandler;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.axonframework.queryhandling.SubscriptionQueryMessage;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Keeps the negotiation read model ({@link ReadModelUpdates} on the SQL tables) and answers its
 * queries. After each change it pushes the new state to the subscription queries that asked for
 * it (Axon delivers them once the transaction has committed); during a replay nothing is pushed.
 */
@Component
@ProcessingGroup(NegotiationProjection.PROCESSING_GROUP)
class NegotiationProjection {

    static final String PROCESSING_GROUP = "negotiation-projection";

    private final NegotiationReadModel readModel;
    private final ReadModelUpdates updates;
    private final QueryUpdateEmitter emitter;

    NegotiationProjection(NegotiationReadModel readModel, QueryUpdateEmitter emitter) {
        this.readModel = readModel;
        this.updates = new ReadModelUpdates(readModel);
        this.emitter = emitter;
    }

    @EventHandler
    void on(NegotiationOpened event, @Timestamp Instant at, ReplayStatus replay) {
        updates.on(event, at);
        changed(event.negotiationId(), replay);
    }

    @EventHandler
    void on(RulesOfProcedureChanged event, @Timestamp Instant at, ReplayStatus replay) {
        updates.on(event, at);
        changed(event.negotiationId(), replay);
    }

    @EventHandler
    void on(MemberAccredited event, @Timestamp Instant at, ReplayStatus replay) {
        updates.on(event, at);
        changed(event.negotiationId(), replay);
    }

    @EventHandler
    void on(ObserverAccredited event, @Timestamp Instant at, ReplayStatus replay) {
        updates.on(event, at);
        changed(event.negotiationId(), replay);
    }

    @EventHandler
    void on(ArticleAdded event, @Timestamp Instant at, ReplayStatus replay) {
        updates.on(event, at);
        changed(event.negotiationId(), replay);
    }

    @EventHandler
    void on(ClauseRevised event, @Timestamp Instant at, ReplayStatus replay) {
        updates.on(event, at);
        changed(event.negotiationId(), replay);
    }

    @EventHandler
    void on(PositionDeclared event, @Timestamp Instant at, ReplayStatus replay) {
        updates.on(event, at);
        changed(event.negotiationId(), replay);
    }

    @EventHandler
    void on(AmendmentTabled event, @Timestamp Instant at, ReplayStatus replay) {
        updates.on(event, at);
        changed(event.negotiationId(), replay);
    }

    @EventHandler
    void on(AmendmentRevised event, @Timestamp Instant at, ReplayStatus replay) {
        updates.on(event, at);
        changed(event.negotiationId(), replay);
    }

    @EventHandler
    void on(AmendmentRebased event, ReplayStatus replay) {
        updates.on(event);
        changed(event.negotiationId(), replay);
    }

    @EventHandler
    void on(AmendmentNeedsRevision event, @Timestamp Instant at, ReplayStatus replay) {
        updates.on(event, at);
        changed(event.negotiationId(), replay);
    }

    @EventHandler
    void on(AmendmentCosponsorJoined event, @Timestamp Instant at, ReplayStatus replay) {
        updates.on(event, at);
        changed(event.negotiationId(), replay);
    }

    @EventHandler
    void on(AmendmentCosponsorLeft event, @Timestamp Instant at, ReplayStatus replay) {
        updates.on(event, at);
        changed(event.negotiationId(), replay);
    }

    @EventHandler
    void on(AmendmentWithdrawn event, @Timestamp Instant at, ReplayStatus replay) {
        updates.on(event, at);
        changed(event.negotiationId(), replay);
    }

    @EventHandler
    void on(AmendmentRejected event, @Timestamp Instant at, ReplayStatus replay) {
        updates.on(event, at);
        changed(event.negotiationId(), replay);
    }

    @EventHandler
    void on(AmendmentIncorporated event, @Timestamp Instant at, ReplayStatus replay) {
        updates.on(event, at);
        changed(event.negotiationId(), replay);
    }

    @EventHandler
    void on(ClauseReopened event, @Timestamp Instant at, ReplayStatus replay) {
        updates.on(event, at);
        changed(event.negotiationId(), replay);
    }

    @EventHandler
    void on(ClauseCommented event, @Timestamp Instant at, ReplayStatus replay) {
        updates.on(event, at);
        changed(event.negotiationId(), replay);
    }

    @EventHandler
    void on(MilestoneIssued event, @Timestamp Instant at, ReplayStatus replay) {
        updates.on(event, at);
        changed(event.negotiationId(), replay);
    }

    @EventHandler
    void on(CharterAdopted event, @Timestamp Instant at, ReplayStatus replay) {
        updates.on(event, at);
        changed(event.negotiationId(), replay);
    }

    @EventHandler
    void on(CharterAuthenticated event, @MessageIdentifier String eventId, @Timestamp Instant at,
            ReplayStatus replay) {
        updates.on(event, eventId, at);
        changed(event.negotiationId(), replay);
    }

    @EventHandler
    void on(StatementAttached event, @MessageIdentifier String eventId, @Timestamp Instant at,
            ReplayStatus replay) {
        updates.on(event, eventId, at);
        changed(event.negotiationId(), replay);
    }

    @EventHandler
    void on(SilenceProcedureOpened event, @Timestamp Instant at, ReplayStatus replay) {
        updates.on(event, at);
        changed(event.negotiationId(), replay);
    }

    @EventHandler
    void on(SilenceBroken event, ReplayStatus replay) {
        updates.on(event);
        changed(event.negotiationId(), replay);
    }

    @EventHandler
    void on(SilenceHeld event, ReplayStatus replay) {
        updates.on(event);
        changed(event.negotiationId(), replay);
    }

    @EventHandler
    void on(LateObjectionRecorded event, ReplayStatus replay) {
        updates.on(event);
        changed(event.negotiationId(), replay);
    }

    @EventHandler
    void on(RoundScheduled event, @Timestamp Instant at, ReplayStatus replay) {
        updates.on(event, at);
        changed(event.negotiationId(), replay);
    }

    @EventHandler
    void on(AmendmentsCombinedIntoOptions event, @Timestamp Instant at, ReplayStatus replay) {
        updates.on(event, at);
        changed(event.negotiationId(), replay);
    }

    @EventHandler
    void on(AmendmentSuperseded event, @Timestamp Instant at, ReplayStatus replay) {
        updates.on(event, at);
        changed(event.negotiationId(), replay);
    }

    @EventHandler
    void on(PreambleParagraphAdded event, @Timestamp Instant at, ReplayStatus replay) {
        updates.on(event, at);
        changed(event.negotiationId(), replay);
    }

    @EventHandler
    void on(ParagraphAdded event, @Timestamp Instant at, ReplayStatus replay) {
        updates.on(event, at);
        changed(event.negotiationId(), replay);
    }

    @EventHandler
    void on(ClauseSplit event, @Timestamp Instant at, ReplayStatus replay) {
        updates.on(event, at);
        changed(event.negotiationId(), replay);
    }

    @EventHandler
    void on(ClausesMerged event, @Timestamp Instant at, ReplayStatus replay) {
        updates.on(event, at);
        changed(event.negotiationId(), replay);
    }

    @EventHandler
    void on(ArticleMoved event, @Timestamp Instant at, ReplayStatus replay) {
        updates.on(event, at);
        changed(event.negotiationId(), replay);
    }

    @ResetHandler
    void reset() {
        readModel.clear();
    }

    @QueryHandler
    Optional<NegotiationView> handle(FindNegotiation query) {
        return readModel.find(query.negotiationId());
    }

    @QueryHandler
    List<NegotiationSummary> handle(FindNegotiations query) {
        return readModel.summaries();
    }

    @QueryHandler
    Optional<ArticleView> handle(FindClause query) {
        return readModel.find(query.negotiationId()).flatMap(view -> clause(view, query.clauseId()));
    }

    @QueryHandler
    List<SilenceView> handle(FindSilenceProcedures query) {
        return readModel.find(query.negotiationId()).map(NegotiationView::silences).orElse(List.of());
    }

    @QueryHandler
    List<MilestoneView> handle(FindMilestones query) {
        return readModel.find(query.negotiationId()).map(NegotiationView::milestones).orElse(List.of());
    }

    private static Optional<ArticleView> clause(NegotiationView view, ArticleId clauseId) {
        return view.articles().stream().filter(article -> article.articleId().equals(clauseId)).findFirst();
    }

    @QueryHandler
    Optional<EndorsementMatrix> handle(FindEndorsementMatrix query) {
        return readModel.find(query.negotiationId()).map(EndorsementBoard::of);
    }

    /**
     * Pushes the new state to the subscriptions that concern this negotiation; the views are
     * only built when somebody is watching.
     */
    private void changed(NegotiationId id, ReplayStatus replay) {
        if (replay.isReplay()) {
            return;
        }
        List<Object> watched = emitter.activeSubscriptions().stream()
                .<Object>map(SubscriptionQueryMessage::getPayload).toList();
        if (watched.stream().anyMatch(FindNegotiations.class::isInstance)) {
            emitter.emit(FindNegotiations.class, query -> true, readModel.summaries());
        }
        if (watched.stream().noneMatch(query -> concerns(query, id))) {
            return;
        }
        readModel.find(id).ifPresent(view -> {
            emitter.emit(FindNegotiation.class, query -> query.negotiationId().equals(id), view);
            emitter.emit(FindEndorsementMatrix.class, query -> query.negotiationId().equals(id),
                    EndorsementBoard.of(view));
            emitter.emit(FindSilenceProcedures.class, query -> query.negotiationId().equals(id), view.silences());
            emitter.emit(FindMilestones.class, query -> query.negotiationId().equals(id), view.milestones());
            view.articles().forEach(article -> emitter.emit(FindClause.class,
                    query -> query.negotiationId().equals(id) && query.clauseId().equals(article.articleId()), article));
        });
    }

    private static boolean concerns(Object query, NegotiationId id) {
        NegotiationId asked = query instanceof FindNegotiation q ? q.negotiationId()
                : query instanceof FindEndorsementMatrix q ? q.negotiationId()
                : query instanceof FindClause q ? q.negotiationId()
                : query instanceof FindSilenceProcedures q ? q.negotiationId()
                : query instanceof FindMilestones q ? q.negotiationId()
                : null;
        return id.equals(asked);
    }
}
