package org.accord.core.coediting;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.accord.api.coediting.AuthorshipRun;
import org.accord.api.coediting.ClauseEditEntry;
import org.accord.api.shared.ArticleId;
import org.accord.api.shared.DelegationCode;
import org.accord.api.shared.NegotiationId;
import org.accord.ot.Rope;
import org.accord.ot.TextOperation;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The table {@code clause_edit_log} (Flyway V6): one row per revision of a clause, a keyframe
 * (whole wording and authorship) at every restart and every {@link #KEYFRAME_EVERY} revisions.
 * A clause's state is the latest keyframe with the operations after it folded in, so loading a
 * clause reads at most {@code KEYFRAME_EVERY} rows whatever its number of revisions.
 */
@Repository
class ClauseEditStore {

    static final int KEYFRAME_EVERY = 200;

    private static final TypeReference<List<AuthorshipRun>> RUNS = new TypeReference<>() {
    };

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final String INSERT = """
            insert into clause_edit_log (negotiation_id, clause_id, revision, operation, client_id, client_seq,
                                         delegation, author_name, restart, wording, authorship, recorded_at)
            values (:negotiation, :clause, :revision, :operation, :clientId, :clientSeq,
                    :delegation, :author, :restart, :wording, :authorship, :at)""";

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate batches;

    ClauseEditStore(JdbcClient jdbc, NamedParameterJdbcTemplate batches) {
        this.jdbc = jdbc;
        this.batches = batches;
    }

    /** One revision to record, without a keyframe. */
    record Revision(ClauseEditEntry entry, Instant at) {
    }

    /** Records one revision; {@code keyframe}, when present, is the clause's state at that revision. */
    void record(ClauseEditEntry entry, Optional<ClauseState> keyframe, Instant at) {
        jdbc.sql(INSERT).paramSource(row(entry, keyframe, at)).update();
    }

    /**
     * Records revisions without keyframes in one JDBC batch, which the driver sends as one
     * multi-row insert ({@code reWriteBatchedInserts}).
     */
    void recordAll(List<Revision> revisions) {
        if (revisions.size() == 1) {
            record(revisions.get(0).entry(), Optional.empty(), revisions.get(0).at());
        } else if (!revisions.isEmpty()) {
            batches.batchUpdate(INSERT, revisions.stream()
                    .map(revision -> row(revision.entry(), Optional.empty(), revision.at()))
                    .toArray(SqlParameterSource[]::new));
        }
    }

    /**
     * A row's parameters, each with its SQL type: a null of unknown type would make Spring ask
     * the driver for the statement's parameter types, a round trip per statement.
     */
    private SqlParameterSource row(ClauseEditEntry entry, Optional<ClauseState> keyframe, Instant at) {
        return new MapSqlParameterSource()
                .addValue("negotiation", entry.negotiationId().value(), Types.VARCHAR)
                .addValue("clause", entry.clauseId().value(), Types.VARCHAR)
                .addValue("revision", entry.revision(), Types.BIGINT)
                .addValue("operation", entry.operation(), Types.VARCHAR)
                .addValue("clientId", entry.clientId(), Types.VARCHAR)
                .addValue("clientSeq", entry.clientSeq(), Types.BIGINT)
                .addValue("delegation", entry.delegation() == null ? null : entry.delegation().value(), Types.VARCHAR)
                .addValue("author", entry.authorName(), Types.VARCHAR)
                .addValue("restart", entry.restart(), Types.BOOLEAN)
                .addValue("wording", keyframe.map(ClauseState::text).orElse(null), Types.VARCHAR)
                .addValue("authorship", keyframe.map(state -> write(state.authorship().runs())).orElse(null), Types.VARCHAR)
                .addValue("at", Timestamp.from(at), Types.TIMESTAMP);
    }

    /** The clause's current state: its latest keyframe and the operations recorded after it. */
    Optional<ClauseState> state(NegotiationId negotiation, ArticleId clause) {
        return stateAt(negotiation, clause, Long.MAX_VALUE);
    }

    /**
     * The clause's state at {@code revision} (or its latest, if older): the latest keyframe up to
     * it and the operations recorded after that keyframe up to it.
     */
    Optional<ClauseState> stateAt(NegotiationId negotiation, ArticleId clause, long revision) {
        Optional<ClauseState> keyframe = jdbc.sql("""
                        select revision, wording, authorship from clause_edit_log
                        where negotiation_id = :negotiation and clause_id = :clause and wording is not null
                          and revision <= :revision
                        order by revision desc limit 1""")
                .param("negotiation", negotiation.value())
                .param("clause", clause.value())
                .param("revision", revision)
                .query((rs, row) -> new ClauseState(rs.getLong("revision"), rs.getString("wording"),
                        AuthorshipRuns.of(read(rs.getString("authorship")))))
                .optional();
        return keyframe.map(start -> {
            long reached = start.revision();
            Rope text = Rope.of(start.text());
            AuthorshipRuns authorship = start.authorship(); // read for this fold only: changed in place
            // a clause's revisions are consecutive, and none after the keyframe up to revision is one
            int limit = (int) Math.min(revision - start.revision(), Integer.MAX_VALUE);
            for (ClauseEditEntry entry : after(negotiation, clause, start.revision(), limit)) {
                TextOperation operation = TextOperation.fromJson(entry.operation());
                text = operation.apply(text);
                authorship.applyInPlace(operation, entry.author());
                reached = entry.revision();
            }
            return new ClauseState(reached, text.toString(), authorship);
        });
    }

    /** Writes {@code state} as the keyframe of its revision's row, if that row has none yet. */
    void keyframe(NegotiationId negotiation, ArticleId clause, ClauseState state) {
        jdbc.sql("""
                        update clause_edit_log set wording = :wording, authorship = :authorship
                        where negotiation_id = :negotiation and clause_id = :clause and revision = :revision
                          and wording is null""")
                .param("wording", state.text())
                .param("authorship", write(state.authorship().runs()))
                .param("negotiation", negotiation.value())
                .param("clause", clause.value())
                .param("revision", state.revision())
                .update();
    }

    /** The entries after {@code revision}, oldest first, at most {@code limit}. */
    List<ClauseEditEntry> after(NegotiationId negotiation, ArticleId clause, long revision, int limit) {
        return jdbc.sql("""
                        select revision, operation, client_id, client_seq, delegation, author_name, restart
                        from clause_edit_log
                        where negotiation_id = :negotiation and clause_id = :clause and revision > :revision
                        order by revision limit :limit""")
                .param("negotiation", negotiation.value())
                .param("clause", clause.value())
                .param("revision", revision)
                .param("limit", limit)
                .query((rs, row) -> entry(negotiation, clause, rs))
                .list();
    }

    /** The latest revision recorded for the clause, 0 when none. */
    long latestRevision(NegotiationId negotiation, ArticleId clause) {
        return jdbc.sql("select coalesce(max(revision), 0) from clause_edit_log "
                        + "where negotiation_id = :negotiation and clause_id = :clause")
                .param("negotiation", negotiation.value())
                .param("clause", clause.value())
                .query(Long.class).single();
    }

    boolean isEmpty() {
        return jdbc.sql("select not exists (select 1 from clause_edit_log)").query(Boolean.class).single();
    }

    private static ClauseEditEntry entry(NegotiationId negotiation, ArticleId clause, ResultSet rs) throws SQLException {
        String delegation = rs.getString("delegation");
        return new ClauseEditEntry(negotiation, clause, rs.getLong("revision"), rs.getString("operation"),
                rs.getString("client_id"), rs.getLong("client_seq"),
                delegation == null ? null : new DelegationCode(delegation), rs.getString("author_name"),
                rs.getBoolean("restart"));
    }

    private String write(List<AuthorshipRun> runs) {
        try {
            return JSON.writeValueAsString(runs);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Authorship runs are plain records", e);
        }
    }

    private List<AuthorshipRun> read(String runs) {
        try {
            return JSON.readValue(runs, RUNS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("clause_edit_log holds authorship it cannot read", e);
        }
    }
}
