package org.accord.core.history;

import org.accord.api.adoption.AdoptionView;
import org.accord.api.adoption.CharterAdopted;
import org.accord.api.amendment.AmendmentId;
import org.accord.api.amendment.AmendmentKind;
import org.accord.api.amendment.AmendmentRevised;
import org.accord.api.amendment.AmendmentState;
import org.accord.api.amendment.AmendmentTabled;
import org.accord.api.comment.ClauseCommented;
import org.accord.api.comment.CommentId;
import org.accord.api.comment.CommentView;
import org.accord.api.drafting.ClauseKind;
import org.accord.api.drafting.ClauseSplit;
import org.accord.api.drafting.ClausesMerged;
import org.accord.api.milestone.MilestoneIssued;
import org.accord.api.negotiation.DelegationView;
import org.accord.api.position.PositionKind;
import org.accord.api.procedure.RulesOfProcedure;
import org.accord.api.procedure.RoundScheduled;
import org.accord.api.shared.ArticleId;
import org.accord.api.shared.DelegationCode;
import org.accord.api.shared.NegotiationId;
import org.accord.api.silence.SilenceId;
import org.accord.api.silence.SilenceProcedureOpened;
import org.accord.api.silence.SilenceView;
import org.accord.core.negotiation.NegotiationRows;
import org.accord.core.negotiation.ReadModelWriter;
import org.accord.core.negotiation.StatusRefresh;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One negotiation's read model in memory. Each write does to the rows what its SQL statement
 * does to the tables ({@link ReadModelWriter}), and instants are kept as the columns keep them
 * ({@link StoredTime}). Every row is an immutable record, so {@link #copy()} copies the maps
 * that hold the rows, never the rows themselves.
 */
final class FoldedReadModel implements ReadModelWriter {

    private NegotiationRows.Header header;
    private final Map<DelegationCode, DelegationView> delegations;
    private final FoldedClauses text;
    private final FoldedAmendments amendments;
    private final Map<CommentId, NegotiationRows.CommentRow> comments;
    private final FoldedProceedings proceedings;

    FoldedReadModel() {
        this.delegations = new HashMap<>();
        this.text = new FoldedClauses();
        this.amendments = new FoldedAmendments();
        this.comments = new HashMap<>();
        this.proceedings = new FoldedProceedings();
    }

    private FoldedReadModel(FoldedReadModel original) {
        this.header = original.header;
        this.delegations = new HashMap<>(original.delegations);
        this.text = original.text.copy();
        this.amendments = original.amendments.copy();
        this.comments = new HashMap<>(original.comments);
        this.proceedings = original.proceedings.copy();
    }

    FoldedReadModel copy() {
        return new FoldedReadModel(this);
    }

    /** A read model holding exactly these rows, as {@link #rows()} gave them (a keyframe read back). */
    static FoldedReadModel restore(NegotiationRows rows, Set<String> attachedEvents) {
        FoldedReadModel model = new FoldedReadModel();
        if (rows == null) {
            return model;
        }
        model.header = rows.header();
        rows.delegations().forEach(d -> model.delegations.put(d.code(), d));
        model.text.restore(rows.clauses(), rows.positions());
        model.amendments.restore(rows.amendments());
        rows.comments().forEach(c -> model.comments.put(c.comment().commentId(), c));
        model.proceedings.restore(rows.rounds(), rows.milestones(), rows.silences(), rows.adoption(), attachedEvents);
        return model;
    }

    /** The ids of the events whose statements are attached to the adoption (the unique {@code event_id}). */
    Set<String> attachedEvents() {
        return proceedings.attachedEvents();
    }

    /** Whether the negotiation has been opened (its {@code negotiation_view} row exists). */
    boolean opened() {
        return header != null;
    }

    /** The rows of {@code clauses} per status, in the order of {@code statuses}, as a {@code count(*) filter}. */
    int[] statusCounts(List<org.accord.api.position.ClauseStatus> statuses) {
        int[] counts = new int[statuses.size()];
        for (NegotiationRows.ClauseRow clause : text.clauses()) {
            int index = statuses.indexOf(clause.status());
            if (index >= 0) {
                counts[index]++;
            }
        }
        return counts;
    }

    /** The rows, once the negotiation has been opened. */
    Optional<NegotiationRows> rows() {
        return Optional.ofNullable(header).map(h -> new NegotiationRows(h, List.copyOf(delegations.values()),
                List.copyOf(text.clauses()), List.copyOf(text.positions()), List.copyOf(amendments.amendments()),
                List.copyOf(comments.values()), List.copyOf(proceedings.milestones()),
                List.copyOf(proceedings.silences()), List.copyOf(proceedings.rounds()), proceedings.adoption()));
    }

    @Override
    public void insertNegotiation(NegotiationId id, String title, String chair, String chairName,
                                  RulesOfProcedure rules, Instant at) {
        if (header == null) {
            header = new NegotiationRows.Header(id, title, chair, chairName, rules.decisionRule(),
                    rules.confidentiality(), rules.timeZone(), StoredTime.of(at));
        }
    }

    @Override
    public void changeRules(NegotiationId id, RulesOfProcedure rules, Instant at) {
        if (header != null) {
            header = header.withRules(rules);
        }
        touch(at);
    }

    @Override
    public void insertDelegation(NegotiationId id, DelegationCode code, String name, boolean member, String head,
                                 List<String> delegates, Instant at) {
        delegations.putIfAbsent(code, new DelegationView(code, name, member, head, delegates));
        touch(at);
    }

    @Override
    public void appendClause(NegotiationId id, ArticleId articleId, ClauseKind kind, ArticleId parent, String heading,
                             String body, String hash, String addedBy, Instant at) {
        text.append(articleId, kind, parent, heading, body, hash, addedBy, StoredTime.of(at));
        touch(at);
    }

    @Override
    public void reviseArticle(NegotiationId id, ArticleId articleId, long revision, String body, String hash,
                              Instant at) {
        text.revise(articleId, revision, body, hash);
        touch(at);
    }

    @Override
    public void editArticle(NegotiationId id, ArticleId articleId, long revision, String operation, String hash,
                            Instant at) {
        text.edit(articleId, revision, operation, hash);
        touch(at);
    }

    @Override
    public void recordPosition(NegotiationId id, ArticleId articleId, DelegationCode delegation, long revision,
                               String hash, PositionKind kind, String statement, String declaredBy, Instant at) {
        text.record(new NegotiationRows.PositionRow(articleId, delegation, revision, hash, kind, statement,
                declaredBy, StoredTime.of(at)));
        touch(at);
    }

    /**
     * As the SQL read model answers it (a position or a held silence names the revision), so that a
     * co-editing batch refreshes the statuses only when the SQL projection does; refreshing more
     * often would give the same statuses, only slower.
     */
    @Override
    public boolean somethingStandsOn(NegotiationId id, ArticleId articleId, long revision) {
        return text.somethingStandsOn(articleId, revision);
    }

    @Override
    public void refreshStatus(NegotiationId id, List<ArticleId> articleIds) {
        if (header == null) {
            return;
        }
        Set<DelegationCode> members = delegations.values().stream().filter(DelegationView::member)
                .map(DelegationView::code).collect(Collectors.toSet());
        text.show(StatusRefresh.statuses(header.decisionRule(), members, proceedings.adopted(),
                text.facts(amendments.openOptions()), articleIds));
    }

    @Override
    public void tableAmendment(NegotiationId id, AmendmentTabled event, Instant at) {
        String baseWording = event.kind() == AmendmentKind.NEW_CLAUSE ? "" : wordingNow(event.clauseId());
        amendments.table(event, baseWording, event.by().displayName(), StoredTime.of(at));
        touch(at);
    }

    @Override
    public void reviseAmendment(NegotiationId id, AmendmentRevised event, Instant at) {
        amendments.revise(event, this::wordingNow);
        touch(at);
    }

    /** As the SQL, which fails on a missing clause rather than store an amendment without its wording. */
    private String wordingNow(ArticleId clause) {
        return text.wording(clause).orElseThrow(() -> new IllegalStateException(
                "An amendment names the clause " + clause + ", which the read model does not have"));
    }

    @Override
    public void rebaseAmendment(NegotiationId id, AmendmentId amendment, long revision, int from, int to) {
        amendments.rebase(amendment, revision, from, to);
    }

    @Override
    public void amendmentState(NegotiationId id, AmendmentId amendment, AmendmentState state, String decision,
                               Long resultingRevision, Instant at) {
        amendments.state(amendment, state, decision, resultingRevision);
        touch(at);
    }

    @Override
    public void cosponsor(NegotiationId id, AmendmentId amendment, DelegationCode delegation, boolean joins,
                          Instant at) {
        amendments.cosponsor(amendment, delegation, joins);
        touch(at);
    }

    @Override
    public void options(NegotiationId id, List<AmendmentId> options, Instant at) {
        amendments.options(options);
        touch(at);
    }

    @Override
    public void comment(NegotiationId id, ClauseCommented e, Instant at) {
        comments.putIfAbsent(e.commentId(), new NegotiationRows.CommentRow(e.clauseId(), new CommentView(
                e.commentId(), e.inReplyTo(), e.text(), e.by().displayName(), e.by().delegation(), StoredTime.of(at))));
        touch(at);
    }

    @Override
    public void milestone(NegotiationId id, MilestoneIssued event, Instant at) {
        proceedings.milestone(event, at);
        touch(at);
    }

    @Override
    public void adopted(NegotiationId id, CharterAdopted event, Instant at) {
        proceedings.adopted(event, at);
        text.adopted();
        touch(at);
    }

    @Override
    public void attach(NegotiationId id, String eventId, DelegationCode delegation, String kind, String body,
                       String by, Instant at) {
        proceedings.attach(eventId, new AdoptionView.Attachment(delegation.value(), kind, body, by, StoredTime.of(at)));
        touch(at);
    }

    @Override
    public void silenceOpened(NegotiationId id, SilenceProcedureOpened event, Instant at) {
        proceedings.silenceOpened(event);
        touch(at);
    }

    @Override
    public void silenceClosed(NegotiationId id, SilenceId silence, SilenceView.State state, String brokenBy,
                              String act, Instant closedAt) {
        proceedings.silenceClosed(silence, state, brokenBy, act, closedAt);
        touch(closedAt);
    }

    @Override
    public void silenceHeldOn(NegotiationId id, List<ArticleId> articles) {
        text.silenceHeldOn(articles);
    }

    @Override
    public void lateAct(NegotiationId id, SilenceId silence, String act, Instant at) {
        proceedings.lateAct(silence, act);
        touch(at);
    }

    @Override
    public void round(NegotiationId id, RoundScheduled event, Instant at) {
        proceedings.round(event);
        touch(at);
    }

    @Override
    public void split(NegotiationId id, ClauseSplit event, String secondHash, String addedBy, Instant at) {
        text.split(event, secondHash, addedBy, StoredTime.of(at));
        touch(at);
    }

    @Override
    public void merged(NegotiationId id, ClausesMerged event, Instant at) {
        text.merge(event);
        touch(at);
    }

    @Override
    public void reorder(NegotiationId id, List<ArticleId> order, Instant at) {
        text.reorder(order);
        touch(at);
    }

    /** As {@code last_activity = greatest(last_activity, at)}. */
    private void touch(Instant at) {
        if (header != null) {
            header = header.touched(StoredTime.of(at));
        }
    }
}
