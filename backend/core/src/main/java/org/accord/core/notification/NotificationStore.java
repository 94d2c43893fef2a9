package org.accord.core.notification;

import org.accord.api.notification.NotificationKind;
import org.accord.api.notification.NotificationView;
import org.accord.api.notification.Notifications;
import org.accord.api.position.PositionKind;
import org.accord.api.procedure.Confidentiality;
import org.accord.api.shared.ArticleId;
import org.accord.api.shared.DelegationCode;
import org.accord.api.shared.NegotiationId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The notification tables (V7): what the processor knows of each negotiation, the notifications
 * addressed to each recipient, and each person's reading mark.
 */
@Component
class NotificationStore implements NotificationState {

    private final JdbcClient jdbc;

    NotificationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Empties everything derived from events; the reading marks stay. */
    @Override
    public void clearDerived() {
        jdbc.sql("delete from notification").update();
        jdbc.sql("delete from notification_position").update();
        jdbc.sql("delete from notification_clause").update();
        jdbc.sql("delete from notification_delegation").update();
        jdbc.sql("delete from notification_negotiation").update();
    }

    @Override
    public void negotiation(NegotiationId id, String title, Confidentiality.Mode confidentiality) {
        jdbc.sql("""
                        insert into notification_negotiation (negotiation_id, title, confidentiality) values (?, ?, ?)
                        on conflict (negotiation_id) do update set title = excluded.title,
                                                                   confidentiality = excluded.confidentiality""")
                .params(id.value(), title, confidentiality.name()).update();
    }

    @Override
    public void confidentiality(NegotiationId id, Confidentiality.Mode confidentiality) {
        jdbc.sql("update notification_negotiation set confidentiality = ? where negotiation_id = ?")
                .params(confidentiality.name(), id.value()).update();
    }

    @Override
    public Optional<Confidentiality.Mode> confidentiality(NegotiationId id) {
        return jdbc.sql("select confidentiality from notification_negotiation where negotiation_id = ?")
                .param(id.value()).query(String.class).optional().map(Confidentiality.Mode::valueOf);
    }

    @Override
    public void delegation(NegotiationId id, DelegationCode code, boolean member) {
        jdbc.sql("""
                        insert into notification_delegation (negotiation_id, code, member) values (?, ?, ?)
                        on conflict (negotiation_id, code) do update set member = excluded.member""")
                .params(id.value(), code.value(), member).update();
    }

    @Override
    public List<DelegationCode> delegations(NegotiationId id, boolean members) {
        return jdbc.sql("select code from notification_delegation where negotiation_id = ? and member = ? order by code")
                .params(id.value(), members).query(String.class).list().stream().map(DelegationCode::of).toList();
    }

    @Override
    public void clause(NegotiationId id, ArticleId clause, String label, long revision) {
        jdbc.sql("""
                        insert into notification_clause (negotiation_id, clause_id, label, revision) values (?, ?, ?, ?)
                        on conflict (negotiation_id, clause_id) do update set label = excluded.label,
                                                                              revision = excluded.revision""")
                .params(id.value(), clause.value(), label, revision).update();
    }

    @Override
    public void revision(NegotiationId id, ArticleId clause, long revision) {
        jdbc.sql("update notification_clause set revision = ? where negotiation_id = ? and clause_id = ?")
                .params(revision, id.value(), clause.value()).update();
    }

    @Override
    public Optional<String> label(NegotiationId id, ArticleId clause) {
        return jdbc.sql("select label from notification_clause where negotiation_id = ? and clause_id = ?")
                .params(id.value(), clause.value()).query(String.class).optional();
    }

    /** A new position: the delegation has not yet been told of any change since. */
    @Override
    public void position(NegotiationId id, ArticleId clause, DelegationCode delegation, PositionKind kind, long revision) {
        jdbc.sql("""
                        insert into notification_position (negotiation_id, clause_id, delegation, kind, revision, told_of_change)
                        values (?, ?, ?, ?, ?, false)
                        on conflict (negotiation_id, clause_id, delegation)
                        do update set kind = excluded.kind, revision = excluded.revision, told_of_change = false""")
                .params(id.value(), clause.value(), delegation.value(), kind.name(), revision).update();
    }

