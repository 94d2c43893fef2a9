package org.accord.core.notification;

import org.accord.api.amendment.AmendmentTabled;
import org.accord.api.coediting.ClauseEdited;
import org.accord.api.drafting.ClauseRevised;
import org.accord.api.drafting.ClauseSplit;
import org.accord.api.drafting.ClausesMerged;
import org.accord.api.drafting.ParagraphAdded;
import org.accord.api.drafting.PreambleParagraphAdded;
import org.accord.api.milestone.MilestoneIssued;
import org.accord.api.negotiation.ArticleAdded;
import org.accord.api.negotiation.MemberAccredited;
import org.accord.api.negotiation.NegotiationOpened;
import org.accord.api.negotiation.ObserverAccredited;
import org.accord.api.notification.NotificationKind;
import org.accord.api.position.ClauseReopened;
import org.accord.api.position.PositionDeclared;
import org.accord.api.position.PositionKind;
import org.accord.api.procedure.Confidentiality;
import org.accord.api.procedure.RulesOfProcedureChanged;
import org.accord.api.shared.Actor;
import org.accord.api.shared.ArticleId;
import org.accord.api.shared.DelegationCode;
import org.accord.api.shared.NegotiationId;
import org.accord.api.silence.SilenceBroken;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ReplayStatus;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventhandling.TrackingToken;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * Derives the notifications from the negotiation events, in its own processing group so that it
 * can be replayed (and lag) independently of the negotiation projection. It keeps the state it
 * decides on — delegations, clause revisions, each delegation's latest position — in its own
 * tables. A notification's sequence is its event's position in the stream: a replay rebuilds the
 * same rows (so reading marks still apply) and pushes nothing.
 */
@Component
@ProcessingGroup(NotificationProcessor.PROCESSING_GROUP)
class NotificationProcessor {

    static final String PROCESSING_GROUP = "notifications";

    private final NotificationState store;
    private final NotificationUpdates updates;

    /** On the tables ({@link NotificationStore}); in memory for a bulk rebuild ({@link NotificationReplay}). */
    NotificationProcessor(NotificationState store, NotificationUpdates updates) {
        this.store = store;
        this.updates = updates;
    }

    @EventHandler
    void on(NegotiationOpened event) {
        store.negotiation(event.negotiationId(), event.title(), event.rules().confidentiality().mode());
    }

    @EventHandler
    void on(RulesOfProcedureChanged event) {
        store.confidentiality(event.negotiationId(), event.rules().confidentiality().mode());
    }

    @EventHandler
    void on(MemberAccredited event) {
        store.delegation(event.negotiationId(), event.delegation(), true);
    }

    @EventHandler
    void on(ObserverAccredited event) {
        store.delegation(event.negotiationId(), event.delegation(), false);
    }

    @EventHandler
    void on(ArticleAdded event) {
        store.clause(event.negotiationId(), event.articleId(), NotificationRules.label(event.heading(), event.text()), 1);
    }

    @EventHandler
    void on(PreambleParagraphAdded event) {
        store.clause(event.negotiationId(), event.clauseId(), NotificationRules.label(null, event.text()), 1);
    }

    @EventHandler
    void on(ParagraphAdded event) {
        store.clause(event.negotiationId(), event.clauseId(), NotificationRules.label(null, event.text()), 1);
    }

    @EventHandler
    void on(PositionDeclared event) {
        store.position(event.negotiationId(), event.clauseId(), event.delegation(), event.kind(), event.revision());
    }

    @EventHandler
    void on(ClauseReopened event) {
        store.position(event.negotiationId(), event.clauseId(), event.delegation(), PositionKind.OBJECTION,
                event.revision());
    }

    @EventHandler
    void on(ClauseRevised event, TrackingToken token, @Timestamp Instant at, ReplayStatus replay) {
        wordingChanged(event.negotiationId(), event.clauseId(), event.revision(), event.by(), token, at, replay);
    }

