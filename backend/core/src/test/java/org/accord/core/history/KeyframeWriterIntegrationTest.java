package org.accord.core.history;

import org.accord.api.shared.NegotiationId;
import org.accord.core.CoreTestApplication;
import org.accord.testing.FreshDatabaseInitializer;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Keyframes are written as a negotiation reaches them, without anyone opening its history, and
 * each is the fold from scratch; the writer is not replayed by a rebuild.
 */
@SpringBootTest(classes = CoreTestApplication.class, properties = "accord.history.keyframe-interval=9")
@ContextConfiguration(initializers = FreshDatabaseInitializer.class)
class KeyframeWriterIntegrationTest {

    @Autowired HistoryGenerator generator;
    @Autowired Keyframes keyframes;
    @Autowired NegotiationAsOf history;
    @Autowired EventStore eventStore;
    @Autowired EventProcessingConfiguration processing;

    @Test
    void every_keyframe_is_written_as_the_negotiation_reaches_it_and_is_the_fold_from_scratch() {
        NegotiationId id = NegotiationId.of("keyframes-written-live");
        generator.generate(id, 120, 5, 7);
        long last = eventStore.lastSequenceNumberFor(id.value()).orElseThrow();

        await().atMost(Duration.ofSeconds(30)).until(() -> keyframes.count(id) == (last + 1) / 9);
        for (long point = 8; point <= last; point += 9) {
            assertThat(keyframes.atOrBefore(id, point)).get().extracting(Keyframes.Keyframe::sequence).isEqualTo(point);
            assertThat(history.atSequence(id, point)).as("keyframe %d", point).isEqualTo(history.atSequenceFromScratch(id, point));
        }
    }

    @Test
    void a_rebuild_leaves_the_keyframe_writer_alone() {
        StreamingEventProcessor writer = processing.eventProcessor(KeyframeWriter.PROCESSING_GROUP,
                StreamingEventProcessor.class).orElseThrow();
        assertThat(writer.supportsReset()).isFalse();
    }
}
