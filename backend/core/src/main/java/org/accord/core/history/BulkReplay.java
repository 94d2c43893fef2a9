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
import org.accord.core.notification.NotificationReplay;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;
import java.io.StringReader;
import java.lang.reflect.Method;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.LongConsumer;
import java.util.stream.Stream;

/**
 * The full rebuild of the negotiation read model ({@code negotiation-projection}), the timeline
 * ({@code history-timeline}) and the notifications ({@code notifications}, {@link NotificationReplay}) in
 * one pass over the event store, without their processors (ADR 0021):
 * the events are read in order through Axon's own JDBC storage engine (upcasters included) with a
 * large fetch batch; each negotiation's events are folded in memory through the projection's own
 * {@code ReadModelUpdates} ({@link ReplayedNegotiation}), and the timeline's rows are streamed to
 * PostgreSQL with {@code COPY}. When the stream is read to its end, the folded rows are written with
 * JDBC batches, and each processor's token is set to the last event read, all in the one transaction
 * that wrote the timeline: if anything fails, nothing of it is kept and the processors, whose tokens
 * were reset before, replay through Axon as before. No event handler runs, so nothing is pushed and
 * nothing is notified.
 */
@Component
class BulkReplay {

    private static final Logger LOG = LoggerFactory.getLogger(BulkReplay.class);
    static final String NEGOTIATION_PROJECTION = "negotiation-projection";
    /** The processors whose read models this replay can rebuild. */
    static final Set<String> PROCESSORS = Set.of(NEGOTIATION_PROJECTION, TimelineProjection.PROCESSING_GROUP,
            NotificationReplay.PROCESSING_GROUP);
    private static final int TIMELINE_COPY_ROWS = 20_000;
    private static final Map<Class<?>, Method> NEGOTIATION_IDS = new ConcurrentHashMap<>();

    private final JdbcEventStorageEngine events;
    private final TokenStore tokens;
    private final DataSource dataSource;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;

    BulkReplay(Configuration axon, ConnectionProvider connections, TransactionManager axonTransactions,
               EventSchema schema, TokenStore tokens, DataSource dataSource, JdbcTemplate jdbc,
               PlatformTransactionManager transactions,
               @Value("${accord.history.rebuild-fetch-size:5000}") int fetchSize) {
        // Axon's engine as the processors read it (same schema, serializer and upcasters), with a larger batch
        this.events = JdbcEventStorageEngine.builder()
                .snapshotSerializer(axon.serializer())
                .eventSerializer(axon.eventSerializer())
                .upcasterChain(axon.upcasterChain())
                .connectionProvider(connections)
                .transactionManager(axonTransactions)
                .schema(schema)
                .batchSize(fetchSize)
                .build();
        this.tokens = tokens;
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
    }

    /**
     * Rebuilds the read models of {@code processors} (a subset of {@link #PROCESSORS}, stopped, their
     * tables emptied by their reset handlers, one segment each) from every event, and stores their
     * tokens at the last event read. {@code progress} receives the global index of each event read.
     * Returns the number of events read.
     */
    long run(Set<String> processors, LongConsumer progress) {
        return transaction.execute(status -> {
            try {
                return replay(processors, progress);
            } catch (SQLException e) {
                throw new IllegalStateException("The bulk rebuild of " + processors + " failed", e);
            }
        });
    }

    /**
     * Reads every event as the rebuild does (Axon's engine, upcasters, payload deserialized, timestamp
     * parsed) and does nothing with it: the ceiling of any rebuild through Axon's storage engine.
     */
    long readOnly() {
        long read = 0;
        try (Stream<? extends TrackedEventMessage<?>> stream = events.readEvents(null, false)) {
            var iterator = stream.iterator();
            while (iterator.hasNext()) {
                TrackedEventMessage<?> event = iterator.next();
                event.getPayload();
                event.getTimestamp();
                read++;
            }
        }
        return read;
    }

