package org.accord.core.negotiation;

import org.accord.api.milestone.FrozenClause;
import org.accord.api.milestone.IssuedText;
import org.accord.api.milestone.MilestoneView;
import org.accord.api.milestone.MilestoneKind;
import org.accord.api.procedure.RulesOfProcedure;
import org.accord.ot.TextOperation;
import org.accord.api.amendment.AmendmentId;
import org.accord.api.amendment.AmendmentKind;
import org.accord.api.amendment.AmendmentRevised;
import org.accord.api.amendment.AmendmentState;
import org.accord.api.amendment.AmendmentTabled;
import org.accord.api.adoption.CharterAdopted;
import org.accord.api.comment.ClauseCommented;
import org.accord.api.milestone.MilestoneIssued;
import org.accord.api.drafting.ClauseKind;
import org.accord.api.drafting.ClauseSplit;
import org.accord.api.drafting.ClausesMerged;
import org.accord.api.procedure.RoundScheduled;
import org.accord.api.silence.SilenceId;
import org.accord.api.silence.SilenceProcedureOpened;
import org.accord.api.silence.SilenceView;
import org.accord.api.negotiation.NegotiationView;
import org.accord.api.position.ClauseStatus;
import org.accord.api.position.PositionKind;
import org.accord.api.procedure.DecisionRule;
import org.accord.api.shared.ArticleId;
import org.accord.api.shared.DelegationCode;
import org.accord.api.shared.NegotiationId;
import org.accord.core.position.Consensus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The tables of the negotiation read model: written by the projection through
 * {@link ReadModelUpdates}, read by the queries as {@link NegotiationRows}.
 */
@Repository
class NegotiationReadModel implements ReadModelWriter {

    private final JdbcClient jdbc;
    private final StoredRows storedRows;

    NegotiationReadModel(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.storedRows = new StoredRows(jdbc);
    }

    @Override
    public void insertNegotiation(NegotiationId id, String title, String chair, String chairName,
                                  RulesOfProcedure rules, Instant at) {
        jdbc.sql("""
                        insert into negotiation_view (negotiation_id, title, chair, chair_name, decision_rule,
                                                      confidentiality, delay_minutes, time_zone, opened_at,
                                                      last_activity)
                        values (:id, :title, :chair, :chairName, :rule, :confidentiality, :delay, :zone, :at, :at)
                        on conflict (negotiation_id) do nothing""")
                .param("id", id.value()).param("title", title).param("chair", chair)
                .param("chairName", chairName).param("rule", rules.decisionRule().name())
                .param("confidentiality", rules.confidentiality().mode().name())
                .param("delay", rules.confidentiality().delayMinutes()).param("zone", rules.timeZone().getId())
                .param("at", Timestamp.from(at))
                .update();
    }

    @Override
    public void changeRules(NegotiationId id, RulesOfProcedure rules, Instant at) {
        jdbc.sql("""
                        update negotiation_view set decision_rule = :rule, confidentiality = :confidentiality,
                                                    delay_minutes = :delay, time_zone = :zone
                        where negotiation_id = :id""")
                .param("id", id.value()).param("rule", rules.decisionRule().name())
                .param("confidentiality", rules.confidentiality().mode().name())
                .param("delay", rules.confidentiality().delayMinutes()).param("zone", rules.timeZone().getId())
                .update();
        touch(id, at);
    }

    @Override
    public void insertDelegation(NegotiationId id, DelegationCode code, String name, boolean member, String head,
                                 List<String> delegates, Instant at) {
        jdbc.sql("""
                        insert into delegation_view (negotiation_id, code, name, member, head, delegates, accredited_at)
                        values (:id, :code, :name, :member, :head, :delegates, :at)
                        on conflict (negotiation_id, code) do nothing""")
                .param("id", id.value()).param("code", code.value()).param("name", name)
                .param("member", member).param("head", head).param("delegates", delegates.toArray(String[]::new))
                .param("at", Timestamp.from(at))
                .update();
        touch(id, at);
    }

