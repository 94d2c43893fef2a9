package org.accord.core.history;

import org.accord.api.coediting.ClauseEdited;
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

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.RecordComponent;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Keeps the timeline ({@code timeline_entry}, Flyway V9, V11): one row per event of a negotiation,
 * holding what the timeline is filtered and paged by: the time, the kind of act (the event's
 * name), the acting delegation (of the event's {@code by}) and the clause ({@code clauseId} or
 * {@code articleId}). The rest of a sentence, who acted and the event's short scalar fields, is
 * read from the event itself when a page is shown ({@link #facts}): the row indexes the event
 * store, it does not copy it. A tracking processor of its own, replayable; it emits nothing, so a
 * replay has no side effect. The rows of one batch are written with one JDBC batch when the batch
 * commits.
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
                    insert into timeline_entry (negotiation_id, sequence_number, at, act, delegation, clause_id)
                    values (?, ?, ?, ?, ?, ?) on conflict do nothing""", rows);
        }
    }

    /** Empties the timeline, which is then whole again (empty, with its token at the start): see {@link TimelineRecovery}. */
    @ResetHandler
    void reset() {
        client.sql("truncate timeline_entry").update();
        client.sql("insert into timeline_intact (intact) values (true) on conflict do nothing").update();
    }

    /** A record component of an event: its name, its accessor, and whether it may name the actor or the clause. */
    private record Component(String name, MethodHandle accessor, boolean actor, boolean clause) {

        Object value(Object payload) {
            try {
                return accessor.invokeExact(payload);
            } catch (Throwable e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** The components of each event type, looked up once (the rebuild builds a row for every event). */
    private static final ClassValue<List<Component>> COMPONENTS = new ClassValue<>() {
        @Override
        protected List<Component> computeValue(Class<?> type) {
            List<Component> components = new ArrayList<>();
            for (RecordComponent component : type.getRecordComponents()) {
                try {
                    components.add(new Component(component.getName(), MethodHandles.publicLookup()
                            .unreflect(component.getAccessor()).asType(MethodType.methodType(Object.class, Object.class)),
                            Actor.class.isAssignableFrom(component.getType()),
                            ArticleId.class.isAssignableFrom(component.getType())
                                    && (component.getName().equals("clauseId") || component.getName().equals("articleId"))));
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

    /** Who acted, on which clause, and the parameters of the sentence, as an event's fields give them. */
    record Facts(Actor by, ArticleId clause, Map<String, String> params) {
    }

    /**
     * The facts of an event: its first {@link Actor} field is who acted, its {@code clauseId} or
     * {@code articleId} the clause, and its other short scalar fields (at most {@value #MAX_PARAM}
     * characters; not the negotiation, hashes or the operation) the parameters, in declaration order.
     */
    static Facts facts(Object payload) {
        Actor by = null;
        ArticleId clause = null;
        Map<String, String> params = new LinkedHashMap<>();
        for (Component component : COMPONENTS.get(payload.getClass())) {
            Object value = component.value(payload);
            String name = component.name();
            if (component.actor() && by == null && value != null) {
                by = (Actor) value;
            } else if (component.clause() && clause == null && value != null) {
                clause = (ArticleId) value;
            } else if (!(value instanceof NegotiationId) && !name.toLowerCase().endsWith("hash")
                    && !name.equals("operation")) {
                String text = text(value);
                if (text != null && text.length() <= MAX_PARAM) {
                    params.put(name, text);
                }
            }
        }
        return new Facts(by, clause, params);
    }

    /** The row of an event: the negotiation, the event's number and time, its kind, the acting delegation, the clause. */
    static Object[] row(DomainEventMessage<?> event, Object payload) {
        Actor by = null;
        ArticleId clause = null;
        for (Component component : COMPONENTS.get(payload.getClass())) {
            if (by != null && clause != null) {
                break;
            }
            if (by == null && component.actor()) {
                by = (Actor) component.value(payload);
            } else if (clause == null && component.clause()) {
                clause = (ArticleId) component.value(payload);
            }
        }
        return new Object[]{event.getAggregateIdentifier(), event.getSequenceNumber(),
                Timestamp.from(event.getTimestamp()), payload.getClass().getSimpleName(),
                by == null || by.delegation() == null ? null : by.delegation().value(),
                clause == null ? null : clause.value()};
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
