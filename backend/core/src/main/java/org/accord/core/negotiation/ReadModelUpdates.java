package org.accord.core.negotiation;

import org.accord.api.adoption.CharterAdopted;
import org.accord.api.adoption.CharterAuthenticated;
import org.accord.api.adoption.StatementAttached;
import org.accord.api.amendment.AmendmentCosponsorJoined;
import org.accord.api.amendment.AmendmentCosponsorLeft;
import org.accord.api.amendment.AmendmentIncorporated;
import org.accord.api.amendment.AmendmentNeedsRevision;
import org.accord.api.amendment.AmendmentRebased;
import org.accord.api.amendment.AmendmentRejected;
import org.accord.api.amendment.AmendmentRevised;
import org.accord.api.amendment.AmendmentState;
import org.accord.api.amendment.AmendmentSuperseded;
import org.accord.api.amendment.AmendmentTabled;
import org.accord.api.amendment.AmendmentWithdrawn;
import org.accord.api.amendment.AmendmentsCombinedIntoOptions;
import org.accord.api.comment.ClauseCommented;
import org.accord.api.drafting.ClauseKind;
import org.accord.api.coediting.ClauseEdited;
import org.accord.api.drafting.ClauseRevised;
import org.accord.api.drafting.ClauseSplit;
import org.accord.api.drafting.ClausesMerged;
import org.accord.api.drafting.ParagraphAdded;
import org.accord.api.drafting.PreambleParagraphAdded;
import org.accord.api.milestone.FrozenClause;
import org.accord.api.milestone.MilestoneIssued;
import org.accord.api.negotiation.ArticleAdded;
import org.accord.api.negotiation.ArticleMoved;
import org.accord.api.negotiation.MemberAccredited;
import org.accord.api.negotiation.NegotiationOpened;
import org.accord.api.negotiation.ObserverAccredited;
import org.accord.api.position.ClauseReopened;
import org.accord.api.position.PositionDeclared;
import org.accord.api.position.PositionKind;
import org.accord.api.procedure.RoundScheduled;
import org.accord.api.procedure.RulesOfProcedureChanged;
import org.accord.api.silence.LateObjectionRecorded;
import org.accord.api.silence.SilenceBroken;
import org.accord.api.silence.SilenceHeld;
import org.accord.api.silence.SilenceProcedureOpened;
import org.accord.api.silence.SilenceView;

import java.time.Instant;
import java.util.List;

/**
 * What each event changes in the negotiation read model, one method per event type, written
 * through a {@link ReadModelWriter}. {@code NegotiationProjection} applies it to the SQL tables;
 * the history feature applies it to an in-memory fold. {@code at} is the time the event was
 * recorded (Axon's event timestamp); business instants come from the payload.
 */
public final class ReadModelUpdates {

    private final ReadModelWriter tables;

    public ReadModelUpdates(ReadModelWriter tables) {
        this.tables = tables;
    }

    public void on(NegotiationOpened event, Instant at) {
        tables.insertNegotiation(event.negotiationId(), event.title(), event.openedBy().username(),
                event.openedBy().displayName(), event.rules(), at);
    }

    public void on(RulesOfProcedureChanged event, Instant at) {
        tables.changeRules(event.negotiationId(), event.rules(), at);
        tables.refreshStatus(event.negotiationId(), List.of());
    }

    public void on(MemberAccredited event, Instant at) {
        tables.insertDelegation(event.negotiationId(), event.delegation(), event.name(), true,
                event.headOfDelegation(), event.delegates(), at);
        tables.refreshStatus(event.negotiationId(), List.of());
    }

    public void on(ObserverAccredited event, Instant at) {
        tables.insertDelegation(event.negotiationId(), event.delegation(), event.name(), false, "", List.of(), at);
    }

    public void on(ArticleAdded event, Instant at) {
        tables.appendClause(event.negotiationId(), event.articleId(), ClauseKind.ARTICLE, null, event.heading(),
                event.text(), Wording.hash(event.text()), event.by().displayName(), at);
    }

    public void on(PreambleParagraphAdded event, Instant at) {
        tables.appendClause(event.negotiationId(), event.clauseId(), ClauseKind.PREAMBLE, null, "", event.text(),
                Wording.hash(event.text()), event.by().displayName(), at);
    }

    public void on(ParagraphAdded event, Instant at) {
        tables.appendClause(event.negotiationId(), event.clauseId(), ClauseKind.PARAGRAPH, event.articleId(), "",
                event.text(), Wording.hash(event.text()), event.by().displayName(), at);
    }

    public void on(ClauseRevised event, Instant at) {
        tables.reviseArticle(event.negotiationId(), event.clauseId(), event.revision(), event.wording(),
                event.hash(), at);
        tables.refreshStatus(event.negotiationId(), List.of(event.clauseId()));
    }

    /** @return whether the clause's status was derived again (otherwise the edit left it as it was) */
    public boolean on(ClauseEdited event, Instant at) {
        tables.editArticle(event.negotiationId(), event.clauseId(), event.revision(), event.operation(), event.hash(), at);
        // a burst of typing moves a clause through many revisions: only the first one can make positions stale
        if (tables.somethingStandsOn(event.negotiationId(), event.clauseId(), event.revision() - 1)) {
            tables.refreshStatus(event.negotiationId(), List.of(event.clauseId()));
            return true;
        }
        return false;
    }

    public void on(ClauseSplit event, Instant at) {
        tables.split(event.negotiationId(), event, Wording.hash(event.secondWording()), event.by().displayName(), at);
        tables.refreshStatus(event.negotiationId(), List.of());
    }