    @Override
    public void appendClause(NegotiationId id, ArticleId articleId, ClauseKind kind, ArticleId parent, String heading,
                             String body, String hash, String addedBy, Instant at) {
        jdbc.sql("""
                        insert into article_view (negotiation_id, article_id, position, kind, parent_id, heading, body,
                                                  revision, hash, status, added_by, added_at)
                        values (:id, :articleId,
                                (select coalesce(max(position), 0) + 1 from article_view where negotiation_id = :id),
                                :kind, :parent, :heading, :body, 1, :hash, :status, :addedBy, :at)
                        on conflict (negotiation_id, article_id) do nothing""")
                .param("id", id.value()).param("articleId", articleId.value()).param("kind", kind.name())
                .param("parent", parent == null ? null : parent.value()).param("heading", heading)
                .param("body", body).param("hash", hash).param("status", ClauseStatus.PROPOSED.name())
                .param("addedBy", addedBy).param("at", Timestamp.from(at))
                .update();
        touch(id, at);
    }

    @Override
    public void reviseArticle(NegotiationId id, ArticleId articleId, long revision, String body, String hash,
                              Instant at) {
        storeBody(id, articleId, revision, body, hash);
        touch(id, at);
    }

    @Override
    public void editArticle(NegotiationId id, ArticleId articleId, long revision, String operation, String hash,
                            Instant at) {
        bodyAt(id, articleId, revision - 1).ifPresent(body -> reviseArticle(id, articleId, revision,
                TextOperation.fromJson(operation).apply(body), hash, at));
        touch(id, at);
    }

    /** The clause's wording at {@code revision}, if that is the revision the table holds. */
    public Optional<String> bodyAt(NegotiationId id, ArticleId articleId, long revision) {
        return jdbc.sql("""
                        select body from article_view
                        where negotiation_id = :id and article_id = :articleId and revision = :revision""")
                .param("id", id.value()).param("articleId", articleId.value()).param("revision", revision)
                .query(String.class).optional();
    }

    /**
     * Stores the clause's wording at {@code revision} unless the table already holds that revision
     * or a later one; records no activity ({@link #touch}).
     */
    public void storeBody(NegotiationId id, ArticleId articleId, long revision, String body, String hash) {
        jdbc.sql("""
                        update article_view set body = :body, revision = :revision, hash = :hash
                        where negotiation_id = :id and article_id = :articleId and revision < :revision""")
                .param("id", id.value()).param("articleId", articleId.value()).param("body", body)
                .param("revision", revision).param("hash", hash)
                .update();
    }

    @Override
    public void recordPosition(NegotiationId id, ArticleId articleId, DelegationCode delegation, long revision,
                               String hash, PositionKind kind, String statement, String declaredBy, Instant at) {
        jdbc.sql("""
                        insert into position_view (negotiation_id, article_id, delegation, revision, hash, kind,
                                                   statement, declared_by, declared_at)
                        values (:id, :articleId, :delegation, :revision, :hash, :kind, :statement, :declaredBy, :at)
                        on conflict (negotiation_id, article_id, delegation) do update
                        set revision = excluded.revision, hash = excluded.hash, kind = excluded.kind,
                            statement = excluded.statement, declared_by = excluded.declared_by,
                            declared_at = excluded.declared_at""")
                .param("id", id.value()).param("articleId", articleId.value()).param("delegation", delegation.value())
                .param("revision", revision).param("hash", hash).param("kind", kind.name())
                .param("statement", statement).param("declaredBy", declaredBy).param("at", Timestamp.from(at))
                .update();
        touch(id, at);
    }

    @Override
    public boolean somethingStandsOn(NegotiationId id, ArticleId articleId, long revision) {
        return jdbc.sql("""
                        select exists (select 1 from position_view
                                       where negotiation_id = :id and article_id = :articleId and revision = :revision)
                            or exists (select 1 from article_view
                                       where negotiation_id = :id and article_id = :articleId
                                         and silence_held_revision = :revision)""")
                .param("id", id.value()).param("articleId", articleId.value()).param("revision", revision)
                .query(Boolean.class).single();
    }

    @Override
    public void refreshStatus(NegotiationId id, List<ArticleId> articleIds) {
        DecisionRule rule = jdbc.sql("select decision_rule from negotiation_view where negotiation_id = :id")
                .param("id", id.value()).query(String.class).optional().map(DecisionRule::valueOf).orElse(null);
        if (rule == null) {
            return;
        }
        Set<DelegationCode> members = new HashSet<>(jdbc.sql(
                        "select code from delegation_view where negotiation_id = :id and member")
                .param("id", id.value()).query((rs, row) -> DelegationCode.of(rs.getString(1))).list());
        boolean adopted = jdbc.sql("select exists (select 1 from adoption_view where negotiation_id = :id)")
                .param("id", id.value()).query(Boolean.class).single();
        Map<ArticleId, StatusRefresh.ClauseFacts> facts = adopted ? Map.of() : statusFacts(id);
        StatusRefresh.statuses(rule, members, adopted, facts, articleIds).forEach((articleId, status) ->
                jdbc.sql("update article_view set status = :status where negotiation_id = :id and article_id = :articleId")
                        .param("status", status.name()).param("id", id.value()).param("articleId", articleId.value())
                        .update());
    }