    private long replay(Set<String> processors, LongConsumer progress) throws SQLException {
        boolean negotiations = processors.contains(NEGOTIATION_PROJECTION);
        boolean timeline = processors.contains(TimelineProjection.PROCESSING_GROUP);
        Map<NegotiationId, ReplayedNegotiation> folds = new LinkedHashMap<>();
        TimelineCopy copy = timeline ? new TimelineCopy(DataSourceUtils.getConnection(dataSource)) : null;
        NotificationReplay notifications = processors.contains(NotificationReplay.PROCESSING_GROUP)
                ? new NotificationReplay() : null;
        TrackingToken last = null;
        long read = 0;
        long started = System.nanoTime();
        long reading = 0;
        long folding = 0;
        long timelineRows = 0;
        EventReader reader = new EventReader();
        reader.start();
        try {
        while (true) {
            long t0 = System.nanoTime();
            List<TrackedEventMessage<?>> batch = reader.next();
            reading += System.nanoTime() - t0;
            if (batch.isEmpty()) {
                break;
            }
            for (TrackedEventMessage<?> event : batch) {
                long t1 = System.nanoTime();
                last = event.trackingToken();
                read++;
                if (negotiations && EventRoutes.eventTypes().contains(event.getPayloadType())) {
                    folds.computeIfAbsent(negotiationId(event.getPayload()), id -> new ReplayedNegotiation())
                            .apply(event);
                }
                if (notifications != null) {
                    notifications.apply(event);
                }
                long t2 = System.nanoTime();
                folding += t2 - t1;
                if (copy != null && event instanceof DomainEventMessage<?> domain
                        && "Negotiation".equals(domain.getType()) && domain.getPayloadType().isRecord()) {
                    copy.add(TimelineProjection.row(domain, domain.getPayload()));
                }
                timelineRows += System.nanoTime() - t2;
            }
            progress.accept(last.position().orElse(read));
        }
        } catch (RuntimeException | SQLException e) {
            if (copy != null) {
                copy.abandon();
            }
            throw e;
        } finally {
            reader.stop();
        }
        long t3 = System.nanoTime();
        if (copy != null) {
            copy.finish();
        }
        long t4 = System.nanoTime();
        if (negotiations) {
            folds.forEach(this::write);
        }
        if (notifications != null) {
            notifications.write(jdbc);
        }
        long t5 = System.nanoTime();
        TrackingToken token = last != null ? last : events.createTailToken();
        for (String processor : processors) {
            tokens.storeToken(token, processor, 0);
            tokens.releaseClaim(processor, 0);
        }
        if (last != null) {
            progress.accept(last.position().orElse(read));
        }
        LOG.info("Bulk rebuild of {}: {} events, {} negotiations in {} s: waiting for the reader {} s, folding (and "
                        + "notifications) {} s, timeline rows {} s (COPY on its own thread {} s), writing the rows {} s, "
                        + "tokens {} s",
                processors, read, folds.size(), seconds(System.nanoTime() - started), seconds(reading), seconds(folding),
                seconds(timelineRows + t4 - t3), seconds(copy == null ? 0 : copy.copying),
                seconds(t5 - t4), seconds(System.nanoTime() - t5));
        return read;
    }

