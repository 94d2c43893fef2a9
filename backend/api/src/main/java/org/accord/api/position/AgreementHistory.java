package org.accord.api.position;

import org.accord.api.shared.NegotiationId;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The agreement of a negotiation over time: one point each time the number of clauses in some
 * status changed, oldest first. A status a point does not name had no clause.
 */
public record AgreementHistory(NegotiationId negotiationId, List<Point> points) {

    public AgreementHistory {
        Objects.requireNonNull(negotiationId, "negotiationId");
        points = List.copyOf(points);
    }

    public static AgreementHistory empty(NegotiationId negotiationId) {
        return new AgreementHistory(negotiationId, List.of());
    }

    /** The clauses in each status from {@code at} on. */
    public record Point(Instant at, Map<ClauseStatus, Integer> counts) {

        public Point {
            Objects.requireNonNull(at, "at");
            counts = counts.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(counts));
        }

        public int count(ClauseStatus status) {
            return counts.getOrDefault(status, 0);
        }

        public int total() {
            return counts.values().stream().mapToInt(Integer::intValue).sum();
        }
    }
}
