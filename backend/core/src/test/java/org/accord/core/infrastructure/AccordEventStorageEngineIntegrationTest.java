package org.accord.core.infrastructure;

import org.accord.core.CoreTestApplication;
import org.accord.testing.FreshDatabaseInitializer;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The application's event storage engine reads what Axon's own JDBC engine reads, field for field:
 * the same events in the same order, with the same tracking tokens (gaps included), timestamps,
 * payloads and metadata, and the same events of an aggregate.
 */
@SpringBootTest(classes = CoreTestApplication.class, properties = {
        "accord.demo.enabled=true", "accord.demo.password=demo-password"})
@ContextConfiguration(initializers = FreshDatabaseInitializer.class)
class AccordEventStorageEngineIntegrationTest {

    @Autowired EventStorageEngine engine;
    @Autowired Configuration axon;
    @Autowired ConnectionProvider connections;
    @Autowired TransactionManager transactions;
    @Autowired EventSchema schema;

    private JdbcEventStorageEngine axonsOwn(int batchSize) {
        return JdbcEventStorageEngine.builder()
                .snapshotSerializer(axon.serializer())
                .eventSerializer(axon.eventSerializer())
                .upcasterChain(axon.upcasterChain())
                .snapshotFilter(axon.snapshotFilter())
                .connectionProvider(connections)
                .transactionManager(transactions)
                .schema(schema)
                .batchSize(batchSize)
                .build();
    }

    @Test
    void the_application_reads_through_its_own_engine() {
        assertThat(engine).isInstanceOf(AccordEventStorageEngine.class);
    }

    @Test
    void every_event_is_read_as_axon_reads_it_with_the_same_tokens() {
        // small batches, so that tokens are carried from batch to batch (advanceTo) as well as created
        AccordEventStorageEngine ours = AccordEventStorageEngine.of(JdbcEventStorageEngine.builder()
                .snapshotSerializer(axon.serializer())
                .eventSerializer(axon.eventSerializer())
                .upcasterChain(axon.upcasterChain())
                .transactionManager(transactions)
                .batchSize(7), schema, connections);
        List<? extends TrackedEventMessage<?>> expected = axonsOwn(7).readEvents(null, false).toList();
        List<? extends TrackedEventMessage<?>> actual = ours.readEvents(null, false).toList();

        assertThat(expected).hasSizeGreaterThan(20);
        assertThat(actual).hasSameSizeAs(expected);
        for (int i = 0; i < expected.size(); i++) {
            TrackedEventMessage<?> want = expected.get(i);
            TrackedEventMessage<?> got = actual.get(i);
            assertThat(got.trackingToken()).isEqualTo(want.trackingToken());
            assertThat(got.getIdentifier()).isEqualTo(want.getIdentifier());
            assertThat(got.getTimestamp()).isEqualTo(want.getTimestamp());
            assertThat(got.getPayload()).isEqualTo(want.getPayload());
            assertThat(got.getMetaData()).isEqualTo(want.getMetaData());
            assertThat(got).isInstanceOf(DomainEventMessage.class);
            DomainEventMessage<?> domain = (DomainEventMessage<?>) got;
            DomainEventMessage<?> wantDomain = (DomainEventMessage<?>) want;
            assertThat(domain.getAggregateIdentifier()).isEqualTo(wantDomain.getAggregateIdentifier());
            assertThat(domain.getSequenceNumber()).isEqualTo(wantDomain.getSequenceNumber());
            assertThat(domain.getType()).isEqualTo(wantDomain.getType());
        }
        // and from a token in the middle
        List<? extends TrackedEventMessage<?>> rest = ours.readEvents(expected.get(10).trackingToken(), false).toList();
        assertThat(rest).extracting(TrackedEventMessage::getIdentifier)
                .isEqualTo(expected.subList(11, expected.size()).stream().map(TrackedEventMessage::getIdentifier).toList());
    }

    @Test
    void chosen_events_of_an_aggregate_are_those_of_its_stream() {
        String aggregate = ((DomainEventMessage<?>) axonsOwn(100).readEvents(null, false).findFirst().orElseThrow())
                .getAggregateIdentifier();
        List<? extends DomainEventMessage<?>> stream = axonsOwn(100).readEvents(aggregate, 0).asStream().toList();
        assertThat(stream).hasSizeGreaterThan(12);
        AccordEventStorageEngine ours = (AccordEventStorageEngine) engine;

        List<DomainEventMessage<?>> chosen = ours.readEvents(aggregate, List.of(11L, 0L, 5L, 6L, 1_000_000L));

        assertThat(chosen).extracting(DomainEventMessage::getSequenceNumber).containsExactly(0L, 5L, 6L, 11L);
        for (DomainEventMessage<?> event : chosen) {
            DomainEventMessage<?> expected = stream.get((int) event.getSequenceNumber());
            assertThat(event.getIdentifier()).isEqualTo(expected.getIdentifier());
            assertThat(event.getTimestamp()).isEqualTo(expected.getTimestamp());
            assertThat(event.getPayload()).isEqualTo(expected.getPayload());
        }
        assertThat(ours.readEvents(aggregate, List.of())).isEmpty();
        assertThat(ours.readEvents("no-such-aggregate", List.of(0L))).isEmpty();
    }

    @Test
    void an_aggregates_events_are_read_as_axon_reads_them() {
        String aggregate = ((DomainEventMessage<?>) axonsOwn(100).readEvents(null, false).findFirst().orElseThrow())
                .getAggregateIdentifier();
        List<? extends DomainEventMessage<?>> expected = axonsOwn(100).readEvents(aggregate, 0).asStream().toList();
        List<? extends DomainEventMessage<?>> actual = engine.readEvents(aggregate, 0).asStream().toList();

        assertThat(actual).hasSameSizeAs(expected).isNotEmpty();
        for (int i = 0; i < expected.size(); i++) {
            assertThat(actual.get(i).getIdentifier()).isEqualTo(expected.get(i).getIdentifier());
            assertThat(actual.get(i).getSequenceNumber()).isEqualTo(expected.get(i).getSequenceNumber());
            assertThat(actual.get(i).getTimestamp()).isEqualTo(expected.get(i).getTimestamp());
            assertThat(actual.get(i).getPayload()).isEqualTo(expected.get(i).getPayload());
        }
    }
}
