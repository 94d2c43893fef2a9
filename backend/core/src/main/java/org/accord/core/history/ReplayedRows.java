package org.accord.core.history;

import org.accord.api.amendment.AmendmentView;
import org.accord.api.comment.CommentView;
import org.accord.api.milestone.FrozenClause;
import org.accord.api.milestone.MilestoneView;
import org.accord.api.negotiation.DelegationView;
import org.accord.api.procedure.RoundView;
import org.accord.api.shared.ArticleId;
import org.accord.api.shared.DelegationCode;
import org.accord.api.shared.NegotiationId;
import org.accord.api.silence.SilenceView;
import org.accord.core.negotiation.NegotiationRows;
import org.postgresql.PGConnection;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a negotiation rebuilt in memory ({@link ReplayedNegotiation}) into the emptied tables of the
 * negotiation read model, every column as {@code NegotiationReadModel}'s statements would have left
 * it, with JDBC batches (the bulk rebuild, {@link BulkReplay}).
 */
final class ReplayedRows {

    private final JdbcTemplate jdbc;

    ReplayedRows(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** One negotiation's rows, as the projection's statements would have left them. */
    void write(NegotiationId id, ReplayedNegotiation replayed) {
        NegotiationRows rows = replayed.rows().orElse(null);
        if (rows == null) {
            return; // as the SQL: nothing is kept of a negotiation that was never opened
        }
        String n = id.value();
        NegotiationRows.Header h = rows.header();
        jdbc.update("""
                        insert into negotiation_view (negotiation_id, title, chair, chair_name, decision_rule,
                                                      confidentiality, delay_minutes, time_zone, opened_at, last_activity)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                n, h.title(), h.chair(), h.chairName(), h.decisionRule().name(), h.confidentiality().mode().name(),
                h.confidentiality().delayMinutes(), h.timeZone().getId(), ts(replayed.openedAt()),
                ts(h.lastActivity()));
        List<Object[]> delegations = new ArrayList<>();
        for (DelegationView d : rows.delegations()) {
            delegations.add(new Object[]{n, d.code().value(), d.name(), d.member(), d.headOfDelegation(),
                    d.delegates().toArray(String[]::new), ts(replayed.accreditedAt(d.code()))});
        }
        batch("""
                insert into delegation_view (negotiation_id, code, name, member, head, delegates, accredited_at)
                values (?, ?, ?, ?, ?, ?, ?)""", delegations);
        List<Object[]> clauses = new ArrayList<>();
        for (NegotiationRows.ClauseRow c : rows.clauses()) {
            clauses.add(new Object[]{n, c.id().value(), c.position(), c.kind().name(), value(c.parent()), c.heading(),
                    c.body(), c.revision(), c.hash(), c.status().name(), c.silenceHeldRevision(), c.addedBy(),
                    ts(c.addedAt())});
        }
        batch("""
                insert into article_view (negotiation_id, article_id, position, kind, parent_id, heading, body, revision,
                                          hash, status, silence_held_revision, added_by, added_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", clauses);
        List<Object[]> positions = new ArrayList<>();
        for (NegotiationRows.PositionRow p : rows.positions()) {
            positions.add(new Object[]{n, p.clause().value(), p.delegation().value(), p.revision(), p.hash(),
                    p.kind().name(), p.statement(), p.declaredBy(), ts(p.declaredAt())});
        }
        batch("""
                insert into position_view (negotiation_id, article_id, delegation, revision, hash, kind, statement,
                                           declared_by, declared_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""", positions);
        List<Object[]> amendments = new ArrayList<>();
        for (AmendmentView a : rows.amendments()) {
            amendments.add(new Object[]{n, a.amendmentId().value(), a.clauseId().value(), a.kind().name(),
                    a.state().name(), a.proposer().value(),
                    a.cosponsors().stream().map(DelegationCode::value).toArray(String[]::new), a.baseRevision(),
                    a.baseWording(), a.revision(), a.from(), a.to(), a.baseReplaced(), a.text(), a.heading(),
                    a.justification(), a.decision(), a.option(), value(a.moveAfter()), a.resultingRevision(),
                    a.tabledBy(), ts(a.tabledAt())});
        }
        batch("""
                insert into amendment_view (negotiation_id, amendment_id, article_id, kind, state, proposer, cosponsors,
                                            base_revision, base_wording, revision, range_from, range_to, replaced, text,
                                            heading, justification, decision, option, move_after, resulting_revision,
                                            tabled_by, tabled_at)
                values (?, ?, ?, ?, ?, ?, ?::varchar[], ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", amendments);
        List<Object[]> comments = new ArrayList<>();
        for (NegotiationRows.CommentRow row : rows.comments()) {
            CommentView c = row.comment();
            comments.add(new Object[]{n, c.commentId().value(), row.clause().value(),
                    c.inReplyTo() == null ? null : c.inReplyTo().value(), c.text(), c.author(),
                    c.delegation() == null ? null : c.delegation().value(), ts(c.writtenAt())});
        }
        batch("""
                insert into comment_view (negotiation_id, comment_id, article_id, in_reply_to, text, author, delegation,
                                          written_at)
                values (?, ?, ?, ?, ?, ?, ?, ?)""", comments);
        List<Object[]> milestones = new ArrayList<>();
        for (MilestoneView m : rows.milestones()) {
            milestones.add(new Object[]{n, m.sequence(), m.kind().name(), m.documentSymbol(), m.textHash(),
                    m.clauses(), ts(m.issuedAt())});
        }
        batch("""
                insert into milestone_view (negotiation_id, sequence, kind, document_symbol, text_hash, clauses, issued_at)
                values (?, ?, ?, ?, ?, ?, ?)""", milestones);
        List<Object[]> frozen = new ArrayList<>();
        replayed.frozenClauses().forEach((sequence, clausesOf) -> clausesOf.forEach((ordinal, clause) -> {
            FrozenClause f = clause;
            frozen.add(new Object[]{n, sequence, ordinal, f.clauseId().value(), f.number(), f.heading(), f.wording(),
                    f.revision(), f.hash()});
        }));
        batch("""
                insert into milestone_clause_view (negotiation_id, sequence, ordinal, clause_id, number, heading, wording,
                                                   revision, hash)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""", frozen);
        if (rows.adoption() != null) {
            jdbc.update("insert into adoption_view (negotiation_id, text_hash, by_silence, adopted_at) values (?, ?, ?, ?)",
                    n, rows.adoption().textHash(), rows.adoption().bySilence(), ts(rows.adoption().adoptedAt()));
        }
        List<Object[]> attachments = new ArrayList<>();
        for (ReplayedNegotiation.Attachment a : replayed.attachments()) {
            attachments.add(new Object[]{n, a.eventId(), a.delegation().value(), a.kind(), a.text(), a.by(), ts(a.at())});
        }
        batch("""
                insert into attachment_view (negotiation_id, event_id, delegation, kind, text, recorded_by, recorded_at)
                values (?, ?, ?, ?, ?, ?, ?)""", attachments);
        List<Object[]> silences = new ArrayList<>();
        for (SilenceView s : rows.silences()) {
            silences.add(new Object[]{n, s.silenceId().value(), s.clauses().stream().map(ArticleId::value)
                    .toArray(String[]::new), ts(s.expiresAt()), s.state().name(), s.openedBy(), s.brokenBy(),
                    s.brokenAct(), ts(s.closedAt()), s.lateActs().toArray(String[]::new)});
        }
        batch("""
                insert into silence_view (negotiation_id, silence_id, clauses, expires_at, state, opened_by, broken_by,
                                          broken_act, closed_at, late_acts)
                values (?, ?, ?::varchar[], ?, ?, ?, ?, ?, ?, ?)""", silences);
        List<Object[]> rounds = new ArrayList<>();
        for (RoundView r : rows.rounds()) {
            rounds.add(new Object[]{n, r.number(), r.title(), ts(r.opensAt()), ts(r.closesAt()),
                    ts(r.amendmentDeadline())});
        }
        batch("""
                insert into round_view (negotiation_id, number, title, opens_at, closes_at, amendment_deadline)
                values (?, ?, ?, ?, ?, ?)""", rounds);
        List<Object[]> agreement = new ArrayList<>();
        for (ReplayedNegotiation.AgreementPoint p : replayed.agreement()) {
            int[] c = p.counts();
            agreement.add(new Object[]{n, Timestamp.from(p.at()), c[0], c[1], c[2], c[3], c[4], c[5]});
        }
        // one row per event that changed the counts: tens of thousands in a long history, so by COPY
        copy("""
                copy agreement_history (negotiation_id, occurred_at, proposed, bracketed, options, agreed_ad_referendum,
                                        agreed, adopted) from stdin with (format csv)""", agreement);
    }

    /** Rows of strings, numbers and timestamps (stored as the driver would send them) through {@code COPY}. */
    private void copy(String sql, List<Object[]> rows) {
        if (rows.isEmpty()) {
            return;
        }
        CsvBytes csv = new CsvBytes(rows.size() * 64);
        rows.forEach(csv::row);
        jdbc.execute((ConnectionCallback<Long>) connection -> {
            try {
                return connection.unwrap(PGConnection.class).getCopyAPI()
                        .copyIn(sql, new ByteArrayInputStream(csv.bytes(), 0, csv.length()));
            } catch (IOException e) {
                throw new SQLException("COPY failed", e);
            }
        });
    }

    private void batch(String sql, List<Object[]> rows) {
        for (int from = 0; from < rows.size(); from += 1_000) {
            jdbc.batchUpdate(sql, rows.subList(from, Math.min(rows.size(), from + 1_000)));
        }
    }

    private static Timestamp ts(Instant at) {
        return at == null ? null : Timestamp.from(at);
    }

    private static String value(ArticleId id) {
        return id == null ? null : id.value();
    }
}
