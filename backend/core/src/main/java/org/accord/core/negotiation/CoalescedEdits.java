package org.accord.core.negotiation;

import org.accord.api.adoption.CharterAdopted;
import org.accord.api.amendment.AmendmentId;
import org.accord.api.amendment.AmendmentRevised;
import org.accord.api.amendment.AmendmentState;
import org.accord.api.amendment.AmendmentTabled;
import org.accord.api.comment.ClauseCommented;
import org.accord.api.drafting.ClauseKind;
import org.accord.api.drafting.ClauseSplit;
import org.accord.api.drafting.ClausesMerged;
import org.accord.api.milestone.MilestoneIssued;
import org.accord.api.position.PositionKind;
import org.accord.api.procedure.RoundScheduled;
import org.accord.api.procedure.RulesOfProcedure;
import org.accord.api.shared.ArticleId;
import org.accord.api.shared.DelegationCode;
import org.accord.api.shared.NegotiationId;
import org.accord.api.silence.SilenceId;
import org.accord.api.silence.SilenceProcedureOpened;
import org.accord.api.silence.SilenceView;
import org.accord.ot.TextOperation;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The SQL read model with the co-editing batches of one processing batch coalesced. Typing makes
 * most events {@code ClauseEdited}, and each one cost the tables five statements: the wording
 * read, the wording written, the negotiation's activity written twice, and whether something
 * stands on the revision left. Within the projection's unit of work (a batch of up to 50 events,
 * one transaction) this writer keeps each edited clause's wording in memory, writes it once when
 * the unit of work prepares its commit, and records the negotiation's activity once. Any other
 * write first writes what is pending, so it reads and changes the tables as they would be without
 * coalescing. Whether something stands on a revision made within the batch is known without
 * asking: a position or a held silence that names it would be a write of this batch, which would
 * have written the pending edits and forgotten them.
 * <p>
 * Outside a unit of work every write goes straight to the tables.
 */
final class CoalescedEdits implements ReadModelWriter {

    private final NegotiationReadModel tables;
    private final String resource = CoalescedEdits.class.getName() + "@" + Integer.toHexString(System.identityHashCode(this));

    CoalescedEdits(NegotiationReadModel tables) {
        this.tables = tables;
    }

    private record Clause(NegotiationId negotiation, ArticleId article) {
    }

    /** A clause's wording as the batch's edits left it; {@code from} is the revision the table held. */
    private static final class Edited {
        final long from;
        long revision;
        String body;
        String hash;

        Edited(long from, String body) {
            this.from = from;
            this.revision = from;
            this.body = body;
        }
    }

    /** What a unit of work has not yet written. */
    private final class Pending {
        final Map<Clause, Edited> clauses = new LinkedHashMap<>();
        final Map<NegotiationId, Instant> activity = new LinkedHashMap<>();

        void write() {
            clauses.forEach((clause, edited) -> {
                if (edited.revision > edited.from) {
                    tables.storeBody(clause.negotiation(), clause.article(), edited.revision, edited.body, edited.hash);
                }
            });
            activity.forEach(tables::touch);
            clauses.clear();
            activity.clear();
        }
    }

    /** The current unit of work's pending writes, or null outside one. */
    private Pending pending() {
        if (!CurrentUnitOfWork.isStarted()) {
            return null;
        }
        UnitOfWork<?> root = CurrentUnitOfWork.get().root();
        return root.getOrComputeResource(resource, key -> {
            Pending pending = new Pending();
            root.onPrepareCommit(unit -> pending.write());
            return pending;
        });
    }

    /** The current unit of work's pending writes if it has any, or null. */
    private Pending existing() {
        return CurrentUnitOfWork.isStarted() ? CurrentUnitOfWork.get().root().getResource(resource) : null;
    }

    /** Writes what is pending before a write that may read or change the same rows. */
    private void flush() {
        Pending pending = existing();
        if (pending != null) {
            pending.write();
        }
    }

    @Override
    public void editArticle(NegotiationId id, ArticleId articleId, long revision, String operation, String hash,
                            Instant at) {
        Pending pending = pending();
        if (pending == null) {
            tables.editArticle(id, articleId, revision, operation, hash, at);
            return;
        }
        Clause clause = new Clause(id, articleId);
        Edited edited = pending.clauses.get(clause);
        if (edited != null && edited.revision != revision - 1) {
            pending.write(); // out of sequence: the tables decide, as without coalescing
            edited = null;
        }
        if (edited == null) {
            edited = tables.bodyAt(id, articleId, revision - 1).map(body -> new Edited(revision - 1, body)).orElse(null);
        }
        if (edited != null) {
            edited.body = TextOperation.fromJson(operation).apply(edited.body);
            edited.revision = revision;
            edited.hash = hash;
            pending.clauses.put(clause, edited);
        }
        pending.activity.merge(id, at, (earlier, later) -> later.isAfter(earlier) ? later : earlier);
    }

