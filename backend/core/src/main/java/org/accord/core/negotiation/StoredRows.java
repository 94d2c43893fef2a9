package org.accord.core.negotiation;

import org.accord.api.adoption.AdoptionView;
import org.accord.api.amendment.AmendmentId;
import org.accord.api.amendment.AmendmentKind;
import org.accord.api.amendment.AmendmentState;
import org.accord.api.amendment.AmendmentView;
import org.accord.api.comment.CommentId;
import org.accord.api.comment.CommentView;
import org.accord.api.drafting.ClauseKind;
import org.accord.api.milestone.MilestoneKind;
import org.accord.api.milestone.MilestoneView;
import org.accord.api.negotiation.DelegationView;
import org.accord.api.position.ClauseStatus;
import org.accord.api.position.PositionKind;
import org.accord.api.procedure.Confidentiality;
import org.accord.api.procedure.DecisionRule;
import org.accord.api.procedure.RoundView;
import org.accord.api.shared.ArticleId;
import org.accord.api.shared.DelegationCode;
import org.accord.api.shared.NegotiationId;
import org.accord.api.silence.SilenceId;
import org.accord.api.silence.SilenceView;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Reads one negotiation's rows from the read-model tables; {@link NegotiationRows} orders and assembles them. */
final class StoredRows {

    private final JdbcClient jdbc;

    StoredRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<NegotiationRows> of(NegotiationId id) {
        return jdbc.sql("""
                        select title, chair, chair_name, decision_rule, confidentiality, delay_minutes, time_zone,
                               last_activity
                        from negotiation_view where negotiation_id = :id""")
                .param("id", id.value())
                .query((rs, row) -> new NegotiationRows.Header(id, rs.getString("title"), rs.getString("chair"),
                        rs.getString("chair_name"), DecisionRule.valueOf(rs.getString("decision_rule")),
                        new Confidentiality(Confidentiality.Mode.valueOf(rs.getString("confidentiality")),
                                rs.getInt("delay_minutes")),
                        java.time.ZoneId.of(rs.getString("time_zone")),
                        instant(rs.getTimestamp("last_activity"))))
                .optional()
                .map(header -> new NegotiationRows(header, delegations(id), clauses(id), positions(id), amendments(id),
                        comments(id), milestones(id), silences(id), rounds(id), adoption(id)));
    }

    private List<DelegationView> delegations(NegotiationId id) {
        return jdbc.sql("select code, name, member, head, delegates from delegation_view where negotiation_id = :id")
                .param("id", id.value())
                .query((rs, row) -> new DelegationView(DelegationCode.of(rs.getString("code")),
                        rs.getString("name"), rs.getBoolean("member"), rs.getString("head"),
                        List.of((String[]) rs.getArray("delegates").getArray())))
                .list();
    }

    private List<NegotiationRows.ClauseRow> clauses(NegotiationId id) {
        return jdbc.sql("""
                        select article_id, position, kind, parent_id, heading, body, revision, hash, status,
                               silence_held_revision, added_by, added_at
                        from article_view where negotiation_id = :id""")
                .param("id", id.value())
                .query((rs, row) -> new NegotiationRows.ClauseRow(ArticleId.of(rs.getString("article_id")),
                        rs.getInt("position"), ClauseKind.valueOf(rs.getString("kind")),
                        articleId(rs.getString("parent_id")), rs.getString("heading"), rs.getString("body"),
                        rs.getLong("revision"), rs.getString("hash"), ClauseStatus.valueOf(rs.getString("status")),
                        rs.getLong("silence_held_revision"), rs.getString("added_by"),
                        instant(rs.getTimestamp("added_at"))))
                .list();
    }

    private List<NegotiationRows.PositionRow> positions(NegotiationId id) {
        return jdbc.sql("""
                        select article_id, delegation, revision, hash, kind, statement, declared_by, declared_at
                        from position_view where negotiation_id = :id""")
                .param("id", id.value())
                .query((rs, row) -> new NegotiationRows.PositionRow(ArticleId.of(rs.getString("article_id")),
                        DelegationCode.of(rs.getString("delegation")), rs.getLong("revision"), rs.getString("hash"),
                        PositionKind.valueOf(rs.getString("kind")), rs.getString("statement"),
                        rs.getString("declared_by"), instant(rs.getTimestamp("declared_at"))))
                .list();
    }

    private List<AmendmentView> amendments(NegotiationId id) {
        return jdbc.sql("select * from amendment_view where negotiation_id = :id")
                .param("id", id.value())
                .query((rs, row) -> amendment(rs))
                .list();
    }