    @EventHandler
    void on(ClauseEdited event, TrackingToken token, @Timestamp Instant at, ReplayStatus replay) {
        wordingChanged(event.negotiationId(), event.clauseId(), event.revision(), event.by(), token, at, replay);
    }

    @EventHandler
    void on(ClausesMerged event, TrackingToken token, @Timestamp Instant at, ReplayStatus replay) {
        wordingChanged(event.negotiationId(), event.clauseId(), event.revision(), event.by(), token, at, replay);
    }

    @EventHandler
    void on(ClauseSplit event, TrackingToken token, @Timestamp Instant at, ReplayStatus replay) {
        store.clause(event.negotiationId(), event.newClauseId(),
                NotificationRules.label(event.newHeading(), event.secondWording()), 1);
        wordingChanged(event.negotiationId(), event.clauseId(), event.revision(), event.by(), token, at, replay);
    }

    @EventHandler
    void on(AmendmentTabled event, TrackingToken token, @Timestamp Instant at, ReplayStatus replay) {
        Set<Recipient> recipients = NotificationRules.endorsers(
                store.endorsingNow(event.negotiationId(), event.clauseId()), event.by());
        recipients.remove(Recipient.of(event.proposer()));
        notify(clauseNotice(NotificationKind.AMENDMENT_TABLED, event.negotiationId(), event.clauseId(), event.by(),
                token, at), recipients, replay);
    }

    @EventHandler
    void on(SilenceBroken event, TrackingToken token, @Timestamp Instant at, ReplayStatus replay) {
        NegotiationId id = event.negotiationId();
        notify(new Notice(sequence(token), id, NotificationKind.SILENCE_BROKEN, null, null, event.by(), null, at),
                NotificationRules.participants(store.delegations(id, true), event.by()), replay);
    }

    @EventHandler
    void on(MilestoneIssued event, TrackingToken token, @Timestamp Instant at, ReplayStatus replay) {
        NegotiationId id = event.negotiationId();
        Confidentiality.Mode confidentiality = store.confidentiality(id).orElse(Confidentiality.Mode.LIVE);
        notify(new Notice(sequence(token), id, NotificationKind.MILESTONE_ISSUED, null, null, event.by(),
                        event.documentSymbol(), at),
                NotificationRules.milestoneAudience(store.delegations(id, true), store.delegations(id, false),
                        confidentiality, event.by()), replay);
    }

    /** Everything here is derived from the events: a reset empties it (the reading marks stay). */
    @ResetHandler
    void reset() {
        store.clearDerived();
    }

    /**
     * The first change of wording after a delegation endorsed the clause tells it; further
     * changes (a burst of co-editing) do not, until it declares a position again. The delegation
     * that changed the wording is not told, and will be by the next change made by somebody else.
     */
    private void wordingChanged(NegotiationId id, ArticleId clause, long revision, Actor by, TrackingToken token,
                                Instant at, ReplayStatus replay) {
        store.revision(id, clause, revision);
        List<DelegationCode> untold = store.endorsedUntold(id, clause).stream()
                .filter(delegation -> !Recipient.of(delegation).actedAs(by)).toList();
        if (untold.isEmpty()) {
            return;
        }
        store.told(id, clause, untold);
        notify(clauseNotice(NotificationKind.WORDING_CHANGED, id, clause, by, token, at),
                NotificationRules.endorsers(untold, by), replay);
    }

    private Notice clauseNotice(NotificationKind kind, NegotiationId id, ArticleId clause, Actor by,
                                TrackingToken token, Instant at) {
        return new Notice(sequence(token), id, kind, clause, store.label(id, clause).orElse(clause.value()), by, null, at);
    }

    private void notify(Notice notice, Set<Recipient> recipients, ReplayStatus replay) {
        if (recipients.isEmpty()) {
            return;
        }
        store.add(notice, recipients);
        if (!replay.isReplay()) {
            updates.pushTo(recipients);
        }
    }

    private static long sequence(TrackingToken token) {
        return token.position().orElseThrow(() -> new IllegalStateException(
                "Notifications need the event's position in the stream: run them in a streaming processor"));
    }
}