    private Map<ArticleId, StatusRefresh.ClauseFacts> statusFacts(NegotiationId id) {
        Map<ArticleId, Map<DelegationCode, Consensus.Stance>> stances = new HashMap<>();
        jdbc.sql("select article_id, delegation, revision, kind from position_view where negotiation_id = :id")
                .param("id", id.value())
                .query(rs -> {
                    stances.computeIfAbsent(ArticleId.of(rs.getString(1)), a -> new HashMap<>())
                            .put(DelegationCode.of(rs.getString(2)),
                                    new Consensus.Stance(rs.getLong(3), PositionKind.valueOf(rs.getString(4))));
                });
        Map<ArticleId, Integer> openOptions = new HashMap<>();
        jdbc.sql("select article_id, option, state from amendment_view where negotiation_id = :id and option")
                .param("id", id.value())
                .query(rs -> {
                    if (StatusRefresh.openOption(rs.getBoolean(2), AmendmentState.valueOf(rs.getString(3)))) {
                        openOptions.merge(ArticleId.of(rs.getString(1)), 1, Integer::sum);
                    }
                });
        Map<ArticleId, StatusRefresh.ClauseFacts> facts = new HashMap<>();
        jdbc.sql("select article_id, revision, silence_held_revision from article_view where negotiation_id = :id")
                .param("id", id.value())
                .query(rs -> {
                    ArticleId article = ArticleId.of(rs.getString(1));
                    facts.put(article, new StatusRefresh.ClauseFacts(rs.getLong(2), rs.getLong(3),
                            stances.getOrDefault(article, Map.of()), openOptions.getOrDefault(article, 0)));
                });
        return facts;
    }

    @Override
    public void tableAmendment(NegotiationId id, AmendmentTabled event, Instant at) {
        String baseWording = event.kind() == AmendmentKind.NEW_CLAUSE ? "" : jdbc.sql(
                        "select body from article_view where negotiation_id = :id and article_id = :articleId")
                .param("id", id.value()).param("articleId", event.clauseId().value()).query(String.class).single();
        jdbc.sql("""
                        insert into amendment_view (negotiation_id, amendment_id, article_id, kind, state, proposer,
                            base_revision, base_wording, revision, range_from, range_to, replaced, text, heading,
                            justification, tabled_by, tabled_at, move_after)
                        values (:id, :amendmentId, :articleId, :kind, 'PENDING', :proposer, :revision, :baseWording,
                            :revision, :from, :to, :replaced, :text, :heading, :justification, :by, :at, :moveAfter)
                        on conflict (negotiation_id, amendment_id) do nothing""")
                .param("id", id.value()).param("amendmentId", event.amendmentId().value())
                .param("articleId", event.clauseId().value()).param("kind", event.kind().name())
                .param("proposer", event.proposer().value()).param("revision", event.baseRevision())
                .param("baseWording", baseWording).param("from", event.from()).param("to", event.to())
                .param("replaced", event.replaced()).param("text", event.text()).param("heading", event.heading())
                .param("justification", event.justification()).param("by", event.by().displayName())
                .param("at", Timestamp.from(at))
                .param("moveAfter", event.moveAfter() == null ? null : event.moveAfter().value())
                .update();
        touch(id, at);
    }

    @Override
    public void reviseAmendment(NegotiationId id, AmendmentRevised event, Instant at) {
        jdbc.sql("""
                        update amendment_view set kind = :kind, state = 'PENDING', base_revision = :revision,
                            base_wording = (select body from article_view a where a.negotiation_id = amendment_view.negotiation_id
                                            and a.article_id = amendment_view.article_id),
                            revision = :revision, range_from = :from, range_to = :to, replaced = :replaced,
                            text = :text, justification = :justification
                        where negotiation_id = :id and amendment_id = :amendmentId""")
                .param("id", id.value()).param("amendmentId", event.amendmentId().value())
                .param("kind", event.kind().name()).param("revision", event.baseRevision())
                .param("from", event.from()).param("to", event.to()).param("replaced", event.replaced())
                .param("text", event.text()).param("justification", event.justification())
                .update();
        touch(id, at);
    }