    private static AmendmentView amendment(ResultSet rs) throws SQLException {
        List<DelegationCode> cosponsors = Arrays.stream((String[]) rs.getArray("cosponsors").getArray())
                .map(DelegationCode::of).toList();
        return new AmendmentView(AmendmentId.of(rs.getString("amendment_id")),
                ArticleId.of(rs.getString("article_id")), AmendmentKind.valueOf(rs.getString("kind")),
                AmendmentState.valueOf(rs.getString("state")), DelegationCode.of(rs.getString("proposer")), cosponsors,
                rs.getLong("base_revision"), rs.getString("base_wording"), rs.getString("replaced"),
                rs.getLong("revision"), rs.getInt("range_from"), rs.getInt("range_to"), rs.getString("text"),
                rs.getString("heading"), rs.getString("justification"), rs.getString("decision"),
                rs.getObject("resulting_revision", Long.class), rs.getString("tabled_by"),
                instant(rs.getTimestamp("tabled_at")), rs.getBoolean("option"), articleId(rs.getString("move_after")));
    }

    private List<NegotiationRows.CommentRow> comments(NegotiationId id) {
        return jdbc.sql("""
                        select article_id, comment_id, in_reply_to, text, author, delegation, written_at
                        from comment_view where negotiation_id = :id""")
                .param("id", id.value())
                .query((rs, row) -> new NegotiationRows.CommentRow(ArticleId.of(rs.getString(1)),
                        new CommentView(CommentId.of(rs.getString(2)),
                                rs.getString(3) == null ? null : CommentId.of(rs.getString(3)), rs.getString(4),
                                rs.getString(5), rs.getString(6) == null ? null : DelegationCode.of(rs.getString(6)),
                                instant(rs.getTimestamp(7)))))
                .list();
    }

    private List<MilestoneView> milestones(NegotiationId id) {
        return jdbc.sql("""
                        select sequence, kind, document_symbol, text_hash, clauses, issued_at
                        from milestone_view where negotiation_id = :id""")
                .param("id", id.value())
                .query((rs, row) -> new MilestoneView(rs.getInt(1), MilestoneKind.valueOf(rs.getString(2)),
                        rs.getString(3), rs.getString(4), rs.getInt(5), instant(rs.getTimestamp(6))))
                .list();
    }

    private List<SilenceView> silences(NegotiationId id) {
        return jdbc.sql("""
                        select silence_id, clauses, expires_at, state, opened_by, broken_by, broken_act, closed_at,
                               late_acts
                        from silence_view where negotiation_id = :id""")
                .param("id", id.value())
                .query((rs, row) -> new SilenceView(SilenceId.of(rs.getString(1)),
                        Arrays.stream((String[]) rs.getArray(2).getArray()).map(ArticleId::of).toList(),
                        instant(rs.getTimestamp(3)), SilenceView.State.valueOf(rs.getString(4)), rs.getString(5),
                        rs.getString(6), rs.getString(7), instant(rs.getTimestamp(8)),
                        List.of((String[]) rs.getArray(9).getArray())))
                .list();
    }

    private List<RoundView> rounds(NegotiationId id) {
        return jdbc.sql("""
                        select number, title, opens_at, closes_at, amendment_deadline from round_view
                        where negotiation_id = :id""")
                .param("id", id.value())
                .query((rs, row) -> new RoundView(rs.getInt(1), rs.getString(2), instant(rs.getTimestamp(3)),
                        instant(rs.getTimestamp(4)), instant(rs.getTimestamp(5))))
                .list();
    }

    private AdoptionView adoption(NegotiationId id) {
        List<AdoptionView.Attachment> attachments = jdbc.sql("""
                        select delegation, kind, text, recorded_by, recorded_at from attachment_view
                        where negotiation_id = :id order by seq""")
                .param("id", id.value())
                .query((rs, row) -> new AdoptionView.Attachment(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), instant(rs.getTimestamp(5))))
                .list();
        return jdbc.sql("select text_hash, by_silence, adopted_at from adoption_view where negotiation_id = :id")
                .param("id", id.value())
                .query((rs, row) -> new AdoptionView(rs.getString(1), rs.getBoolean(2), instant(rs.getTimestamp(3)),
                        attachments))
                .optional().orElse(null);
    }

    private static ArticleId articleId(String value) {
        return value == null ? null : ArticleId.of(value);
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
