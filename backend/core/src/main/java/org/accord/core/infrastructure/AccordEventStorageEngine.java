package org.accord.core.infrastructure;

import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.TrackedDomainEventData;
import org.axonframework.eventhandling.TrackedEventData;
import org.axonframework.eventsourcing.EventStreamUtils;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.TreeSet;

/**
 * Axon's JDBC storage engine, with one change: the events it reads parse their stored timestamp
 * with {@link EventTimestamps} once, instead of with Axon's general parser twice (once for the
 * gap logic below, once for the message). Everything else is Axon's: the rows are read, the
 * entries built and the tracking token advanced exactly as {@code JdbcEventStorageEngine} 4.13
 * does it in {@code getTrackedEventData} and {@code getDomainEventData}, with the gap settings
 * given to the builder here (Axon's defaults).
 */
public class AccordEventStorageEngine extends JdbcEventStorageEngine {

    static final long LOWEST_GLOBAL_SEQUENCE = 1;
    static final int MAX_GAP_OFFSET = 10_000;
    static final int GAP_TIMEOUT_MILLIS = 60_000;

    private final EventSchema schema;
    private final ConnectionProvider connections;

    protected AccordEventStorageEngine(Builder builder, EventSchema schema, ConnectionProvider connections) {
        super(builder.schema(schema).connectionProvider(connections).lowestGlobalSequence(LOWEST_GLOBAL_SEQUENCE)
                .maxGapOffset(MAX_GAP_OFFSET).gapTimeout(GAP_TIMEOUT_MILLIS));
        this.schema = schema;
        this.connections = connections;
    }

    /** An engine of the builder's settings, on {@code schema}, reading through {@code connections}. */
    public static AccordEventStorageEngine of(Builder builder, EventSchema schema, ConnectionProvider connections) {
        return new AccordEventStorageEngine(builder, schema, connections);
    }

    /**
     * The events of one aggregate with these sequence numbers, in order, upcast and deserialized as
     * {@link #readEvents(String, long)} gives them (missing numbers are left out). One indexed query,
     * however far apart the numbers are: the timeline reads the events of a page this way.
     */
    public List<DomainEventMessage<?>> readEvents(String aggregateIdentifier, Collection<Long> sequenceNumbers) {
        if (sequenceNumbers.isEmpty()) {
            return List.of();
        }
        String sql = "select " + domainEventFields() + " from " + schema.domainEventTable() + " where "
                + schema.aggregateIdentifierColumn() + " = ? and " + schema.sequenceNumberColumn() + " = any(?) order by "
                + schema.sequenceNumberColumn();
        List<DomainEventData<?>> rows = new ArrayList<>();
        try (Connection connection = connections.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, aggregateIdentifier);
            statement.setArray(2, connection.createArrayOf("bigint", sequenceNumbers.toArray()));
            try (ResultSet resultSet = statement.executeQuery()) {
                while (resultSet.next()) {
                    rows.add(getDomainEventData(resultSet));
                }
            }
        } catch (SQLException e) {
            throw new EventStoreException("Reading events " + sequenceNumbers + " of " + aggregateIdentifier + " failed", e);
        }
        return EventStreamUtils.upcastAndDeserializeDomainEvents(rows.stream(), getEventSerializer(), upcasterChain)
                .asStream().<DomainEventMessage<?>>map(event -> event).toList();
    }

    @Override
    protected TrackedEventData<?> getTrackedEventData(ResultSet resultSet, GapAwareTrackingToken previousToken)
            throws SQLException {
        long globalSequence = resultSet.getLong(schema.globalIndexColumn());
        String aggregateIdentifier = resultSet.getString(schema.aggregateIdentifierColumn());
        String eventIdentifier = resultSet.getString(schema.eventIdentifierColumn());
        Entry<?> event = new Entry<>(resultSet.getString(schema.typeColumn()),
                eventIdentifier.equals(aggregateIdentifier) ? null : aggregateIdentifier,
                resultSet.getLong(schema.sequenceNumberColumn()), eventIdentifier,
                readTimeStamp(resultSet, schema.timestampColumn()), resultSet.getString(schema.payloadTypeColumn()),
                resultSet.getString(schema.payloadRevisionColumn()), readPayload(resultSet, schema.payloadColumn()),
                readPayload(resultSet, schema.metaDataColumn()));
        boolean allowGaps = event.getTimestamp().isAfter(
                GenericEventMessage.clock.instant().minus(GAP_TIMEOUT_MILLIS, ChronoUnit.MILLIS));
        GapAwareTrackingToken token;
        if (previousToken == null) {
            token = GapAwareTrackingToken.newInstance(globalSequence, allowGaps
                    ? gapsBelow(globalSequence)
                    : Collections.emptySortedSet());
        } else {
            token = previousToken.advanceTo(globalSequence, allowGaps ? MAX_GAP_OFFSET : 0);
        }
        return new TrackedDomainEventData<>(token, event);
    }

    private static TreeSet<Long> gapsBelow(long globalSequence) {
        TreeSet<Long> gaps = new TreeSet<>();
        for (long index = Math.min(LOWEST_GLOBAL_SEQUENCE, globalSequence); index < globalSequence; index++) {
            gaps.add(index);
        }
        return gaps;
    }

    @Override
    protected DomainEventData<?> getDomainEventData(ResultSet resultSet) throws SQLException {
        return new Entry<>(resultSet.getString(schema.typeColumn()),
                resultSet.getString(schema.aggregateIdentifierColumn()),
                resultSet.getLong(schema.sequenceNumberColumn()), resultSet.getString(schema.eventIdentifierColumn()),
                readTimeStamp(resultSet, schema.timestampColumn()), resultSet.getString(schema.payloadTypeColumn()),
                resultSet.getString(schema.payloadRevisionColumn()), readPayload(resultSet, schema.payloadColumn()),
                readPayload(resultSet, schema.metaDataColumn()));
    }

    /** Axon's entry, its timestamp parsed once, by {@link EventTimestamps}. */
    static final class Entry<T> extends GenericDomainEventEntry<T> {

        private final Object storedTimestamp;
        private Instant timestamp;

        Entry(String type, String aggregateIdentifier, long sequenceNumber, String eventIdentifier, Object timestamp,
              String payloadType, String payloadRevision, T payload, T metaData) {
            super(type, aggregateIdentifier, sequenceNumber, eventIdentifier, timestamp, payloadType, payloadRevision,
                    payload, metaData);
            this.storedTimestamp = timestamp;
        }

        @Override
        public Instant getTimestamp() {
            Instant parsed = timestamp;
            if (parsed == null) {
                parsed = storedTimestamp instanceof CharSequence text ? EventTimestamps.parse(text)
                        : super.getTimestamp();
                timestamp = parsed;
            }
            return parsed;
        }
    }
}
