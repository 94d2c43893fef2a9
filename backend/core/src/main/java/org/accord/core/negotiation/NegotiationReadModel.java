package org.accord.core.negotiation;

import org.accord.api.amendment.AmendmentId;
import org.accord.api.amendment.AmendmentKind;
import org.accord.api.amendment.AmendmentRevised;
import org.accord.api.amendment.AmendmentState;
import org.accord.api.amendment.AmendmentTabled;
import org.accord.api.amendment.AmendmentView;
import org.accord.api.adoption.AdoptionView;
import org.accord.api.adoption.CharterAdopted;
import org.accord.api.comment.ClauseCommented;
import org.accord.api.comment.CommentId;
import org.accord.api.comment.CommentView;
import org.accord.api.milestone.MilestoneIssued;
import org.accord.api.milestone.MilestoneKind;
import org.accord.api.milestone.MilestoneView;
import org.accord.api.drafting.ClauseKind;
import org.accord.api.drafting.ClauseSplit;
import org.accord.api.drafting.ClausesMerged;
import org.accord.api.negotiation.ArticleView;
import org.accord.api.procedure.RoundScheduled;
import org.accord.api.procedure.RoundView;
import org.accord.api.silence.SilenceId;
import org.accord.api.silence.SilenceProcedureOpened;
import org.accord.api.silence.SilenceView;
import org.accord.api.negotiation.DelegationView;
import org.accord.api.negotiation.NegotiationSummary;
import org.accord.api.negotiation.NegotiationView;
import org.accord.api.position.ClauseStatus;
import org.accord.api.position.PositionKind;
import org.accord.api.position.PositionView;
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

/** The tables of the negotiation read model: written by the projection, read by the queries. */
@Repository
class NegotiationReadModel {

    private final JdbcClient jdbc;

