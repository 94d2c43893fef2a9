package org.accord.web.coediting;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Arrays;

/**
 * Where a co-editing batch's time goes on the server, for diagnosing latency under load: the
 * wait in its negotiation's lane, the handling of its group's commands and the group's commit:
 * the writes of the event store and the subscribing handlers, then the database commit and the
 * hand-over of the revisions to the connections. Off unless the system property
 * {@code accord.coediting.timings} is {@code true}; then every ten seconds one log line gives
 * each stage's p50, p99 and maximum over those seconds.
 */
final class LaneTimings {

    static final boolean ON = Boolean.getBoolean("accord.coediting.timings");

    private static final Logger log = LoggerFactory.getLogger(LaneTimings.class);
    private static final long WINDOW = 10_000_000_000L;

    private static long[] waits = new long[1024];
    private static long[] handles = new long[1024];
    private static long[] commits = new long[1024];
    private static long[] writes = new long[1024];
    private static long[] handOvers = new long[1024];
    private static int waitCount;
    private static int groupCount;
    private static long windowStart = System.nanoTime();

    private LaneTimings() {
    }

    static synchronized void group(long[] queuedAt, int size, long started, long handled, long written,
                                   long committed) {
        for (int i = 0; i < size; i++) {
            if (waitCount == waits.length) {
                waits = Arrays.copyOf(waits, waits.length * 2);
            }
            waits[waitCount++] = started - queuedAt[i];
        }
        if (groupCount == handles.length) {
            handles = Arrays.copyOf(handles, handles.length * 2);
            commits = Arrays.copyOf(commits, commits.length * 2);
            writes = Arrays.copyOf(writes, writes.length * 2);
            handOvers = Arrays.copyOf(handOvers, handOvers.length * 2);
        }
        writes[groupCount] = written - handled;
        handOvers[groupCount] = committed - written;
        handles[groupCount] = handled - started;
        commits[groupCount++] = committed - handled;
        if (committed - windowStart >= WINDOW) {
            log.info("co-editing lane, last 10 s: {} batches in {} groups; wait {}; handle {}; commit {} "
                            + "(writes {}, then the transaction's commit and the hand-over to the connections {})",
                    waitCount, groupCount, summary(waits, waitCount), summary(handles, groupCount), summary(commits, groupCount),
                    summary(writes, groupCount), summary(handOvers, groupCount));
            waitCount = 0;
            groupCount = 0;
            windowStart = committed;
        }
    }

    private static String summary(long[] values, int count) {
        long[] sorted = Arrays.copyOf(values, count);
        Arrays.sort(sorted);
        return String.format("p50 %.2f p99 %.2f max %.2f ms", at(sorted, 0.5), at(sorted, 0.99), at(sorted, 1.0));
    }

    private static double at(long[] sorted, double quantile) {
        return sorted.length == 0 ? Double.NaN
                : sorted[Math.max(0, (int) Math.ceil(quantile * sorted.length) - 1)] / 1e6;
    }
}
