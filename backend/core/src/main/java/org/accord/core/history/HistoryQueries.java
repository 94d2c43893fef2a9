package org.accord.core.history;

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
import org.accord.core.infrastructure.AccordEventStorageEngine;
import org.accord.core.infrastructure.ActorMetaData;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Instant;
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

    private final NegotiationAsOf history;
    private final JdbcClient jdbc;
    private final AccordEventStorageEngine events;

    HistoryQueries(NegotiationAsOf history, JdbcClient jdbc, AccordEventStorageEngine events) {
        this.history = history;
        this.jdbc = jdbc;
        this.events = events;
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
                select sequence_number, at, act, delegation, clause_id
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
        List<Row> rows = jdbc.sql(sql.toString()).params(params).query((rs, row) -> new Row(rs.getLong(1),
                rs.getTimestamp(2).toInstant(), rs.getString(3),
                rs.getString(4) == null ? null : DelegationCode.of(rs.getString(4)),
                rs.getString(5) == null ? null : ArticleId.of(rs.getString(5)))).list();
        // who acted and the sentence's parameters, from the events themselves (one query for the page)
        Map<Long, Object> payloads = new HashMap<>();
        events.readEvents(query.negotiationId().value(), rows.stream().map(Row::sequence).toList())
                .forEach(event -> payloads.put(event.getSequenceNumber(), event.getPayload()));
        List<TimelineEntry> entries = rows.stream().map(row -> {
            Object payload = payloads.get(row.sequence());
            TimelineProjection.Facts facts = payload == null ? new TimelineProjection.Facts(null, null, Map.of())
                    : TimelineProjection.facts(payload);
            return new TimelineEntry(row.sequence(), row.at(), row.act(), row.delegation(),
                    facts.by() == null ? null : facts.by().username(), facts.by() == null ? null : facts.by().displayName(),
                    row.clause(), facts.params());
        }).toList();
        if (entries.size() > query.limit()) {
            List<TimelineEntry> page = entries.subList(0, query.limit());
            return new TimelinePage(page, page.get(page.size() - 1).sequence());
        }
        return new TimelinePage(entries, null);
    }

    /** A row of the timeline: what it is filtered and paged by. */
    private record Row(long sequence, Instant at, String act, DelegationCode delegation, ArticleId clause) {
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
