package org.accord.core.negotiation;

import org.axonframework.config.ProcessingGroup;
import org.springframework.stereotype.Component;
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
import org.accord.api.coediting.ClauseEdited;
import org.accord.api.drafting.ClauseRevised;
import org.accord.api.drafting.ClauseSplit;
import org.accord.api.drafting.ClausesMerged;
import org.accord.api.drafting.ParagraphAdded;
import org.accord.api.drafting.PreambleParagraphAdded;
import org.accord.api.milestone.MilestoneIssued;
import org.accord.api.position.ClauseReopened;
import org.accord.api.negotiation.ArticleAdded;
import org.accord.api.negotiation.ArticleMoved;
import org.accord.api.negotiation.MemberAccredited;
import org.accord.api.negotiation.NegotiationOpened;
import org.accord.api.negotiation.ObserverAccredited;
import org.accord.api.position.PositionDeclared;
import org.accord.api.procedure.RulesOfProcedureChanged;
import org.accord.api.shared.NegotiationId;
import org.accord.api.silence.LateObjectionRecorded;
import org.accord.api.silence.SilenceBroken;
import org.accord.api.silence.SilenceHeld;
import org.accord.api.silence.SilenceProcedureOpened;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ReplayStatus;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MessageIdentifier;

import java.time.Instant;

/**
 * Keeps the negotiation read model ({@link ReadModelUpdates} on the SQL tables, co-editing
 * batches coalesced per processing batch by {@link CoalescedEdits}). After each
 * change it has the new state pushed to the subscription queries that asked for it
 * ({@link NegotiationUpdates}; Axon delivers them once the transaction has committed); during a
 * replay nothing is pushed. The queries are answered by {@link NegotiationQueries}.
 */
@Component
@ProcessingGroup(NegotiationProjection.PROCESSING_GROUP)
class NegotiationProjection {

    static final String PROCESSING_GROUP = "negotiation-projection";

    private final NegotiationReadModel readModel;
    private final ReadModelUpdates updates;
    private final NegotiationUpdates pushes;
    private final AgreementHistoryRows history;

    NegotiationProjection(NegotiationReadModel readModel, NegotiationUpdates pushes, AgreementHistoryRows history) {
        this.readModel = readModel;
        this.updates = new ReadModelUpdates(new CoalescedEdits(readModel));
        this.pushes = pushes;
        this.history = history;
    }

    @EventHandler
    void on(NegotiationOpened event, @Timestamp Instant at, ReplayStatus replay) {
        updates.on(event, at);
        changed(event.negotiationId(), at, replay);
    }

    @EventHandler
    void on(RulesOfProcedureChanged event, @Timestamp Instant at, ReplayStatus replay) {
        updates.on(event, at);
        changed(event.negotiationId(), at, replay);
    }

    @EventHandler
    void on(MemberAccredited event, @Timestamp Instant at, ReplayStatus replay) {
        updates.on(event, at);
        changed(event.negotiationId(), at, replay);
    }

    @EventHandler
    void on(ObserverAccredited event, @Timestamp Instant at, ReplayStatus replay) {
        updates.on(event, at);
        changed(event.negotiationId(), at, replay);
    }

    @EventHandler
    void on(ArticleAdded event, @Timestamp Instant at, ReplayStatus replay) {
        updates.on(event, at);
        changed(event.negotiationId(), at, replay);
    }

    @EventHandler
    void on(ClauseEdited event, @Timestamp Instant at, ReplayStatus replay) {
        // an edit that left every status as it was adds no point to the agreement history
        if (updates.on(event, at)) {
            history.record(event.negotiationId(), at);
        }
        if (!replay.isReplay()) {
            pushes.changed(event.negotiationId());
        }
    }

    @EventHandler
    void on(ClauseRevised event, @Timestamp Instant at, ReplayStatus replay) {
        updates.on(event, at);
        changed(event.negotiationId(), at, replay);
    }

    @EventHandler
    void on(PositionDeclared event, @Timestamp Instant at, ReplayStatus replay) {
        updates.on(event, at);
        changed(event.negotiationId(), at, replay);
    }

    @EventHandler
    void on(AmendmentTabled event, @Timestamp Instant at, ReplayStatus replay) {
        updates.on(event, at);
        changed(event.negotiationId(), at, replay);
    }

    @EventHandler
    void on(AmendmentRevised event, @Timestamp Instant at, ReplayStatus replay) {
        updates.on(event, at);
        changed(event.negotiationId(), at, replay);
    }

    @EventHandler
    void on(AmendmentRebased event, @Timestamp Instant at, ReplayStatus replay) {
        updates.on(event);
        changed(event.negotiationId(), at, replay);
    }

    @EventHandler
    void on(AmendmentNeedsRevision event, @Timestamp Instant at, ReplayStatus replay) {
        updates.on(event, at);
        changed(event.negotiationId(), at, replay);
    }