    private static NegotiationId negotiationId(Object payload) {
        Method accessor = NEGOTIATION_IDS.computeIfAbsent(payload.getClass(), type -> {
            try {
                return type.getMethod("negotiationId");
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException(type + " is handled by the projection but names no negotiation", e);
            }
        });
        try {
            return (NegotiationId) accessor.invoke(payload);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One negotiation's rows, as the projection's statements would have left them. */
    private void write(NegotiationId id, ReplayedNegotiation replayed) {
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
        batch("""
                insert into agreement_history (negotiation_id, occurred_at, proposed, bracketed, options,
                                               agreed_ad_referendum, agreed, adopted)
                values (?, ?, ?, ?, ?, ?, ?, ?)""", agreement);
    }

    private static String seconds(long nanos) {
        return String.format(java.util.Locale.ROOT, "%.1f", nanos / 1e9);
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

    /**
     * Reads and deserializes the events on a thread of its own (outside the rebuild's transaction:
     * reading needs none), in batches, so that reading and folding use both cores.
     */
    private final class EventReader {

        private static final int BATCH = 1_000;
        private final BlockingQueue<List<TrackedEventMessage<?>>> batches = new ArrayBlockingQueue<>(16);
        private volatile Throwable failure;
        private volatile boolean stopped;

        void start() {
            Thread thread = new Thread(this::read, "accord-bulk-rebuild-reader");
            thread.setDaemon(true);
            thread.start();
        }

        private void read() {
            try (Stream<? extends TrackedEventMessage<?>> stream = events.readEvents(null, false)) {
                List<TrackedEventMessage<?>> batch = new ArrayList<>(BATCH);
                var iterator = stream.iterator();
                while (iterator.hasNext()) {
                    TrackedEventMessage<?> event = iterator.next();
                    event.getPayload(); // deserialized (and the timestamp parsed) here, not on the folding thread
                    event.getTimestamp();
                    batch.add(event);
                    if (batch.size() == BATCH) {
                        if (!hand(batch)) {
                            return;
                        }
                        batch = new ArrayList<>(BATCH);
                    }
                }
                if (!batch.isEmpty() && !hand(batch)) {
                    return;
                }
            } catch (Throwable e) {
                failure = e;
            }
            try {
                hand(List.of());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        /** Hands a batch to the folding thread; {@code false} if it has stopped taking them. */
        private boolean hand(List<TrackedEventMessage<?>> batch) throws InterruptedException {
            while (!batches.offer(batch, 100, TimeUnit.MILLISECONDS)) {
                if (stopped) {
                    return false;
                }
            }
            return true;
        }

        /** The folding thread takes no more batches (it failed, or it is done). */
        void stop() {
            stopped = true;
            batches.clear();
        }

        /** The next batch in stream order; empty at the end. */
        List<TrackedEventMessage<?>> next() {
            try {
                List<TrackedEventMessage<?>> batch = batches.take();
                if (batch.isEmpty() && failure != null) {
                    throw new IllegalStateException("Reading the event store failed", failure);
                }
                return batch;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("The bulk rebuild was interrupted", e);
            }
        }
    }

    /** Timeline rows as CSV, sent to PostgreSQL with {@code COPY} every {@value #TIMELINE_COPY_ROWS} rows. */
    private static final class TimelineCopy {

        private static final String COPY = """
                copy timeline_entry (negotiation_id, sequence_number, at, act, delegation, actor, actor_name, clause_id,
                                     params) from stdin with (format csv)""";
        private final Connection connection;
        private final StringBuilder csv = new StringBuilder(1 << 20);
        private int rows;
        private volatile long copying;
        private final ExecutorService sender = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "accord-bulk-rebuild-copy");
            thread.setDaemon(true);
            return thread;
        });
        private Future<?> inFlight;

        TimelineCopy(Connection connection) {
            this.connection = connection;
        }

        void add(Object[] row) throws SQLException {
            for (int i = 0; i < row.length; i++) {
                if (i > 0) {
                    csv.append(',');
                }
                Object value = row[i];
                if (value instanceof Timestamp at) {
                    csv.append(StoredTime.of(at.toInstant()));
                } else if (value instanceof Number number) {
                    csv.append(number);
                } else if (value != null) {
                    String text = value.toString();
                    csv.append('"');
                    for (int c = 0; c < text.length(); c++) {
                        char ch = text.charAt(c);
                        if (ch == '"') {
                            csv.append('"');
                        }
                        csv.append(ch);
                    }
                    csv.append('"');
                }
            }
            csv.append('\n');
            if (++rows >= TIMELINE_COPY_ROWS) {
                flush();
            }
        }

        /**
         * Sends the rows built so far on a thread of its own (PostgreSQL works on them meanwhile, and
         * the folding thread goes on); waits first for the previous COPY, so one runs at a time on
         * the transaction's connection, which nothing else uses until {@link #finish}.
         */
        void flush() throws SQLException {
            if (rows == 0) {
                return;
            }
            awaitPrevious();
            String chunk = csv.toString();
            csv.setLength(0);
            rows = 0;
            inFlight = sender.submit(() -> {
                long started = System.nanoTime();
                connection.unwrap(PGConnection.class).getCopyAPI().copyIn(COPY, new StringReader(chunk));
                copying += System.nanoTime() - started;
                return null;
            });
        }

        /** Sends what is left and waits until PostgreSQL has taken every row. */
        void finish() throws SQLException {
            try {
                flush();
                awaitPrevious();
            } finally {
                sender.shutdown();
            }
        }

        /** After a failure: lets a COPY under way end (the transaction is then rolled back), sends nothing more. */
        void abandon() {
            try {
                awaitPrevious();
            } catch (SQLException e) {
                LOG.debug("COPY abandoned", e);
            } finally {
                sender.shutdown();
            }
        }

        private void awaitPrevious() throws SQLException {
            if (inFlight == null) {
                return;
            }
            try {
                inFlight.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SQLException(e);
            } catch (ExecutionException e) {
                throw new SQLException("COPY into timeline_entry failed", e.getCause());
            } finally {
                inFlight = null;
            }
        }
    }
}
