package org.accord.core.history;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The timeline's rows of a bulk rebuild, built on a thread of their own and streamed to PostgreSQL
 * with one {@code COPY} (CSV) on the rebuild's connection: the folding thread hands over each
 * batch of events as it takes it from the reader ({@link #add}), this thread turns them into rows
 * ({@link TimelineProjection#row}, the live processor's own rows) and writes them to the
 * {@code COPY} every {@value #CHUNK_CHARS} characters, so PostgreSQL inserts while the next rows are
 * built. Nothing else uses the connection until {@link #finish} has ended the {@code COPY}.
 */
final class TimelineCopy {

    private static final Logger LOG = LoggerFactory.getLogger(TimelineCopy.class);
    private static final int CHUNK_CHARS = 1 << 18;
    private static final List<EventMessage<?>> END = List.of();

    private static final String COPY = """
            copy timeline_entry (negotiation_id, sequence_number, at, act, delegation, clause_id)
            from stdin with (format csv)""";
    private final Connection connection;
    private final BlockingQueue<List<? extends EventMessage<?>>> batches = new ArrayBlockingQueue<>(64);
    private final CsvBytes csv = new CsvBytes(CHUNK_CHARS + 4096);
    private final Thread thread;
    private volatile Throwable failure;
    private volatile boolean abandoned;
    private long rowsNanos;
    private long copyNanos;
    private volatile long cpuNanos;

    TimelineCopy(Connection connection) {
        this.connection = connection;
        this.thread = new Thread(this::run, "accord-bulk-rebuild-timeline");
        this.thread.setDaemon(true);
        this.thread.start();
    }

    /** Time spent building rows, on this thread. */
    long rowsNanos() {
        return rowsNanos;
    }

    /** The CPU time of this thread. */
    long cpuNanos() {
        return cpuNanos;
    }

    /** Time spent writing to the {@code COPY} (waiting for PostgreSQL to take the rows), on this thread. */
    long copyNanos() {
        return copyNanos;
    }

    /** Hands a batch of events (in stream order) over; those that are not negotiation events are skipped. */
    void add(List<? extends EventMessage<?>> batch) throws SQLException {
        if (batch.isEmpty()) {
            return;
        }
        try {
            while (!batches.offer(batch, 100, TimeUnit.MILLISECONDS)) {
                failed();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("Interrupted while handing timeline rows over", e);
        }
    }

    /** Waits until PostgreSQL has taken every row; then the connection is free again. */
    void finish() throws SQLException {
        try {
            batches.put(END);
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            abandon();
            throw new SQLException("Interrupted while ending the timeline's COPY", e);
        }
        failed();
    }

    /** After a failure elsewhere: cancels the {@code COPY} (the transaction is then rolled back). */
    void abandon() {
        abandoned = true;
        batches.clear();
        batches.offer(END);
        try {
            thread.join(TimeUnit.SECONDS.toMillis(30));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void failed() throws SQLException {
        if (failure != null) {
            throw new SQLException("COPY into timeline_entry failed", failure);
        }
    }

    private void run() {
        long cpuStarted = BulkReplay.cpu();
        try {
            copyAll();
        } finally {
            cpuNanos = BulkReplay.cpu() - cpuStarted;
        }
    }

    private void copyAll() {
        CopyIn copy = null;
        try {
            copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(COPY);
            while (true) {
                List<? extends EventMessage<?>> batch = batches.take();
                if (batch == END || abandoned) {
                    break;
                }
                long started = System.nanoTime();
                for (EventMessage<?> event : batch) {
                    if (event instanceof DomainEventMessage<?> domain && "Negotiation".equals(domain.getType())
                            && domain.getPayloadType().isRecord()) {
                        csv.row(TimelineProjection.row(domain, domain.getPayload()));
                    }
                }
                rowsNanos += System.nanoTime() - started;
                if (csv.length() >= CHUNK_CHARS) {
                    send(copy);
                }
            }
            if (abandoned) {
                copy.cancelCopy();
                return;
            }
            send(copy);
            long started = System.nanoTime();
            copy.endCopy();
            copyNanos += System.nanoTime() - started;
        } catch (Throwable e) {
            failure = e;
            batches.clear();
            if (copy != null && copy.isActive()) {
                try {
                    copy.cancelCopy();
                } catch (SQLException cancel) {
                    LOG.debug("Cancelling the timeline's COPY failed", cancel);
                }
            }
        }
    }

    private void send(CopyIn copy) throws SQLException {
        if (csv.length() == 0) {
            return;
        }
        long started = System.nanoTime();
        copy.writeToCopy(csv.bytes(), 0, csv.length());
        csv.clear();
        copyNanos += System.nanoTime() - started;
    }
}