    @Override
    public void rebaseAmendment(NegotiationId id, AmendmentId amendment, long revision, int from, int to) {
        jdbc.sql("""
                        update amendment_view set revision = :revision, range_from = :from, range_to = :to
                        where negotiation_id = :id and amendment_id = :amendmentId""")
                .param("id", id.value()).param("amendmentId", amendment.value()).param("revision", revision)
                .param("from", from).param("to", to)
                .update();
    }

    @Override
    public void amendmentState(NegotiationId id, AmendmentId amendment, AmendmentState state, String decision,
                               Long resultingRevision, Instant at) {
        jdbc.sql("""
                        update amendment_view set state = :state, decision = :decision,
                            resulting_revision = coalesce(:resulting, resulting_revision)
                        where negotiation_id = :id and amendment_id = :amendmentId""")
                .param("id", id.value()).param("amendmentId", amendment.value()).param("state", state.name())
                .param("decision", decision).param("resulting", resultingRevision)
                .update();
        touch(id, at);
    }

    @Override
    public void cosponsor(NegotiationId id, AmendmentId amendment, DelegationCode delegation, boolean joins,
                          Instant at) {
        jdbc.sql(joins
                        ? "update amendment_view set cosponsors = array_append(array_remove(cosponsors, :code), :code) "
                          + "where negotiation_id = :id and amendment_id = :amendmentId"
                        : "update amendment_view set cosponsors = array_remove(cosponsors, :code) "
                          + "where negotiation_id = :id and amendment_id = :amendmentId")
                .param("id", id.value()).param("amendmentId", amendment.value()).param("code", delegation.value())
                .update();
        touch(id, at);
    }

    @Override
    public void comment(NegotiationId id, ClauseCommented event, Instant at) {
        jdbc.sql("""
                        insert into comment_view (negotiation_id, comment_id, article_id, in_reply_to, text, author,
                                                  delegation, written_at)
                        values (:id, :commentId, :articleId, :inReplyTo, :text, :author, :delegation, :at)
                        on conflict (negotiation_id, comment_id) do nothing""")
                .param("id", id.value()).param("commentId", event.commentId().value())
                .param("articleId", event.clauseId().value())
                .param("inReplyTo", event.inReplyTo() == null ? null : event.inReplyTo().value())
                .param("text", event.text()).param("author", event.by().displayName())
                .param("delegation", event.by().delegation() == null ? null : event.by().delegation().value())
                .param("at", Timestamp.from(at))
                .update();
        touch(id, at);
    }

    @Override
    public void milestone(NegotiationId id, MilestoneIssued event, Instant at) {
        jdbc.sql("""
                        insert into milestone_view (negotiation_id, sequence, kind, document_symbol, text_hash, clauses,
                                                    issued_at)
                        values (:id, :sequence, :kind, :symbol, :hash, :clauses, :at)
                        on conflict (negotiation_id, sequence) do nothing""")
                .param("id", id.value()).param("sequence", event.sequence()).param("kind", event.kind().name())
                .param("symbol", event.documentSymbol()).param("hash", event.textHash())
                .param("clauses", event.clauses().size()).param("at", Timestamp.from(at))
                .update();
        for (int ordinal = 0; ordinal < event.clauses().size(); ordinal++) {
            FrozenClause clause = event.clauses().get(ordinal);
            jdbc.sql("""
                            insert into milestone_clause_view (negotiation_id, sequence, ordinal, clause_id, number,
                                                               heading, wording, revision, hash)
                            values (:id, :sequence, :ordinal, :clause, :number, :heading, :wording, :revision, :hash)
                            on conflict do nothing""")
                    .param("id", id.value()).param("sequence", event.sequence()).param("ordinal", ordinal)
                    .param("clause", clause.clauseId().value()).param("number", clause.number())
                    .param("heading", clause.heading()).param("wording", clause.wording())
                    .param("revision", clause.revision()).param("hash", clause.hash())
                    .update();
        }
        touch(id, at);
    }

    @Override
    public void adopted(NegotiationId id, CharterAdopted event, Instant at) {
        jdbc.sql("""
                        insert into adoption_view (negotiation_id, text_hash, by_silence, adopted_at)
                        values (:id, :hash, :bySilence, :at) on conflict (negotiation_id) do nothing""")
                .param("id", id.value()).param("hash", event.textHash()).param("bySilence", event.bySilence())
                .param("at", Timestamp.from(at))
                .update();
        jdbc.sql("update article_view set status = 'ADOPTED' where negotiation_id = :id")
                .param("id", id.value()).update();
        touch(id, at);
    }

