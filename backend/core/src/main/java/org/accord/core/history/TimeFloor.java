package org.accord.core.history;

import org.springframework.jdbc.core.simple.JdbcClient;

import java.sql.Timestamp;
import java.time.Instant;

/**
 * Where in a negotiation's events a search by time may start. The keyframes (ADR 0021) record, every
 * 1,000 events, the latest time among all the events up to theirs ({@code prefix_max_time}): every
 * event at or before a keyframe whose latest time is before an instant is itself before it. Searches
 * of the timeline for the first events from an instant then walk the primary key from that keyframe
 * on, a thousand rows or so, instead of from the beginning (PostgreSQL's planner, which takes times
 * for uncorrelated with sequence numbers, would otherwise scan most of a long history). Exact
 * whatever the clock did: a keyframe only excludes events that are certainly earlier. Without
 * keyframes (a short negotiation, or one whose keyframes are not written yet) the floor is -1.
 */
final class TimeFloor {

    private TimeFloor() {
    }

    /** The last event number before which (and at which) every event is earlier than {@code instant}; -1 if none is known. */
    static long before(JdbcClient jdbc, String negotiation, Instant instant) {
        return floor(jdbc, negotiation, instant, "<");
    }

    /** The last event number up to which every event is at or before {@code instant}; -1 if none is known. */
    static long atOrBefore(JdbcClient jdbc, String negotiation, Instant instant) {
        return floor(jdbc, negotiation, instant, "<=");
    }

    private static long floor(JdbcClient jdbc, String negotiation, Instant instant, String comparison) {
        return jdbc.sql("select coalesce(max(sequence_number), -1) from negotiation_keyframe where negotiation_id = :id"
                        + " and prefix_max_time " + comparison + " :at")
                .param("id", negotiation).param("at", Timestamp.from(instant)).query(Long.class).single();
    }
}