    /** The delegations endorsing the clause's current wording. */
    @Override
    public List<DelegationCode> endorsingNow(NegotiationId id, ArticleId clause) {
        return jdbc.sql("""
                        select p.delegation from notification_position p
                        join notification_clause c on c.negotiation_id = p.negotiation_id and c.clause_id = p.clause_id
                        where p.negotiation_id = ? and p.clause_id = ? and p.kind = 'ENDORSE' and p.revision = c.revision
                        order by p.delegation""")
                .params(id.value(), clause.value()).query(String.class).list().stream().map(DelegationCode::of).toList();
    }

    /** The delegations whose latest position on the clause is an endorsement, not yet told of a change since. */
    @Override
    public List<DelegationCode> endorsedUntold(NegotiationId id, ArticleId clause) {
        return jdbc.sql("""
                        select delegation from notification_position
                        where negotiation_id = ? and clause_id = ? and kind = 'ENDORSE' and not told_of_change
                        order by delegation""")
                .params(id.value(), clause.value()).query(String.class).list().stream().map(DelegationCode::of).toList();
    }

    @Override
    public void told(NegotiationId id, ArticleId clause, Collection<DelegationCode> delegations) {
        delegations.forEach(delegation -> jdbc.sql("""
                        update notification_position set told_of_change = true
                        where negotiation_id = ? and clause_id = ? and delegation = ?""")
                .params(id.value(), clause.value(), delegation.value()).update());
    }

    /** Addresses {@code notice} to every recipient once; a notice already there (same event) is kept. */
    @Override
    public void add(Notice notice, Collection<Recipient> recipients) {
        recipients.forEach(recipient -> jdbc.sql("""
                        insert into notification (sequence, recipient, negotiation_id, kind, clause_id, clause_label,
                                                  actor_name, actor_delegation, detail, occurred_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        on conflict (recipient, sequence) do nothing""")
                .params(notice.sequence(), recipient.key(), notice.negotiationId().value(), notice.kind().name(),
                        notice.clauseId() == null ? null : notice.clauseId().value(), notice.clauseLabel(),
                        notice.actor().displayName(),
                        notice.actor().delegation() == null ? null : notice.actor().delegation().value(),
                        notice.detail(), Timestamp.from(notice.at()))
                .update());
    }

    Notifications of(Recipient recipient, String username, int limit) {
        long readUpTo = readUpTo(username);
        List<NotificationView> latest = jdbc.sql("""
                        select n.*, g.title from notification n
                        join notification_negotiation g on g.negotiation_id = n.negotiation_id
                        where n.recipient = ? order by n.sequence desc limit ?""")
                .params(recipient.key(), limit)
                .query((rs, row) -> view(rs, readUpTo)).list();
        int unread = jdbc.sql("select count(*) from notification where recipient = ? and sequence > ?")
                .params(recipient.key(), readUpTo).query(Integer.class).single();
        return new Notifications(latest, unread);
    }

    long readUpTo(String username) {
        return jdbc.sql("select read_up_to from notification_reader where username = ?")
                .param(username).query(Long.class).optional().orElse(0L);
    }

    /** Moves the person's reading mark forward to {@code upTo}; never back. */
    void markRead(String username, long upTo) {
        jdbc.sql("""
                        insert into notification_reader (username, read_up_to) values (?, ?)
                        on conflict (username) do update
                        set read_up_to = greatest(notification_reader.read_up_to, excluded.read_up_to)""")
                .params(username, upTo).update();
    }

    private static NotificationView view(ResultSet rs, long readUpTo) throws SQLException {
        long sequence = rs.getLong("sequence");
        String clause = rs.getString("clause_id");
        String delegation = rs.getString("actor_delegation");
        return new NotificationView(sequence, NotificationKind.valueOf(rs.getString("kind")),
                NegotiationId.of(rs.getString("negotiation_id")), rs.getString("title"),
                clause == null ? null : ArticleId.of(clause), rs.getString("clause_label"),
                rs.getString("actor_name"), delegation == null ? null : DelegationCode.of(delegation),
                rs.getString("detail"), rs.getTimestamp("occurred_at").toInstant(), sequence <= readUpTo);
    }
}
