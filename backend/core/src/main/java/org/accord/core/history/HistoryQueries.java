package org.accord.core.history;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.accord.api.history.FindNegotiationAt;
import org.accord.api.history.FindTimeline;
import org.accord.api.history.TimelineEntry;
import org.accord.api.history.TimelinePage;
import org.accord.api.negotiation.NegotiationView;
import org.accord.api.shared.Actor;
import org.accord.api.shared.ArticleId;
import org.accord.api.shared.DelegationCode;
import org.accord.api.shared.QueryRefusedException;
import org.accord.api.shared.RejectionReason;
import org.accord.api.shared.Role;
import org.accord.core.infrastructure.ActorMetaData;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The secretariat's history queries: the charter at a point ({@link FindNegotiationAt}, from the
 * nearest keyframe) and the timeline ({@link FindTimeline}, keyset paging on
 * {@code timeline_entry}). The chair only: the history shows every act, including comments and
 * positions before they were disclosed, which ADR 0011 keeps from observers, and the acts of other
 * delegations' members in detail, which is the secretariat's record, not a delegation's.
 */
@Component
class HistoryQueries {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<Map<String, String>> PARAMS = new TypeReference<>() {
    };

    private final NegotiationAsOf history;
    private final JdbcClient jdbc;

    HistoryQueries(NegotiationAsOf history, JdbcClient jdbc) {
        this.history = history;
        this.jdbc = jdbc;
    }

    @QueryHandler
    Optional<NegotiationView> handle(FindNegotiationAt query, @MetaDataValue(ActorMetaData.KEY) Actor viewer) {
        secretariat(viewer);
        return query.sequence() != null ? history.atSequence(query.negotiationId(), query.sequence())
                : history.asOf(query.negotiationId(), query.at());
    }

    @QueryHandler
    TimelinePage handle(FindTimeline query, @MetaDataValue(ActorMetaData.KEY) Actor viewer) {
        secretariat(viewer);
        StringBuilder sql = new StringBuilder("""
                select sequence_number, at, act, delegation, actor, actor_name, clause_id, params::text
                from timeline_entry where negotiation_id = :id and sequence_number > :after""");
        Map<String, Object> params = new HashMap<>();
        params.put("id", query.negotiationId().value());
        params.put("after", query.afterSequence());
        if (query.delegation() != null) {
            sql.append(" and delegation = :delegation");
            params.put("delegation", query.delegation().value());
        }
        if (query.clauseId() != null) {
            sql.append(" and clause_id = :clause");
            params.put("clause", query.clauseId().value());
        }
        if (!query.acts().isEmpty()) {
            sql.append(" and act in (:acts)");
            params.put("acts", new ArrayList<>(query.acts()));
            if (!query.acts().contains(TimelineProjection.CLAUSE_EDITED)) {
                // the predicate of the partial index by act (V11), spelt out for any plan, generic ones included
                sql.append(" and act <> '").append(TimelineProjection.CLAUSE_EDITED).append('\'');
            }
        }
        if (query.from() != null) {
            sql.append(" and at >= :from and sequence_number > :floor");
            params.put("from", Timestamp.from(query.from()));
            params.put("floor", TimeFloor.before(jdbc, query.negotiationId().value(), query.from()));
        }
        if (query.to() != null) {
            sql.append(" and at < :to");
            params.put("to", Timestamp.from(query.to()));
        }
        sql.append(" order by sequence_number limit :limit");
        params.put("limit", query.limit() + 1);
        List<TimelineEntry> entries = jdbc.sql(sql.toString()).params(params).query((rs, row) -> new TimelineEntry(
                rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3),
                rs.getString(4) == null ? null : DelegationCode.of(rs.getString(4)), rs.getString(5), rs.getString(6),
                rs.getString(7) == null ? null : ArticleId.of(rs.getString(7)), params(rs.getString(8)))).list();
        if (entries.size() > query.limit()) {
            List<TimelineEntry> page = entries.subList(0, query.limit());
            return new TimelinePage(page, page.get(page.size() - 1).sequence());
        }
        return new TimelinePage(entries, null);
    }

    private static Map<String, String> params(String json) {
        try {
            return JSON.readValue(json, PARAMS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void secretariat(Actor viewer) {
        if (viewer == null) {
            throw new QueryRefusedException(RejectionReason.NOT_AUTHENTICATED, "Only a signed-in person may read the history");
        }
        if (viewer.role() != Role.CHAIR) {
            throw new QueryRefusedException(RejectionReason.NOT_THE_CHAIR,
                    "Only the chair (secretariat) may read a negotiation's history");
        }
    }
}