    NegotiationReadModel(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insertNegotiation(NegotiationId id, String title, String chair, String chairName, DecisionRule rule,
                           Instant at) {
        jdbc.sql("""
                        insert into negotiation_view (negotiation_id, title, chair, chair_name, decision_rule, opened_at, last_activity)
                        values (:id, :title, :chair, :chairName, :rule, :at, :at)
                        on conflict (negotiation_id) do nothing""")
                .param("id", id.value()).param("title", title).param("chair", chair)
                .param("chairName", chairName).param("rule", rule.name()).param("at", Timestamp.from(at))
                .update();
    }

    void changeDecisionRule(NegotiationId id, DecisionRule rule, Instant at) {
        jdbc.sql("update negotiation_view set decision_rule = :rule where negotiation_id = :id")
                .param("id", id.value()).param("rule", rule.name()).update();
        touch(id, at);
    }

    void insertDelegation(NegotiationId id, DelegationCode code, String name, boolean member, String head,
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

    void appendArticle(NegotiationId id, ArticleId articleId, String heading, String body, String hash,
                       String addedBy, Instant at) {
        appendClause(id, articleId, ClauseKind.ARTICLE, null, heading, body, hash, addedBy, at);
    }

    void appendClause(NegotiationId id, ArticleId articleId, ClauseKind kind, ArticleId parent, String heading,
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

    void reviseArticle(NegotiationId id, ArticleId articleId, long revision, String body, String hash, Instant at) {
        jdbc.sql("""
                        update article_view set body = :body, revision = :revision, hash = :hash
                        where negotiation_id = :id and article_id = :articleId and revision < :revision""")
                .param("id", id.value()).param("articleId", articleId.value()).param("body", body)
                .param("revision", revision).param("hash", hash)
                .update();
        touch(id, at);
    }

    void recordPosition(NegotiationId id, ArticleId articleId, DelegationCode delegation, long revision, String hash,
                        PositionKind kind, String statement, String declaredBy, Instant at) {
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

    /** Derives the status of the given articles (all of them when none is named) from their current positions. */
    void refreshStatus(NegotiationId id, List<ArticleId> articleIds) {
        DecisionRule rule = jdbc.sql("select decision_rule from negotiation_view where negotiation_id = :id")
                .param("id", id.value()).query(String.class).optional().map(DecisionRule::valueOf).orElse(null);
        if (rule == null) {
            return;
        }
        Set<DelegationCode> members = new HashSet<>(jdbc.sql(
                        "select code from delegation_view where negotiation_id = :id and member")
                .param("id", id.value()).query((rs, row) -> DelegationCode.of(rs.getString(1))).list());
        Map<ArticleId, Long> revisions = new HashMap<>();
        Set<ArticleId> heldSilence = new HashSet<>();
        jdbc.sql("select article_id, revision, silence_held_revision from article_view where negotiation_id = :id")
                .param("id", id.value())
                .query(rs -> {
                    revisions.put(ArticleId.of(rs.getString(1)), rs.getLong(2));
                    if (rs.getLong(2) == rs.getLong(3)) {
                        heldSilence.add(ArticleId.of(rs.getString(1)));
                    }
                });
        Map<ArticleId, Integer> openOptions = new HashMap<>();
        jdbc.sql("""
                        select article_id, count(*) from amendment_view
                        where negotiation_id = :id and option and state in ('PENDING', 'NEEDS_REVISION')
                        group by article_id""")
                .param("id", id.value())
                .query(rs -> {
                    openOptions.put(ArticleId.of(rs.getString(1)), rs.getInt(2));
                });
        Map<ArticleId, Map<DelegationCode, Consensus.Stance>> stances = new HashMap<>();
        jdbc.sql("select article_id, delegation, revision, kind from position_view where negotiation_id = :id")
                .param("id", id.value())
                .query(rs -> {
                    stances.computeIfAbsent(ArticleId.of(rs.getString(1)), a -> new HashMap<>())
                            .put(DelegationCode.of(rs.getString(2)),
                                    new Consensus.Stance(rs.getLong(3), PositionKind.valueOf(rs.getString(4))));
                });
        if (jdbc.sql("select exists (select 1 from adoption_view where negotiation_id = :id)")
                .param("id", id.value()).query(Boolean.class).single()) {
            return; // adopted: final
        }
        for (ArticleId articleId : articleIds.isEmpty() ? revisions.keySet() : articleIds) {
            Long revision = revisions.get(articleId);
            if (revision == null) {
                continue;
            }
            ClauseStatus status = Consensus.status(rule, members, revision, stances.getOrDefault(articleId, Map.of()),
                    heldSilence.contains(articleId), openOptions.getOrDefault(articleId, 0));
            jdbc.sql("update article_view set status = :status where negotiation_id = :id and article_id = :articleId")
                    .param("status", status.name()).param("id", id.value()).param("articleId", articleId.value())
                    .update();
        }
    }

    void tableAmendment(NegotiationId id, AmendmentTabled event, Instant at) {
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

    void reviseAmendment(NegotiationId id, AmendmentRevised event, Instant at) {
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

    void rebaseAmendment(NegotiationId id, AmendmentId amendment, long revision, int from, int to) {
        jdbc.sql("""
                        update amendment_view set revision = :revision, range_from = :from, range_to = :to
                        where negotiation_id = :id and amendment_id = :amendmentId""")
                .param("id", id.value()).param("amendmentId", amendment.value()).param("revision", revision)
                .param("from", from).param("to", to)
                .update();
    }

    void amendmentState(NegotiationId id, AmendmentId amendment, AmendmentState state, String decision,
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

    void cosponsor(NegotiationId id, AmendmentId amendment, DelegationCode delegation, boolean joins, Instant at) {
        jdbc.sql(joins
                        ? "update amendment_view set cosponsors = array_append(array_remove(cosponsors, :code), :code) "
                          + "where negotiation_id = :id and amendment_id = :amendmentId"
                        : "update amendment_view set cosponsors = array_remove(cosponsors, :code) "
                          + "where negotiation_id = :id and amendment_id = :amendmentId")
                .param("id", id.value()).param("amendmentId", amendment.value()).param("code", delegation.value())
                .update();
        touch(id, at);
    }

    void comment(NegotiationId id, ClauseCommented event, Instant at) {
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

    void milestone(NegotiationId id, MilestoneIssued event, Instant at) {
        jdbc.sql("""
                        insert into milestone_view (negotiation_id, sequence, kind, document_symbol, text_hash, clauses,
                                                    issued_at)
                        values (:id, :sequence, :kind, :symbol, :hash, :clauses, :at)
                        on conflict (negotiation_id, sequence) do nothing""")
                .param("id", id.value()).param("sequence", event.sequence()).param("kind", event.kind().name())
                .param("symbol", event.documentSymbol()).param("hash", event.textHash())
                .param("clauses", event.clauses().size()).param("at", Timestamp.from(at))
                .update();
        touch(id, at);
    }

    void adopted(NegotiationId id, CharterAdopted event, Instant at) {
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

    void attach(NegotiationId id, String eventId, DelegationCode delegation, String kind, String text, String by,
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

    void silenceOpened(NegotiationId id, SilenceProcedureOpened event, Instant at) {
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

    void silenceClosed(NegotiationId id, SilenceId silence, SilenceView.State state, String brokenBy, String act,
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

    void silenceHeldOn(NegotiationId id, List<ArticleId> articles) {
        for (ArticleId article : articles) {
            jdbc.sql("""
                            update article_view set silence_held_revision = revision
                            where negotiation_id = :id and article_id = :articleId""")
                    .param("id", id.value()).param("articleId", article.value()).update();
        }
    }

    void lateAct(NegotiationId id, SilenceId silence, String act, Instant at) {
        jdbc.sql("""
                        update silence_view set late_acts = array_append(late_acts, :act)
                        where negotiation_id = :id and silence_id = :silenceId""")
                .param("id", id.value()).param("silenceId", silence.value()).param("act", act)
                .update();
        touch(id, at);
    }

    private List<SilenceView> silences(NegotiationId id) {
        return jdbc.sql("""
                        select silence_id, clauses, expires_at, state, opened_by, broken_by, broken_act, closed_at,
                               late_acts
                        from silence_view where negotiation_id = :id order by expires_at""")
                .param("id", id.value())
                .query((rs, row) -> new SilenceView(SilenceId.of(rs.getString(1)),
                        java.util.Arrays.stream((String[]) rs.getArray(2).getArray()).map(ArticleId::of).toList(),
                        rs.getTimestamp(3).toInstant(), SilenceView.State.valueOf(rs.getString(4)), rs.getString(5),
                        rs.getString(6), rs.getString(7),
                        rs.getTimestamp(8) == null ? null : rs.getTimestamp(8).toInstant(),
                        List.of((String[]) rs.getArray(9).getArray())))
                .list();
    }

    void round(NegotiationId id, RoundScheduled event, Instant at) {
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

    void options(NegotiationId id, List<AmendmentId> amendments, Instant at) {
        for (AmendmentId amendment : amendments) {
            jdbc.sql("update amendment_view set option = true where negotiation_id = :id and amendment_id = :amendmentId")
                    .param("id", id.value()).param("amendmentId", amendment.value()).update();
        }
        touch(id, at);
    }

    private List<RoundView> rounds(NegotiationId id) {
        return jdbc.sql("""
                        select number, title, opens_at, closes_at, amendment_deadline from round_view
                        where negotiation_id = :id order by number""")
                .param("id", id.value())
                .query((rs, row) -> new RoundView(rs.getInt(1), rs.getString(2), rs.getTimestamp(3).toInstant(),
                        rs.getTimestamp(4).toInstant(), rs.getTimestamp(5).toInstant()))
                .list();
    }

    /** The second half of a split goes right after the first; later clauses move down one place. */
    void split(NegotiationId id, ClauseSplit event, String addedBy, Instant at) {
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
                .param("hash", Wording.hash(event.secondWording())).param("addedBy", addedBy)
                .param("at", Timestamp.from(at))
                .update();
    }

    void merged(NegotiationId id, ClausesMerged event, Instant at) {
        reviseArticle(id, event.clauseId(), event.revision(), event.wording(), event.hash(), at);
        jdbc.sql("delete from article_view where negotiation_id = :id and article_id = :a")
                .param("id", id.value()).param("a", event.mergedClauseId().value()).update();
    }

    void reorder(NegotiationId id, List<ArticleId> order, Instant at) {
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
        return jdbc.sql("""
                        select title, chair, chair_name, decision_rule, last_activity
                        from negotiation_view where negotiation_id = :id""")
                .param("id", id.value())
                .query((rs, row) -> {
                    Map<String, List<AmendmentView>> amendments = amendments(id);
                    List<ArticleView> articles = articles(id, amendments);
                    List<AmendmentView> newClauses = amendments.values().stream().flatMap(List::stream)
                            .filter(a -> a.kind() == AmendmentKind.NEW_CLAUSE).toList();
                    return new NegotiationView(id, rs.getString("title"), rs.getString("chair"),
                            rs.getString("chair_name"), DecisionRule.valueOf(rs.getString("decision_rule")),
                            delegations(id), articles, newClauses, milestones(id), silences(id), rounds(id),
                            adoption(id),
                            Consensus.shareAgreed(articles.stream().map(ArticleView::status).toList()),
                            rs.getTimestamp("last_activity").toInstant());
                })
                .optional();
    }

    List<NegotiationSummary> summaries() {
        return jdbc.sql("""
                        select n.negotiation_id, n.title, n.chair_name, n.last_activity,
                               (select count(*) from delegation_view d where d.negotiation_id = n.negotiation_id and d.member) as members,
                               (select count(*) from delegation_view d where d.negotiation_id = n.negotiation_id and not d.member) as observers,
                               (select count(*) from article_view a where a.negotiation_id = n.negotiation_id) as articles
                        from negotiation_view n
                        order by n.last_activity desc, n.negotiation_id""")
                .query((rs, row) -> new NegotiationSummary(NegotiationId.of(rs.getString("negotiation_id")),
                        rs.getString("title"), rs.getString("chair_name"), rs.getInt("members"),
                        rs.getInt("observers"), rs.getInt("articles"), rs.getTimestamp("last_activity").toInstant()))
                .list();
    }

    private List<DelegationView> delegations(NegotiationId id) {
        return jdbc.sql("""
                        select code, name, member, head, delegates from delegation_view where negotiation_id = :id
                        order by member desc, code""")
                .param("id", id.value())
                .query((rs, row) -> new DelegationView(DelegationCode.of(rs.getString("code")),
                        rs.getString("name"), rs.getBoolean("member"), rs.getString("head"),
                        List.of((String[]) rs.getArray("delegates").getArray())))
                .list();
    }

    private List<MilestoneView> milestones(NegotiationId id) {
        return jdbc.sql("""
                        select sequence, kind, document_symbol, text_hash, clauses, issued_at
                        from milestone_view where negotiation_id = :id order by sequence""")
                .param("id", id.value())
                .query((rs, row) -> new MilestoneView(rs.getInt(1), MilestoneKind.valueOf(rs.getString(2)),
                        rs.getString(3), rs.getString(4), rs.getInt(5), rs.getTimestamp(6).toInstant()))
                .list();
    }

    private AdoptionView adoption(NegotiationId id) {
        List<AdoptionView.Attachment> attachments = jdbc.sql("""
                        select delegation, kind, text, recorded_by, recorded_at from attachment_view
                        where negotiation_id = :id order by seq""")
                .param("id", id.value())
                .query((rs, row) -> new AdoptionView.Attachment(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getTimestamp(5).toInstant()))
                .list();
        return jdbc.sql("select text_hash, by_silence, adopted_at from adoption_view where negotiation_id = :id")
                .param("id", id.value())
                .query((rs, row) -> new AdoptionView(rs.getString(1), rs.getBoolean(2), rs.getTimestamp(3).toInstant(),
                        attachments))
                .optional().orElse(null);
    }

    private Map<String, List<CommentView>> comments(NegotiationId id) {
        Map<String, List<CommentView>> byArticle = new HashMap<>();
        jdbc.sql("""
                        select article_id, comment_id, in_reply_to, text, author, delegation, written_at
                        from comment_view where negotiation_id = :id order by written_at, comment_id""")
                .param("id", id.value())
                .query(rs -> {
                    byArticle.computeIfAbsent(rs.getString(1), a -> new java.util.ArrayList<>())
                            .add(new CommentView(CommentId.of(rs.getString(2)),
                                    rs.getString(3) == null ? null : CommentId.of(rs.getString(3)), rs.getString(4),
                                    rs.getString(5), rs.getString(6) == null ? null : DelegationCode.of(rs.getString(6)),
                                    rs.getTimestamp(7).toInstant()));
                });
        return byArticle;
    }

    private Map<String, List<AmendmentView>> amendments(NegotiationId id) {
        Map<String, List<AmendmentView>> byArticle = new HashMap<>();
        jdbc.sql("""
                        select * from amendment_view where negotiation_id = :id order by tabled_at, amendment_id""")
                .param("id", id.value())
                .query(rs -> {
                    List<DelegationCode> cosponsors = new java.util.ArrayList<>();
                    for (String code : (String[]) rs.getArray("cosponsors").getArray()) {
                        cosponsors.add(DelegationCode.of(code));
                    }
                    Long resulting = rs.getObject("resulting_revision", Long.class);
                    byArticle.computeIfAbsent(rs.getString("article_id"), a -> new java.util.ArrayList<>())
                            .add(new AmendmentView(AmendmentId.of(rs.getString("amendment_id")),
                                    ArticleId.of(rs.getString("article_id")), AmendmentKind.valueOf(rs.getString("kind")),
                                    AmendmentState.valueOf(rs.getString("state")),
                                    DelegationCode.of(rs.getString("proposer")), cosponsors,
                                    rs.getLong("base_revision"), rs.getString("base_wording"), rs.getString("replaced"),
                                    rs.getLong("revision"), rs.getInt("range_from"), rs.getInt("range_to"),
                                    rs.getString("text"), rs.getString("heading"), rs.getString("justification"),
                                    rs.getString("decision"), resulting,
                                    rs.getString("tabled_by"), rs.getTimestamp("tabled_at").toInstant(),
                                    rs.getBoolean("option"),
                                    rs.getString("move_after") == null ? null : ArticleId.of(rs.getString("move_after"))));
                });
        return byArticle;
    }

    private List<ArticleView> articles(NegotiationId id, Map<String, List<AmendmentView>> amendments) {
        Map<String, List<CommentView>> comments = comments(id);
        Map<String, List<PositionView>> positions = new HashMap<>();
        jdbc.sql("""
                        select p.article_id, p.delegation, p.kind, p.statement, p.revision, p.declared_by, p.declared_at,
                               p.revision = a.revision as current
                        from position_view p join article_view a using (negotiation_id, article_id)
                        where p.negotiation_id = :id order by p.delegation""")
                .param("id", id.value())
                .query(rs -> {
                    positions.computeIfAbsent(rs.getString("article_id"), a -> new java.util.ArrayList<>())
                            .add(new PositionView(DelegationCode.of(rs.getString("delegation")),
                                    PositionKind.valueOf(rs.getString("kind")), rs.getString("statement"),
                                    rs.getLong("revision"), rs.getBoolean("current"), rs.getString("declared_by"),
                                    rs.getTimestamp("declared_at").toInstant()));
                });
        List<ArticleView> stored = jdbc.sql("""
                        select article_id, position, kind, parent_id, heading, body, revision, hash, status, added_by,
                               added_at
                        from article_view where negotiation_id = :id order by position""")
                .param("id", id.value())
                .query((rs, row) -> new ArticleView(ArticleId.of(rs.getString("article_id")),
                        ClauseKind.valueOf(rs.getString("kind")),
                        rs.getString("parent_id") == null ? null : ArticleId.of(rs.getString("parent_id")), 0,
                        rs.getString("heading"), rs.getString("body"), rs.getLong("revision"), rs.getString("hash"),
                        ClauseStatus.valueOf(rs.getString("status")),
                        positions.getOrDefault(rs.getString("article_id"), List.of()),
                        amendments.getOrDefault(rs.getString("article_id"), List.of()).stream()
                                .filter(a -> a.kind() != AmendmentKind.NEW_CLAUSE).toList(),
                        comments.getOrDefault(rs.getString("article_id"), List.of()),
                        rs.getString("added_by"), rs.getTimestamp("added_at").toInstant()))
                .list();
        return TextOrder.of(stored, a -> new TextOrder.Unit(a.articleId(), a.kind(), a.parentId())).stream()
                .map(placed -> numbered(placed.item(), placed.number()))
                .toList();
    }

    private static ArticleView numbered(ArticleView a, int number) {
        return new ArticleView(a.articleId(), a.kind(), a.parentId(), number, a.heading(), a.text(), a.revision(),
                a.hash(), a.status(), a.positions(), a.amendments(), a.comments(), a.addedBy(), a.addedAt());
    }

    private void touch(NegotiationId id, Instant at) {
        jdbc.sql("update negotiation_view set last_activity = greatest(last_activity, :at) where negotiation_id = :id")
                .param("id", id.value()).param("at", Timestamp.from(at))
                .update();
    }
}
