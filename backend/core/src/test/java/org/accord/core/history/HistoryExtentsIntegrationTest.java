package org.accord.core.history;

import org.accord.api.history.FindHistoryExtent;
import org.accord.api.history.FindHistoryPoint;
import org.accord.api.history.HistoryExtent;
import org.accord.api.history.HistoryPoint;
import org.accord.api.history.FindTimeline;
import org.accord.api.history.TimelineEntry;
import org.accord.api.history.TimelinePage;
import org.accord.api.milestone.MilestoneIssued;
import org.accord.api.shared.Actor;
import org.accord.api.shared.DelegationCode;
import org.accord.api.shared.NegotiationId;
import org.accord.api.shared.QueryRefusedException;
import org.accord.api.shared.RejectionReason;
import org.accord.api.shared.Role;
import org.accord.core.CoreTestApplication;
import org.accord.core.infrastructure.ActorMetaData;
import org.accord.testing.FreshDatabaseInitializer;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.GenericMessage;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** The extent of a negotiation's history and the point that stood at a time, for the time slider. */
@SpringBootTest(classes = CoreTestApplication.class, properties = {
        "accord.demo.enabled=true", "accord.demo.password=demo-password", "accord.history.keyframe-interval=10"})
@ContextConfiguration(initializers = FreshDatabaseInitializer.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HistoryExtentsIntegrationTest {

    static final NegotiationId DEMO = NegotiationId.of("c5-security-charter");
    static final Actor CHAIR = new Actor("chair", "Secretariat (Chair)", Role.CHAIR, null);
    static final Actor KAZ_HEAD = new Actor("kaz.head", "Aigerim", Role.HEAD_OF_DELEGATION, DelegationCode.of("KAZ"));

    @Autowired QueryGateway queries;
    @Autowired EventStore eventStore;
    @Autowired JdbcClient jdbc;
    List<? extends DomainEventMessage<?>> events;

    @BeforeAll
    void awaitTimeline() {
        events = eventStore.readEvents(DEMO.value(), 0).asStream().toList();
        await().atMost(Duration.ofSeconds(60)).until(() -> jdbc.sql(
                        "select count(*) from timeline_entry where negotiation_id = :id").param("id", DEMO.value())
                .query(Long.class).single() == events.size());
        // the keyframes (every 10 events here) written too: searches by time start from them (TimeFloor)
        await().atMost(Duration.ofSeconds(60)).until(() -> jdbc.sql(
                        "select count(*) from negotiation_keyframe where negotiation_id = :id").param("id", DEMO.value())
                .query(Long.class).single() >= events.size() / 10);
    }

    <R> R ask(Object query, Class<R> answer, Actor viewer) {
        return queries.query(new GenericMessage<>(query, ActorMetaData.of(viewer)), ResponseTypes.instanceOf(answer)).join();
    }

    @Test
    void the_extent_counts_every_event_and_places_every_milestone() {
        HistoryExtent extent = ask(new FindHistoryExtent(DEMO), HistoryExtent.class, CHAIR);

        assertThat(extent.events()).isEqualTo(events.size());
        assertThat(extent.lastSequence()).isEqualTo(events.get(events.size() - 1).getSequenceNumber());
        assertThat(extent.first()).isEqualTo(events.get(0).getTimestamp());
        assertThat(extent.last()).isEqualTo(events.get(events.size() - 1).getTimestamp());
        List<? extends DomainEventMessage<?>> issued = events.stream()
                .filter(e -> e.getPayload() instanceof MilestoneIssued).toList();
        assertThat(issued).isNotEmpty();
        assertThat(extent.milestones()).hasSameSizeAs(issued);
        for (int i = 0; i < issued.size(); i++) {
            MilestoneIssued milestone = (MilestoneIssued) issued.get(i).getPayload();
            HistoryExtent.Landmark landmark = extent.milestones().get(i);
            assertThat(landmark.sequence()).isEqualTo(issued.get(i).getSequenceNumber());
            assertThat(landmark.milestone()).isEqualTo(milestone.sequence());
            assertThat(landmark.kind()).isEqualTo(milestone.kind());
            assertThat(landmark.documentSymbol()).isEqualTo(milestone.documentSymbol());
            assertThat(landmark.at()).isEqualTo(issued.get(i).getTimestamp());
        }
    }

    @Test
    void an_unknown_negotiation_has_no_history() {
        HistoryExtent extent = ask(new FindHistoryExtent(NegotiationId.of("no-such-negotiation")), HistoryExtent.class, CHAIR);

        assertThat(extent.events()).isZero();
        assertThat(extent.lastSequence()).isEqualTo(-1);
        assertThat(extent.first()).isNull();
        assertThat(extent.milestones()).isEmpty();
    }

    /**
     * 25 random times (an event's, or a millisecond either side), and each keyframe's latest time and
     * a millisecond either side: where a search by time starts (TimeFloor), so an off-by-one shows.
     */
    List<Instant> times(long seed) {
        Random random = new Random(seed);
        List<Instant> times = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            times.add(events.get(random.nextInt(events.size())).getTimestamp().plusMillis(random.nextInt(3) - 1));
        }
        List<Instant> keyframes = jdbc.sql("select prefix_max_time from negotiation_keyframe where negotiation_id = :id")
                .param("id", DEMO.value()).query((rs, row) -> rs.getTimestamp(1).toInstant()).list();
        assertThat(keyframes).isNotEmpty();
        for (Instant keyframe : keyframes) {
            times.addAll(List.of(keyframe.minusMillis(1), keyframe, keyframe.plusMillis(1)));
        }
        return times;
    }

    @Test
    void the_point_at_a_time_is_the_last_event_of_the_prefix_recorded_by_then() {
        for (Instant at : times(17)) {
            HistoryPoint point = ask(new FindHistoryPoint(DEMO, at), HistoryPoint.class, CHAIR);
            long expected = -1;
            for (DomainEventMessage<?> event : events) {
                if (event.getTimestamp().isAfter(at)) {
                    break;
                }
                expected = event.getSequenceNumber();
            }
            assertThat(point.sequence()).as("point at %s", at).isEqualTo(expected);
            assertThat(point.at()).isEqualTo(expected < 0 ? null : events.get((int) expected).getTimestamp());
        }
        assertThat(ask(new FindHistoryPoint(DEMO, events.get(0).getTimestamp().minusSeconds(1)), HistoryPoint.class, CHAIR))
                .isEqualTo(new HistoryPoint(-1, null));
        assertThat(ask(new FindHistoryPoint(DEMO, Instant.parse("2999-01-01T00:00:00Z")), HistoryPoint.class, CHAIR).sequence())
                .isEqualTo(events.size() - 1);
    }

    @Test
    void a_timeline_page_from_a_time_holds_exactly_the_first_events_from_then() {
        for (Instant from : times(23)) {
            TimelinePage page = ask(new FindTimeline(DEMO, null, null, Set.of(), from, null, -1, 50), TimelinePage.class,
                    CHAIR);
            List<Long> expected = events.stream().filter(e -> !e.getTimestamp().isBefore(from))
                    .map(DomainEventMessage::getSequenceNumber).limit(50).toList();
            assertThat(page.entries()).extracting(TimelineEntry::sequence).as("from %s", from).isEqualTo(expected);
        }
    }

    @Test
    void only_the_chair_asks_for_the_extent_or_a_point() {
        assertThatThrownBy(() -> ask(new FindHistoryExtent(DEMO), HistoryExtent.class, KAZ_HEAD)).rootCause()
                .isInstanceOfSatisfying(QueryRefusedException.class,
                        refused -> assertThat(refused.reason()).isEqualTo(RejectionReason.NOT_THE_CHAIR));
        assertThatThrownBy(() -> ask(new FindHistoryPoint(DEMO, Instant.now()), HistoryPoint.class, KAZ_HEAD)).rootCause()
                .isInstanceOfSatisfying(QueryRefusedException.class,
                        refused -> assertThat(refused.reason()).isEqualTo(RejectionReason.NOT_THE_CHAIR));
    }
}