    @EventHandler
    void on(AmendmentCosponsorJoined event, @Timestamp Instant at, ReplayStatus replay) {
        updates.on(event, at);
        changed(event.negotiationId(), at, replay);
    }

    @EventHandler
    void on(AmendmentCosponsorLeft event, @Timestamp Instant at, ReplayStatus replay) {
        updates.on(event, at);
        changed(event.negotiationId(), at, replay);
    }

    @EventHandler
    void on(AmendmentWithdrawn event, @Timestamp Instant at, ReplayStatus replay) {
        updates.on(event, at);
        changed(event.negotiationId(), at, replay);
    }

    @EventHandler
    void on(AmendmentRejected event, @Timestamp Instant at, ReplayStatus replay) {
        updates.on(event, at);
        changed(event.negotiationId(), at, replay);
    }

    @EventHandler
    void on(AmendmentIncorporated event, @Timestamp Instant at, ReplayStatus replay) {
        updates.on(event, at);
        changed(event.negotiationId(), at, replay);
    }

    @EventHandler
    void on(ClauseReopened event, @Timestamp Instant at, ReplayStatus replay) {
        updates.on(event, at);
        changed(event.negotiationId(), at, replay);
    }

    @EventHandler
    void on(ClauseCommented event, @Timestamp Instant at, ReplayStatus replay) {
        updates.on(event, at);
        changed(event.negotiationId(), at, replay);
    }

    @EventHandler
    void on(MilestoneIssued event, @Timestamp Instant at, ReplayStatus replay) {
        updates.on(event, at);
        changed(event.negotiationId(), at, replay);
    }

    @EventHandler
    void on(CharterAdopted event, @Timestamp Instant at, ReplayStatus replay) {
        updates.on(event, at);
        changed(event.negotiationId(), at, replay);
    }

    @EventHandler
    void on(CharterAuthenticated event, @MessageIdentifier String eventId, @Timestamp Instant at,
            ReplayStatus replay) {
        updates.on(event, eventId, at);
        changed(event.negotiationId(), at, replay);
    }

    @EventHandler
    void on(StatementAttached event, @MessageIdentifier String eventId, @Timestamp Instant at,
            ReplayStatus replay) {
        updates.on(event, eventId, at);
        changed(event.negotiationId(), at, replay);
    }

    @EventHandler
    void on(SilenceProcedureOpened event, @Timestamp Instant at, ReplayStatus replay) {
        updates.on(event, at);
        changed(event.negotiationId(), at, replay);
    }

    @EventHandler
    void on(SilenceBroken event, @Timestamp Instant at, ReplayStatus replay) {
        updates.on(event);
        changed(event.negotiationId(), at, replay);
    }

    @EventHandler
    void on(SilenceHeld event, @Timestamp Instant at, ReplayStatus replay) {
        updates.on(event);
        changed(event.negotiationId(), at, replay);
    }

    @EventHandler
    void on(LateObjectionRecorded event, @Timestamp Instant at, ReplayStatus replay) {
        updates.on(event);
        changed(event.negotiationId(), at, replay);
    }

    @EventHandler
    void on(RoundScheduled event, @Timestamp Instant at, ReplayStatus replay) {
        updates.on(event, at);
        changed(event.negotiationId(), at, replay);
    }

    @EventHandler
    void on(AmendmentsCombinedIntoOptions event, @Timestamp Instant at, ReplayStatus replay) {
        updates.on(event, at);
        changed(event.negotiationId(), at, replay);
    }

    @EventHandler
    void on(AmendmentSuperseded event, @Timestamp Instant at, ReplayStatus replay) {
        updates.on(event, at);
        changed(event.negotiationId(), at, replay);
    }

    @EventHandler
    void on(PreambleParagraphAdded event, @Timestamp Instant at, ReplayStatus replay) {
        updates.on(event, at);
        changed(event.negotiationId(), at, replay);
    }

    @EventHandler
    void on(ParagraphAdded event, @Timestamp Instant at, ReplayStatus replay) {
        updates.on(event, at);
        changed(event.negotiationId(), at, replay);
    }

    @EventHandler
    void on(ClauseSplit event, @Timestamp Instant at, ReplayStatus replay) {
        updates.on(event, at);
        changed(event.negotiationId(), at, replay);
    }

    @EventHandler
    void on(ClausesMerged event, @Timestamp Instant at, ReplayStatus replay) {
        updates.on(event, at);
        changed(event.negotiationId(), at, replay);
    }

    @EventHandler
    void on(ArticleMoved event, @Timestamp Instant at, ReplayStatus replay) {
        updates.on(event, at);
        changed(event.negotiationId(), at, replay);
    }

    @ResetHandler
    void reset() {
        history.clear();
        readModel.clear();
    }

    /** Records the agreement history (also on replay, which rebuilds it) and pushes the change. */
    private void changed(NegotiationId id, Instant at, ReplayStatus replay) {
        history.record(id, at);
        if (!replay.isReplay()) {
            pushes.changed(id);
        }
    }
}