    @Override
    public void attach(NegotiationId id, String eventId, DelegationCode delegation, String kind, String text, String by,
                       Instant at) {
        jdbc.sql("""
                        insert into attachment_view (negotiation_id, event_id, delegation, kind, text, recorded_by,
                                                     recorded_at)
                        values (:id, :eventId, :delegation, :kind, :text, :by, :at)
                        on conflict (event_id) do nothing""")
                .param("id", id.value()).param("eventId", eventId).param("delegation", delegation.value())
                .param("kind", kind)
                .param("text", text).param("by", by).param("at", Timestamp.from(at))
                .update();
        touch(id, at);
    }

    @Override
    public void silenceOpened(NegotiationId id, SilenceProcedureOpened event, Instant at) {
        jdbc.sql("""
                        insert into silence_view (negotiation_id, silence_id, clauses, expires_at, state, opened_by)
                        values (:id, :silenceId, :clauses, :expires, 'OPEN', :by)
                        on conflict (negotiation_id, silence_id) do nothing""")
                .param("id", id.value()).param("silenceId", event.silenceId().value())
                .param("clauses", event.clauses().stream().map(ArticleId::value).toArray(String[]::new))
                .param("expires", Timestamp.from(event.expiresAt())).param("by", event.by().displayName())
                .update();
        touch(id, at);
    }

    @Override
    public void silenceClosed(NegotiationId id, SilenceId silence, SilenceView.State state, String brokenBy, String act,
                              Instant closedAt) {
        jdbc.sql("""
                        update silence_view set state = :state, broken_by = :brokenBy, broken_act = :act,
                            closed_at = :closedAt
                        where negotiation_id = :id and silence_id = :silenceId""")
                .param("id", id.value()).param("silenceId", silence.value()).param("state", state.name())
                .param("brokenBy", brokenBy).param("act", act).param("closedAt", Timestamp.from(closedAt))
                .update();
        touch(id, closedAt);
    }

    @Override
    public void silenceHeldOn(NegotiationId id, List<ArticleId> articles) {
        for (ArticleId article : articles) {
            jdbc.sql("""
                            update article_view set silence_held_revision = revision
                            where negotiation_id = :id and article_id = :articleId""")
                    .param("id", id.value()).param("articleId", article.value()).update();
        }
    }

    @Override
    public void lateAct(NegotiationId id, SilenceId silence, String act, Instant at) {
        jdbc.sql("""
                        update silence_view set late_acts = array_append(late_acts, :act)
                        where negotiation_id = :id and silence_id = :silenceId""")
                .param("id", id.value()).param("silenceId", silence.value()).param("act", act)
                .update();
        touch(id, at);
    }

    @Override
    public void round(NegotiationId id, RoundScheduled event, Instant at) {
        jdbc.sql("""
                        insert into round_view (negotiation_id, number, title, opens_at, closes_at, amendment_deadline)
                        values (:id, :number, :title, :opens, :closes, :deadline)
                        on conflict (negotiation_id, number) do nothing""")
                .param("id", id.value()).param("number", event.number()).param("title", event.title())
                .param("opens", Timestamp.from(event.opensAt())).param("closes", Timestamp.from(event.closesAt()))
                .param("deadline", Timestamp.from(event.amendmentDeadline()))
                .update();
        touch(id, at);
    }

    @Override
    public void options(NegotiationId id, List<AmendmentId> amendments, Instant at) {
        for (AmendmentId amendment : amendments) {
            jdbc.sql("update amendment_view set option = true where negotiation_id = :id and amendment_id = :amendmentId")
                    .param("id", id.value()).param("amendmentId", amendment.value()).update();
        }
        touch(id, at);
    }

    @Override
    public void split(NegotiationId id, ClauseSplit event, String secondHash, String addedBy, Instant at) {
        reviseArticle(id, event.clauseId(), event.revision(), event.firstWording(), event.firstHash(), at);
        Integer position = jdbc.sql("select position from article_view where negotiation_id = :id and article_id = :a")
                .param("id", id.value()).param("a", event.clauseId().value()).query(Integer.class).optional().orElse(null);
        if (position == null) {
            return;
        }
        jdbc.sql("update article_view set position = -(position + 1) where negotiation_id = :id and position > :p")
                .param("id", id.value()).param("p", position).update();
        jdbc.sql("update article_view set position = -position where negotiation_id = :id and position < 0")
                .param("id", id.value()).update();
        jdbc.sql("""
                        insert into article_view (negotiation_id, article_id, position, kind, parent_id, heading, body,
                                                  revision, hash, status, added_by, added_at)
                        select negotiation_id, :newId, :position, kind, parent_id, :heading, :body, 1, :hash,
                               'PROPOSED', :addedBy, :at
                        from article_view where negotiation_id = :id and article_id = :a
                        on conflict (negotiation_id, article_id) do nothing""")
                .param("id", id.value()).param("a", event.clauseId().value())
                .param("newId", event.newClauseId().value()).param("position", position + 1)
                .param("heading", event.newHeading()).param("body", event.secondWording())
                .param("hash", secondHash).param("addedBy", addedBy)
                .param("at", Timestamp.from(at))
                .update();
    }