    @Override
    public boolean somethingStandsOn(NegotiationId id, ArticleId articleId, long revision) {
        Pending pending = existing();
        Edited edited = pending == null ? null : pending.clauses.get(new Clause(id, articleId));
        if (edited != null && edited.from < revision && revision <= edited.revision) {
            return false; // made within this batch, and nothing of this batch named it since
        }
        return tables.somethingStandsOn(id, articleId, revision);
    }

    @Override
    public void insertNegotiation(NegotiationId id, String title, String chair, String chairName, RulesOfProcedure rules,
                                  Instant at) {
        flush();
        tables.insertNegotiation(id, title, chair, chairName, rules, at);
    }

    @Override
    public void changeRules(NegotiationId id, RulesOfProcedure rules, Instant at) {
        flush();
        tables.changeRules(id, rules, at);
    }

    @Override
    public void insertDelegation(NegotiationId id, DelegationCode code, String name, boolean member, String head,
                                 List<String> delegates, Instant at) {
        flush();
        tables.insertDelegation(id, code, name, member, head, delegates, at);
    }

    @Override
    public void appendClause(NegotiationId id, ArticleId articleId, ClauseKind kind, ArticleId parent, String heading,
                             String body, String hash, String addedBy, Instant at) {
        flush();
        tables.appendClause(id, articleId, kind, parent, heading, body, hash, addedBy, at);
    }

    @Override
    public void reviseArticle(NegotiationId id, ArticleId articleId, long revision, String body, String hash, Instant at) {
        flush();
        tables.reviseArticle(id, articleId, revision, body, hash, at);
    }

    @Override
    public void recordPosition(NegotiationId id, ArticleId articleId, DelegationCode delegation, long revision,
                               String hash, PositionKind kind, String statement, String declaredBy, Instant at) {
        flush();
        tables.recordPosition(id, articleId, delegation, revision, hash, kind, statement, declaredBy, at);
    }

    @Override
    public void refreshStatus(NegotiationId id, List<ArticleId> articleIds) {
        flush();
        tables.refreshStatus(id, articleIds);
    }

    @Override
    public void tableAmendment(NegotiationId id, AmendmentTabled event, Instant at) {
        flush();
        tables.tableAmendment(id, event, at);
    }

    @Override
    public void reviseAmendment(NegotiationId id, AmendmentRevised event, Instant at) {
        flush();
        tables.reviseAmendment(id, event, at);
    }

    @Override
    public void rebaseAmendment(NegotiationId id, AmendmentId amendment, long revision, int from, int to) {
        flush();
        tables.rebaseAmendment(id, amendment, revision, from, to);
    }

    @Override
    public void amendmentState(NegotiationId id, AmendmentId amendment, AmendmentState state, String decision,
                               Long resultingRevision, Instant at) {
        flush();
        tables.amendmentState(id, amendment, state, decision, resultingRevision, at);
    }

    @Override
    public void cosponsor(NegotiationId id, AmendmentId amendment, DelegationCode delegation, boolean joins, Instant at) {
        flush();
        tables.cosponsor(id, amendment, delegation, joins, at);
    }

    @Override
    public void comment(NegotiationId id, ClauseCommented event, Instant at) {
        flush();
        tables.comment(id, event, at);
    }

    @Override
    public void milestone(NegotiationId id, MilestoneIssued event, Instant at) {
        flush();
        tables.milestone(id, event, at);
    }

    @Override
    public void adopted(NegotiationId id, CharterAdopted event, Instant at) {
        flush();
        tables.adopted(id, event, at);
    }

    @Override
    public void attach(NegotiationId id, String eventId, DelegationCode delegation, String kind, String text, String by,
                       Instant at) {
        flush();
        tables.attach(id, eventId, delegation, kind, text, by, at);
    }

    @Override
    public void silenceOpened(NegotiationId id, SilenceProcedureOpened event, Instant at) {
        flush();
        tables.silenceOpened(id, event, at);
    }

    @Override
    public void silenceClosed(NegotiationId id, SilenceId silence, SilenceView.State state, String brokenBy, String act,
                              Instant closedAt) {
        flush();
        tables.silenceClosed(id, silence, state, brokenBy, act, closedAt);
    }

    @Override
    public void silenceHeldOn(NegotiationId id, List<ArticleId> articles) {
        flush();
        tables.silenceHeldOn(id, articles);
    }

    @Override
    public void lateAct(NegotiationId id, SilenceId silence, String act, Instant at) {
        flush();
        tables.lateAct(id, silence, act, at);
    }

    @Override
    public void round(NegotiationId id, RoundScheduled event, Instant at) {
        flush();
        tables.round(id, event, at);
    }

    @Override
    public void options(NegotiationId id, List<AmendmentId> amendments, Instant at) {
        flush();
        tables.options(id, amendments, at);
    }

    @Override
    public void split(NegotiationId id, ClauseSplit event, String secondHash, String addedBy, Instant at) {
        flush();
        tables.split(id, event, secondHash, addedBy, at);
    }

    @Override
    public void merged(NegotiationId id, ClausesMerged event, Instant at) {
        flush();
        tables.merged(id, event, at);
    }

    @Override
    public void reorder(NegotiationId id, List<ArticleId> order, Instant at) {
        flush();
        tables.reorder(id, order, at);
    }
}
