package org.accord.core.notification;

import org.axonframework.eventhandling.EventHandler;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The bulk rebuild routes exactly the event types the processor handles. */
class NotificationReplayTest {

    @Test
    void the_replay_routes_every_event_type_the_processor_handles_and_no_other() {
        assertThat(NotificationReplay.TYPES).containsExactlyInAnyOrderElementsOf(
                Arrays.stream(NotificationProcessor.class.getDeclaredMethods())
                        .filter(method -> method.isAnnotationPresent(EventHandler.class))
                        .map(Method::getParameterTypes).map(types -> types[0]).collect(Collectors.toSet()));
    }
}
