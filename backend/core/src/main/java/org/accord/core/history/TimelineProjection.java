package org.accord.core.history;

import org.accord.api.coediting.ClauseEdited;
import org.accord.api.shared.Actor;
import org.accord.api.shared.ArticleId;
import org.accord.api.shared.NegotiationId;
import org.accord.ot.JsonStrings;
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

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.RecordComponent;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

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
    /** The kind of act of a co-editing batch, most of a negotiation's timeline (V11 leaves it out of an index). */
    static final String CLAUSE_EDITED = ClauseEdited.class.getSimpleName();
    private static final int MAX_PARAM = 200;

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

    /** A record component of an event: its name and its accessor. */
    private record Component(String name, MethodHandle accessor) {
    }

    /** The components of each event type, looked up once (the rebuild builds a row for every event). */
    private static final ClassValue<List<Component>> COMPONENTS = new ClassValue<>() {
        @Override
        protected List<Component> computeValue(Class<?> type) {
            List<Component> components = new ArrayList<>();
            for (RecordComponent component : type.getRecordComponents()) {
                try {
                    components.add(new Component(component.getName(), MethodHandles.publicLookup()
                            .unreflect(component.getAccessor()).asType(MethodType.methodType(Object.class, Object.class))));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
            return List.copyOf(components);
        }
    };

    /** Whether a value of this type is an identifier-like record of the API with a single component. */
    private static final ClassValue<Boolean> SINGLE_VALUE = new ClassValue<>() {
        @Override
        protected Boolean computeValue(Class<?> type) {
            return type.isRecord() && type.getRecordComponents().length == 1
                    && type.getPackageName().startsWith("org.accord.api");
        }
    };

    static Object[] row(DomainEventMessage<?> event, Object payload) {
        Actor by = null;
        ArticleId clause = null;
        StringBuilder json = new StringBuilder(128).append('{');
        for (Component component : COMPONENTS.get(payload.getClass())) {
            Object value;
            try {
                value = component.accessor().invokeExact(payload);
            } catch (Throwable e) {
                throw new IllegalStateException(e);
            }
            String name = component.name();
            if (value instanceof Actor actor && by == null) {
                by = actor;
            } else if (value instanceof ArticleId id && clause == null
                    && (name.equals("clauseId") || name.equals("articleId"))) {
                clause = id;
            } else if (!(value instanceof NegotiationId) && !name.toLowerCase().endsWith("hash")
                    && !name.equals("operation")) {
                String text = text(value);
                if (text != null && text.length() <= MAX_PARAM) {
                    if (json.length() > 1) {
                        json.append(',');
                    }
                    JsonStrings.append(json, name).append(':');
                    JsonStrings.append(json, text);
                }
            }
        }
        json.append('}');
        return new Object[]{event.getAggregateIdentifier(), event.getSequenceNumber(),
                Timestamp.from(event.getTimestamp()), payload.getClass().getSimpleName(),
                by == null || by.delegation() == null ? null : by.delegation().value(),
                by == null ? null : by.username(), by == null ? null : by.displayName(),
                clause == null ? null : clause.value(), json.toString()};
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
        if (SINGLE_VALUE.get(value.getClass())) {
            return value.toString();
        }
        return null;
    }
}