    @Override
    public void merged(NegotiationId id, ClausesMerged event, Instant at) {
        reviseArticle(id, event.clauseId(), event.revision(), event.wording(), event.hash(), at);
        jdbc.sql("delete from article_view where negotiation_id = :id and article_id = :a")
                .param("id", id.value()).param("a", event.mergedClauseId().value()).update();
    }

    @Override
    public void reorder(NegotiationId id, List<ArticleId> order, Instant at) {
        // positions are unique per negotiation: park them out of the way first, then number afresh
        jdbc.sql("update article_view set position = -position where negotiation_id = :id")
                .param("id", id.value()).update();
        for (int i = 0; i < order.size(); i++) {
            jdbc.sql("update article_view set position = :position where negotiation_id = :id and article_id = :articleId")
                    .param("position", i + 1).param("id", id.value()).param("articleId", order.get(i).value()).update();
        }
        touch(id, at);
    }

    void clear() {
        jdbc.sql("delete from round_view").update();
        jdbc.sql("delete from silence_view").update();
        jdbc.sql("delete from comment_view").update();
        jdbc.sql("delete from amendment_view").update();
        jdbc.sql("delete from position_view").update();
        jdbc.sql("delete from negotiation_view").update();
    }

    Optional<NegotiationView> find(NegotiationId id) {
        return storedRows.of(id).map(NegotiationRows::view);
    }

    /** An issued text with the wording it froze, in reading order. */
    Optional<IssuedText> issuedText(NegotiationId id, int sequence) {
        return jdbc.sql("""
                        select kind, document_symbol, text_hash, clauses, issued_at from milestone_view
                        where negotiation_id = :id and sequence = :sequence""")
                .param("id", id.value()).param("sequence", sequence)
                .query((rs, row) -> new MilestoneView(sequence, MilestoneKind.valueOf(rs.getString(1)), rs.getString(2),
                        rs.getString(3), rs.getInt(4), rs.getTimestamp(5).toInstant()))
                .optional()
                .map(milestone -> new IssuedText(milestone, jdbc.sql("""
                                select clause_id, number, heading, wording, revision, hash from milestone_clause_view
                                where negotiation_id = :id and sequence = :sequence order by ordinal""")
                        .param("id", id.value()).param("sequence", sequence)
                        .query((rs, row) -> new FrozenClause(ArticleId.of(rs.getString(1)), rs.getInt(2),
                                rs.getString(3), rs.getString(4), rs.getLong(5), rs.getString(6)))
                        .list()));
    }

    /** One negotiation of the list, before {@link Disclosure} completes it with what its viewer may see. */
    record Listing(NegotiationId negotiationId, String title, String chairName, int members, int observers) {
    }

    /** Every negotiation, most recently active first. */
    List<Listing> listings() {
        return jdbc.sql("""
                        select n.negotiation_id, n.title, n.chair_name,
                               (select count(*) from delegation_view d where d.negotiation_id = n.negotiation_id and d.member) as members,
                               (select count(*) from delegation_view d where d.negotiation_id = n.negotiation_id and not d.member) as observers
                        from negotiation_view n
                        order by n.last_activity desc, n.negotiation_id""")
                .query((rs, row) -> new Listing(NegotiationId.of(rs.getString("negotiation_id")),
                        rs.getString("title"), rs.getString("chair_name"), rs.getInt("members"), rs.getInt("observers")))
                .list();
    }

    /** Records activity in the negotiation at {@code at}, unless it already has later activity. */
    public void touch(NegotiationId id, Instant at) {
        jdbc.sql("update negotiation_view set last_activity = greatest(last_activity, :at) where negotiation_id = :id")
                .param("id", id.value()).param("at", Timestamp.from(at))
                .update();
    }
}
