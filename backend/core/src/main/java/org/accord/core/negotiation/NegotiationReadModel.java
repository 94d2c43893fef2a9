package org.accord.core.negotiation;

import org.accord.api.negotiation.ArticleView;
import org.accord.api.negotiation.DelegationView;
import org.accord.api.negotiation.NegotiationSummary;
import org.accord.api.negotiation.NegotiationView;
import org.accord.api.shared.ArticleId;
import org.accord.api.shared.DelegationCode;
import org.accord.api.shared.NegotiationId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The tables of the negotiation read model: written by the projection, read by the queries. */
@Repository
class NegotiationReadModel {

    private final JdbcClient jdbc;

    NegotiationReadModel(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insertNegotiation(NegotiationId id, String title, String chair, String chairName, Instant at) {
        jdbc.sql("""
                        insert into negotiation_view (negotiation_id, title, chair, chair_name, opened_at, last_activity)
                        values (:id, :title, :chair, :chairName, :at, :at)
                        on conflict (negotiation_id) do nothing""")
                .param("id", id.value()).param("title", title).param("chair", chair)
                .param("chairName", chairName).param("at", Timestamp.from(at))
                .update();
    }

    void insertDelegation(NegotiationId id, DelegationCode code, String name, boolean member, Instant at) {
        jdbc.sql("""
                        insert into delegation_view (negotiation_id, code, name, member, accredited_at)
                        values (:id, :code, :name, :member, :at)
                        on conflict (negotiation_id, code) do nothing""")
                .param("id", id.value()).param("code", code.value()).param("name", name)
                .param("member", member).param("at", Timestamp.from(at))
                .update();
        touch(id, at);
    }

    void appendArticle(NegotiationId id, ArticleId articleId, String heading, String body, String addedBy, Instant at) {
        jdbc.sql("""
                        insert into article_view (negotiation_id, article_id, position, heading, body, added_by, added_at)
                        values (:id, :articleId,
                                (select coalesce(max(position), 0) + 1 from article_view where negotiation_id = :id),
                                :heading, :body, :addedBy, :at)
                        on conflict (negotiation_id, article_id) do nothing""")
                .param("id", id.value()).param("articleId", articleId.value()).param("heading", heading)
                .param("body", body).param("addedBy", addedBy).param("at", Timestamp.from(at))
                .update();
        touch(id, at);
    }

    void clear() {
        jdbc.sql("delete from negotiation_view").update();
    }

    Optional<NegotiationView> find(NegotiationId id) {
        return jdbc.sql("select title, chair, chair_name, last_activity from negotiation_view where negotiation_id = :id")
                .param("id", id.value())
                .query((rs, row) -> new NegotiationView(id, rs.getString("title"), rs.getString("chair"), rs.getString("chair_name"),
                        delegations(id), articles(id), rs.getTimestamp("last_activity").toInstant()))
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
                        select code, name, member from delegation_view where negotiation_id = :id
                        order by member desc, code""")
                .param("id", id.value())
                .query((rs, row) -> new DelegationView(DelegationCode.of(rs.getString("code")),
                        rs.getString("name"), rs.getBoolean("member")))
                .list();
    }

    private List<ArticleView> articles(NegotiationId id) {
        return jdbc.sql("""
                        select article_id, position, heading, body, added_by, added_at
                        from article_view where negotiation_id = :id order by position""")
                .param("id", id.value())
                .query((rs, row) -> new ArticleView(ArticleId.of(rs.getString("article_id")), rs.getInt("position"),
                        rs.getString("heading"), rs.getString("body"), rs.getString("added_by"),
                        rs.getTimestamp("added_at").toInstant()))
                .list();
    }

    private void touch(NegotiationId id, Instant at) {
        jdbc.sql("update negotiation_view set last_activity = greatest(last_activity, :at) where negotiation_id = :id")
                .param("id", id.value()).param("at", Timestamp.from(at))
                .update();
    }
}
