package org.accord.core.history;

import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Timeline rows as CSV, sent to PostgreSQL with {@code COPY} every {@value #TIMELINE_COPY_ROWS} rows. */
final class TimelineCopy {

    private static final Logger LOG = LoggerFactory.getLogger(TimelineCopy.class);
    private static final int TIMELINE_COPY_ROWS = 20_000;

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

    /** How long the COPY statements took, on their thread. */
    long copyingNanos() {
        return copying;
    }

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
