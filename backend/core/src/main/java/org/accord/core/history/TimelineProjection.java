package org.accord.core.history;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.accord.api.shared.Actor;
import org.accord.api.shared.ArticleId;
import org.accord.api.shared.NegotiationId;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.lang.reflect.RecordComponent;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Keeps the timeline ({@code timeline_entry}, Flyway V9): one row per event of a negotiation, with
 * who acted (the event's {@code by}), the kind of act (the event's name), the clause
 * ({@code clauseId} or {@code articleId}) and the event's short scalar fields as the parameters of
 * its sentence. A tracking processor of its own, replayable; it emits nothing, so a replay has no
 * side effect. The rows of one batch are written with one JDBC batch when the batch commits.
 */
@Component
@ProcessingGroup(TimelineProjection.PROCESSING_GROUP)
class TimelineProjection {

    static final String PROCESSING_GROUP = "history-timeline";
    private static final int MAX_PARAM = 200;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final JdbcTemplate jdbc;
    private final JdbcClient client;

    TimelineProjection(JdbcTemplate jdbc, JdbcClient client) {
        this.jdbc = jdbc;
        this.client = client;
    }

    @EventHandler
    void on(Object payload, EventMessage<?> message) {
        if (!(message instanceof DomainEventMessage<?> domain) || !"Negotiation".equals(domain.getType())
                || !payload.getClass().isRecord()) {
            return;
        }
        Object[] row = row(domain, payload);
        if (CurrentUnitOfWork.isStarted()) {
            UnitOfWork<?> unit = CurrentUnitOfWork.get().root();
            List<Object[]> rows = unit.getOrComputeResource("history-timeline-rows", key -> {
                List<Object[]> batch = new ArrayList<>();
                unit.onPrepareCommit(u -> insert(batch));
                return batch;
            });
            rows.add(row);
        } else {
            insert(List.<Object[]>of(row));
        }
    }

    private void insert(List<Object[]> rows) {
        if (!rows.isEmpty()) {
            jdbc.batchUpdate("""
                    insert into timeline_entry (negotiation_id, sequence_number, at, act, delegation, actor, actor_name,
                                                clause_id, params)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb) on conflict do nothing""", rows);
        }
    }

    @ResetHandler
    void reset() {
        client.sql("truncate timeline_entry").update();
    }

    static Object[] row(DomainEventMessage<?> event, Object payload) {
        Actor by = null;
        ArticleId clause = null;
        Map<String, String> params = new LinkedHashMap<>();
        for (RecordComponent component : payload.getClass().getRecordComponents()) {
            Object value;
            try {
                value = component.getAccessor().invoke(payload);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
            String name = component.getName();
            if (value instanceof Actor actor && by == null) {
                by = actor;
            } else if (value instanceof ArticleId id && clause == null
                    && (name.equals("clauseId") || name.equals("articleId"))) {
                clause = id;
            } else if (!(value instanceof NegotiationId) && !name.toLowerCase().endsWith("hash")
                    && !name.equals("operation")) {
                String text = text(value);
                if (text != null && text.length() <= MAX_PARAM) {
                    params.put(name, text);
                }
            }
        }
        String json;
        try {
            json = JSON.writeValueAsString(params);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        return new Object[]{event.getAggregateIdentifier(), event.getSequenceNumber(),
                Timestamp.from(event.getTimestamp()), payload.getClass().getSimpleName(),
                by == null || by.delegation() == null ? null : by.delegation().value(),
                by == null ? null : by.username(), by == null ? null : by.displayName(),
                clause == null ? null : clause.value(), json};
    }

    /** A scalar as a string; a collection of scalars joined by commas; anything else is left out. */
    private static String text(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof CharSequence || value instanceof Number || value instanceof Boolean
                || value instanceof Enum<?> || value instanceof Instant) {
            return value.toString();
        }
        if (value instanceof Collection<?> items) {
            List<String> texts = items.stream().map(TimelineProjection::text).toList();
            return texts.contains(null) ? null : String.join(",", texts);
        }
        if (value.getClass().isRecord() && value.getClass().getRecordComponents().length == 1
                && value.getClass().getPackageName().startsWith("org.accord.api")) {
            return value.toString();
        }
        return null;
    }
}
