package org.accord.core.history;

import org.accord.api.history.FindHistoryExtent;
import org.accord.api.history.FindHistoryPoint;
import org.accord.api.history.HistoryExtent;
import org.accord.api.history.HistoryPoint;
import org.accord.api.milestone.MilestoneIssued;
import org.accord.api.shared.Actor;
import org.accord.core.infrastructure.AccordEventStorageEngine;
import org.accord.core.infrastructure.ActorMetaData;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Where the time slider can go: the extent of a negotiation's history, read from the event store
 * itself (so that it is never behind the commands), with its milestones as points of the history
 * and the point that stood at a given time, both from the timeline. Chair only.
 */
@Component
class HistoryExtents {

    private final JdbcClient jdbc;
    private final AccordEventStorageEngine events;

    HistoryExtents(JdbcClient jdbc, AccordEventStorageEngine events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    @QueryHandler
    HistoryExtent handle(FindHistoryExtent query, @MetaDataValue(ActorMetaData.KEY) Actor viewer) {
        HistoryQueries.secretariat(viewer);
        String id = query.negotiationId().value();
        Optional<Long> last = jdbc.sql("select max(sequence_number) from domain_event_entry where aggregate_identifier = :id")
                .param("id", id).query(Long.class).optional();
        if (last.isEmpty()) {
            return new HistoryExtent(0, null, null, List.of());
        }
        List<Long> issued = jdbc.sql("""
                        select sequence_number from timeline_entry where negotiation_id = :id and act = 'MilestoneIssued'
                        order by sequence_number""")
                .param("id", id).query(Long.class).list();
        List<HistoryExtent.Landmark> milestones = events.readEvents(id, issued).stream()
                .filter(event -> event.getPayload() instanceof MilestoneIssued)
                .map(event -> {
                    MilestoneIssued milestone = (MilestoneIssued) event.getPayload();
                    return new HistoryExtent.Landmark(event.getSequenceNumber(), milestone.sequence(), milestone.kind(),
                            milestone.documentSymbol(), event.getTimestamp());
                })
                .toList();
        return new HistoryExtent(last.get() + 1, recordedAt(id, 0), recordedAt(id, last.get()), milestones);
    }

    @QueryHandler
    HistoryPoint handle(FindHistoryPoint query, @MetaDataValue(ActorMetaData.KEY) Actor viewer) {
        HistoryQueries.secretariat(viewer);
        String id = query.negotiationId().value();
        Optional<Long> firstLater = jdbc.sql("select min(sequence_number) from timeline_entry"
                        + " where negotiation_id = :id and at > :at and sequence_number > :floor")
                .param("id", id).param("at", Timestamp.from(query.at()))
                .param("floor", TimeFloor.atOrBefore(jdbc, id, query.at())).query(Long.class).optional();
        long sequence = firstLater.map(first -> first - 1).orElseGet(() -> jdbc.sql(
                        "select max(sequence_number) from timeline_entry where negotiation_id = :id")
                .param("id", id).query(Long.class).optional().orElse(-1L));
        return new HistoryPoint(sequence, sequence < 0 ? null : recordedAt(id, sequence));
    }

    private Instant recordedAt(String negotiation, long sequence) {
        return Instant.parse(jdbc.sql("""
                        select time_stamp from domain_event_entry where aggregate_identifier = :id and sequence_number = :sequence""")
                .param("id", negotiation).param("sequence", sequence).query(String.class).single());
    }
}