    public void on(ClausesMerged event, Instant at) {
        tables.merged(event.negotiationId(), event, at);
        tables.refreshStatus(event.negotiationId(), List.of());
    }

    public void on(ArticleMoved event, Instant at) {
        tables.reorder(event.negotiationId(), event.order(), at);
    }

    public void on(PositionDeclared event, Instant at) {
        tables.recordPosition(event.negotiationId(), event.clauseId(), event.delegation(), event.revision(),
                event.hash(), event.kind(), event.statement(), event.by().displayName(), at);
        tables.refreshStatus(event.negotiationId(), List.of(event.clauseId()));
    }

    public void on(ClauseReopened event, Instant at) {
        tables.recordPosition(event.negotiationId(), event.clauseId(), event.delegation(), event.revision(),
                event.hash(), PositionKind.OBJECTION, "Reopened: " + event.reason(), event.by().displayName(), at);
        tables.refreshStatus(event.negotiationId(), List.of(event.clauseId()));
    }

    public void on(AmendmentTabled event, Instant at) {
        tables.tableAmendment(event.negotiationId(), event, at);
    }

    public void on(AmendmentRevised event, Instant at) {
        tables.reviseAmendment(event.negotiationId(), event, at);
    }

    /** Carries no activity of its own: it follows the revision that caused it. */
    public void on(AmendmentRebased event) {
        tables.rebaseAmendment(event.negotiationId(), event.amendmentId(), event.revision(), event.from(), event.to());
    }

    public void on(AmendmentNeedsRevision event, Instant at) {
        tables.amendmentState(event.negotiationId(), event.amendmentId(), AmendmentState.NEEDS_REVISION, "", null, at);
        tables.refreshStatus(event.negotiationId(), List.of()); // options may have been decided
    }

    public void on(AmendmentCosponsorJoined event, Instant at) {
        tables.cosponsor(event.negotiationId(), event.amendmentId(), event.delegation(), true, at);
    }

    public void on(AmendmentCosponsorLeft event, Instant at) {
        tables.cosponsor(event.negotiationId(), event.amendmentId(), event.delegation(), false, at);
    }

    public void on(AmendmentWithdrawn event, Instant at) {
        tables.amendmentState(event.negotiationId(), event.amendmentId(), AmendmentState.WITHDRAWN, "", null, at);
        tables.refreshStatus(event.negotiationId(), List.of()); // options may have been decided
    }

    public void on(AmendmentRejected event, Instant at) {
        tables.amendmentState(event.negotiationId(), event.amendmentId(), AmendmentState.REJECTED, event.reason(),
                null, at);
        tables.refreshStatus(event.negotiationId(), List.of()); // options may have been decided
    }

    public void on(AmendmentIncorporated event, Instant at) {
        tables.amendmentState(event.negotiationId(), event.amendmentId(), AmendmentState.INCORPORATED, "",
                event.resultingRevision(), at);
        tables.refreshStatus(event.negotiationId(), List.of()); // options may have been decided
    }

    public void on(AmendmentSuperseded event, Instant at) {
        tables.amendmentState(event.negotiationId(), event.amendmentId(), AmendmentState.SUPERSEDED,
                "Superseded by " + event.by(), null, at);
        tables.refreshStatus(event.negotiationId(), List.of()); // options may have been decided
    }

    public void on(AmendmentsCombinedIntoOptions event, Instant at) {
        tables.options(event.negotiationId(), event.amendments(), at);
        tables.refreshStatus(event.negotiationId(), List.of(event.clauseId()));
    }

    public void on(ClauseCommented event, Instant at) {
        tables.comment(event.negotiationId(), event, at);
    }

    public void on(MilestoneIssued event, Instant at) {
        tables.milestone(event.negotiationId(), event, at);
    }

    public void on(CharterAdopted event, Instant at) {
        tables.adopted(event.negotiationId(), event, at);
    }

    /** {@code eventId} keeps a redelivered act from being attached twice. */
    public void on(CharterAuthenticated event, String eventId, Instant at) {
        tables.attach(event.negotiationId(), eventId, event.delegation(), event.act().name(), "",
                event.by().displayName(), at);
    }

    /** {@code eventId} keeps a redelivered statement from being attached twice. */
    public void on(StatementAttached event, String eventId, Instant at) {
        tables.attach(event.negotiationId(), eventId, event.delegation(), event.kind().name(), event.text(),
                event.by().displayName(), at);
    }

    public void on(SilenceProcedureOpened event, Instant at) {
        tables.silenceOpened(event.negotiationId(), event, at);
    }

    /** Closed in business time ({@code brokenAt}). */
    public void on(SilenceBroken event) {
        tables.silenceClosed(event.negotiationId(), event.silenceId(), SilenceView.State.BROKEN,
                event.delegation().value(), event.act(), event.brokenAt());
    }

    /** Closed in business time ({@code expiredAt}); the covered clauses are agreed by silence on their wording. */
    public void on(SilenceHeld event) {
        tables.silenceClosed(event.negotiationId(), event.silenceId(), SilenceView.State.HELD, null, null,
                event.expiredAt());
        tables.silenceHeldOn(event.negotiationId(), event.clauses().stream().map(FrozenClause::clauseId).toList());
        tables.refreshStatus(event.negotiationId(), List.of());
    }

    /** Recorded in business time ({@code recordedAt}). */
    public void on(LateObjectionRecorded event) {
        tables.lateAct(event.negotiationId(), event.silenceId(),
                event.delegation() + ": " + event.act() + " at " + event.recordedAt(), event.recordedAt());
    }

    public void on(RoundScheduled event, Instant at) {
        tables.round(event.negotiationId(), event, at);
    }
}
