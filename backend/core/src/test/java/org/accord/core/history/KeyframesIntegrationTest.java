package org.accord.core.history;

import org.accord.api.negotiation.FindNegotiation;
import org.accord.api.negotiation.NegotiationView;
import org.accord.api.shared.Actor;
import org.accord.api.shared.NegotiationId;
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
import org.springframework.test.context.ContextConfiguration;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Time travel from keyframes gives exactly the view folded from event 0, at random points of the
 * demo negotiation and of a generated one (keyframes every 7 events, so that nearly every point
 * starts from one), by sequence number and by instant.
 */
@SpringBootTest(classes = CoreTestApplication.class, properties = {
        "accord.demo.enabled=true", "accord.demo.password=demo-password", "accord.history.keyframe-interval=7",
        "accord.snapshots.threshold=50"})
@ContextConfiguration(initializers = FreshDatabaseInitializer.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KeyframesIntegrationTest {

    static final NegotiationId DEMO = NegotiationId.of("c5-security-charter");
    static final NegotiationId GENERATED = NegotiationId.of("generated-keyframes");
    static final Actor CHAIR = new Actor("chair", "Secretariat", Role.CHAIR, null);

    @Autowired NegotiationAsOf history;
    @Autowired Keyframes keyframes;
    @Autowired HistoryGenerator generator;
    @Autowired EventStore eventStore;
    @Autowired QueryGateway queries;

    @BeforeAll
    void generate() {
        HistoryGenerator.Generated generated = generator.generate(GENERATED, 2_500, 42, 100);
        assertThat(generated.events()).isGreaterThanOrEqualTo(2_500);
    }

    long last(NegotiationId id) {
        return eventStore.lastSequenceNumberFor(id.value()).orElseThrow();
    }

    void assertRandomPointsMatchTheFoldFromScratch(NegotiationId id, long seed, int points) {
        long last = last(id);
        Random random = new Random(seed);
        for (int i = 0; i < points; i++) {
            long n = i == 0 ? last : random.nextLong(last + 1);
            assertThat(history.atSequence(id, n)).as("at sequence %d of %s", n, id)
                    .isEqualTo(history.atSequenceFromScratch(id, n));
        }
        assertThat(keyframes.count(id)).isEqualTo((last + 1) / 7);
    }

    @Test
    void every_point_of_the_demo_from_its_keyframe_is_the_fold_from_scratch() {
        keyframes.forget(DEMO);
        assertRandomPointsMatchTheFoldFromScratch(DEMO, 1, 40);
        for (long n = 0; n <= last(DEMO); n++) {
            assertThat(history.atSequence(DEMO, n)).as("at %d", n).isEqualTo(history.atSequenceFromScratch(DEMO, n));
        }
    }

    @Test
    void random_points_of_a_generated_negotiation_from_keyframes_are_the_fold_from_scratch() {
        assertRandomPointsMatchTheFoldFromScratch(GENERATED, 7, 60);
    }

    @Test
    void as_of_an_instant_from_a_keyframe_is_the_fold_from_scratch() {
        history.prepare(GENERATED);
        List<? extends DomainEventMessage<?>> events = eventStore.readEvents(GENERATED.value(), 0).asStream().toList();
        Random random = new Random(3);
        for (int i = 0; i < 30; i++) {
            Instant at = events.get(random.nextInt(events.size())).getTimestamp().plusNanos(random.nextInt(3) - 1);
            assertThat(history.asOf(GENERATED, at)).as("as of %s", at).isEqualTo(history.asOfFromScratch(GENERATED, at));
        }
        Instant before = events.get(0).getTimestamp().minusMillis(1);
        assertThat(history.asOf(GENERATED, before)).isEmpty();
    }

    @Test
    void a_keyframe_read_back_folds_on_as_the_original() {
        CharterFold fold = new CharterFold();
        List<? extends DomainEventMessage<?>> events = eventStore.readEvents(DEMO.value(), 0).asStream().toList();
        events.subList(0, events.size() / 2).forEach(fold::apply);
        CharterFold resumed = CharterFold.resume(Keyframes.read(Keyframes.write(fold.state())));
        assertThat(resumed.view()).isEqualTo(fold.view());
        events.subList(events.size() / 2, events.size()).forEach(e -> {
            fold.apply(e);
            resumed.apply(e);
        });
        assertThat(resumed.view()).isEqualTo(fold.view());
        assertThat(resumed.folded()).isEqualTo(fold.folded());
    }

    @Test
    void the_generated_negotiation_is_what_the_projection_shows() {
        NegotiationView folded = history.atSequence(GENERATED, last(GENERATED)).orElseThrow();
        assertThat(folded.articles()).hasSize(12);
        assertThat(folded.silences()).isNotEmpty();
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(live(GENERATED)).contains(folded));
    }

    Optional<NegotiationView> live(NegotiationId id) {
        return queries.query(new GenericMessage<>(new FindNegotiation(id), ActorMetaData.of(CHAIR)),
                ResponseTypes.optionalInstanceOf(NegotiationView.class)).join();
    }
}
