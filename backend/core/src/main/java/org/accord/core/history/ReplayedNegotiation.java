package org.accord.core.history;

import org.accord.api.adoption.CharterAdopted;
import org.accord.api.amendment.AmendmentId;
import org.accord.api.amendment.AmendmentRevised;
import org.accord.api.amendment.AmendmentState;
import org.accord.api.amendment.AmendmentTabled;
import org.accord.api.comment.ClauseCommented;
import org.accord.api.drafting.ClauseKind;
import org.accord.api.drafting.ClauseSplit;
import org.accord.api.drafting.ClausesMerged;
import org.accord.api.milestone.FrozenClause;
import org.accord.api.milestone.MilestoneIssued;
import org.accord.api.position.ClauseStatus;
import org.accord.api.position.PositionKind;
import org.accord.api.procedure.RoundScheduled;
import org.accord.api.procedure.RulesOfProcedure;
import org.accord.api.shared.ArticleId;
import org.accord.api.shared.DelegationCode;
import org.accord.api.shared.NegotiationId;
import org.accord.api.silence.SilenceId;
import org.accord.api.silence.SilenceProcedureOpened;
import org.accord.api.silence.SilenceView;
import org.accord.core.negotiation.NegotiationRows;
import org.accord.core.negotiation.ReadModelUpdates;
import org.accord.core.negotiation.ReadModelWriter;
import org.axonframework.eventhandling.EventMessage;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One negotiation's read model rebuilt in memory by a bulk replay ({@link BulkReplay}): the fold of
 * the as-of view ({@link FoldedReadModel}, the projection's own {@link ReadModelUpdates}) plus what
 * the tables keep and the view does not show, each with the meaning of its SQL statement in
 * {@code NegotiationReadModel}: {@code opened_at}, each delegation's {@code accredited_at}, the
 * clauses frozen by each issued text ({@code milestone_clause_view}), the event id and order of
 * each attachment, and the rows that {@code AgreementHistoryRows.record} adds after each event.
 * Written once to the tables when the replay ends ({@link BulkReplay}).
 */
final class ReplayedNegotiation implements ReadModelWriter {

    /** The statuses in the column order of {@code agreement_history}. */
    static final List<ClauseStatus> AGREEMENT_COLUMNS = List.of(ClauseStatus.PROPOSED, ClauseStatus.BRACKETED,
            ClauseStatus.OPTIONS, ClauseStatus.AGREED_AD_REFERENDUM, ClauseStatus.AGREED, ClauseStatus.ADOPTED);

    /** An {@code attachment_view} row. */
    record Attachment(String eventId, DelegationCode delegation, String kind, String text, String by, Instant at) {
    }

    /** An {@code agreement_history} row: the clauses per status ({@link #AGREEMENT_COLUMNS}) from {@code at}. */
    record AgreementPoint(Instant at, int[] counts) {
    }

    private final FoldedReadModel fold = new FoldedReadModel();
    private final ReadModelUpdates updates = new ReadModelUpdates(this);
    private Instant openedAt;
    private final Map<DelegationCode, Instant> accredited = new HashMap<>();
    private final Map<Integer, Map<Integer, FrozenClause>> frozen = new TreeMap<>();
    private final Map<String, Attachment> attachments = new LinkedHashMap<>();
    private final List<AgreementPoint> agreement = new ArrayList<>();
    private int[] lastCounts;

    /**
     * Applies the event as the projection's handler would, then what its {@code changed} records: a
     * point of the agreement history when the counts per status differ from the last one (and the
     * negotiation exists). {@code false} when the projection does not handle the event's type.
     */
    boolean apply(EventMessage<?> event) {
        if (!EventRoutes.apply(updates, event)) {
            return false;
        }
        if (fold.opened()) {
            int[] counts = fold.statusCounts(AGREEMENT_COLUMNS);
            if (lastCounts == null || !Arrays.equals(lastCounts, counts)) {
                agreement.add(new AgreementPoint(event.getTimestamp(), counts));
                lastCounts = counts;
            }
        }
        return true;
    }

    Optional<NegotiationRows> rows() {
        return fold.rows();
    }

    Instant openedAt() {
        return openedAt;
    }

    Instant accreditedAt(DelegationCode code) {
        return accredited.get(code);
    }

    /** Issued text's sequence → ordinal → frozen clause, as {@code milestone_clause_view} holds them. */
    Map<Integer, Map<Integer, FrozenClause>> frozenClauses() {
        return frozen;
    }

    /** In the order they were inserted (the identity {@code seq}). */
    Iterable<Attachment> attachments() {
        return attachments.values();
    }

    List<AgreementPoint> agreement() {
        return agreement;
    }

    @Override
    public void insertNegotiation(NegotiationId id, String title, String chair, String chairName,
                                  RulesOfProcedure rules, Instant at) {
        if (!fold.opened()) {
            openedAt = StoredTime.of(at);
        }
        fold.insertNegotiation(id, title, chair, chairName, rules, at);
    }

    @Override
    public void changeRules(NegotiationId id, RulesOfProcedure rules, Instant at) {
        fold.changeRules(id, rules, at);
    }

    @Override
    public void insertDelegation(NegotiationId id, DelegationCode code, String name, boolean member, String head,
                                 List<String> delegates, Instant at) {
        accredited.putIfAbsent(code, StoredTime.of(at));
        fold.insertDelegation(id, code, name, member, head, delegates, at);
    }

    @Override
    public void appendClause(NegotiationId id, ArticleId articleId, ClauseKind kind, ArticleId parent, String heading,
                             String body, String hash, String addedBy, Instant at) {
        fold.appendClause(id, articleId, kind, parent, heading, body, hash, addedBy, at);
    }

    @Override
    public void reviseArticle(NegotiationId id, ArticleId articleId, long revision, String body, String hash,
                              Instant at) {
        fold.reviseArticle(id, articleId, revision, body, hash, at);
    }

    @Override
    public void editArticle(NegotiationId id, ArticleId articleId, long revision, String operation, String hash,
                            Instant at) {
        fold.editArticle(id, articleId, revision, operation, hash, at);
    }

    @Override
    public void recordPosition(NegotiationId id, ArticleId articleId, DelegationCode delegation, long revision,
                               String hash, PositionKind kind, String statement, String declaredBy, Instant at) {
        fold.recordPosition(id, articleId, delegation, revision, hash, kind, statement, declaredBy, at);
    }

    @Override
    public void refreshStatus(NegotiationId id, List<ArticleId> articleIds) {
        fold.refreshStatus(id, articleIds);
    }

    @Override
    public boolean somethingStandsOn(NegotiationId id, ArticleId articleId, long revision) {
        return fold.somethingStandsOn(id, articleId, revision);
    }

    @Override
    public void tableAmendment(NegotiationId id, AmendmentTabled event, Instant at) {
        fold.tableAmendment(id, event, at);
    }

    @Override
    public void reviseAmendment(NegotiationId id, AmendmentRevised event, Instant at) {
        fold.reviseAmendment(id, event, at);
    }

    @Override
    public void rebaseAmendment(NegotiationId id, AmendmentId amendment, long revision, int from, int to) {
        fold.rebaseAmendment(id, amendment, revision, from, to);
    }

    @Override
    public void amendmentState(NegotiationId id, AmendmentId amendment, AmendmentState state, String decision,
                               Long resultingRevision, Instant at) {
        fold.amendmentState(id, amendment, state, decision, resultingRevision, at);
    }

    @Override
    public void cosponsor(NegotiationId id, AmendmentId amendment, DelegationCode delegation, boolean joins,
                          Instant at) {
        fold.cosponsor(id, amendment, delegation, joins, at);
    }

    @Override
    public void comment(NegotiationId id, ClauseCommented event, Instant at) {
        fold.comment(id, event, at);
    }

    @Override
    public void milestone(NegotiationId id, MilestoneIssued event, Instant at) {
        Map<Integer, FrozenClause> clauses = frozen.computeIfAbsent(event.sequence(), s -> new TreeMap<>());
        for (int ordinal = 0; ordinal < event.clauses().size(); ordinal++) {
            clauses.putIfAbsent(ordinal, event.clauses().get(ordinal));
        }
        fold.milestone(id, event, at);
    }

    @Override
    public void adopted(NegotiationId id, CharterAdopted event, Instant at) {
        fold.adopted(id, event, at);
    }

    @Override
    public void attach(NegotiationId id, String eventId, DelegationCode delegation, String kind, String text,
                       String by, Instant at) {
        attachments.putIfAbsent(eventId, new Attachment(eventId, delegation, kind, text, by, StoredTime.of(at)));
        fold.attach(id, eventId, delegation, kind, text, by, at);
    }

    @Override
    public void silenceOpened(NegotiationId id, SilenceProcedureOpened event, Instant at) {
        fold.silenceOpened(id, event, at);
    }

    @Override
    public void silenceClosed(NegotiationId id, SilenceId silence, SilenceView.State state, String brokenBy,
                              String act, Instant closedAt) {
        fold.silenceClosed(id, silence, state, brokenBy, act, closedAt);
    }

    @Override
    public void silenceHeldOn(NegotiationId id, List<ArticleId> articles) {
        fold.silenceHeldOn(id, articles);
    }

    @Override
    public void lateAct(NegotiationId id, SilenceId silence, String act, Instant at) {
        fold.lateAct(id, silence, act, at);
    }

    @Override
    public void round(NegotiationId id, RoundScheduled event, Instant at) {
        fold.round(id, event, at);
    }

    @Override
    public void options(NegotiationId id, List<AmendmentId> amendments, Instant at) {
        fold.options(id, amendments, at);
    }

    @Override
    public void split(NegotiationId id, ClauseSplit event, String secondHash, String addedBy, Instant at) {
        fold.split(id, event, secondHash, addedBy, at);
    }

    @Override
    public void merged(NegotiationId id, ClausesMerged event, Instant at) {
        fold.merged(id, event, at);
    }

    @Override
    public void reorder(NegotiationId id, List<ArticleId> order, Instant at) {
        fold.reorder(id, order, at);
    }
}
