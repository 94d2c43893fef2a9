package org.accord.core.infrastructure;

import org.accord.core.CoreTestApplication;
import org.accord.testing.FreshDatabaseInitializer;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.annotation.AnnotatedMessageHandlingMember;
import org.axonframework.messaging.annotation.ClasspathParameterResolverFactory;
import org.axonframework.messaging.annotation.MessageHandlingMember;
import org.axonframework.messaging.timeout.HandlerTimeoutHandlerEnhancerDefinition;
import org.axonframework.springboot.TimeoutProperties;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Message handlers run unwrapped by Axon's per-handler timeouts (accord-core.properties), while
 * each command's and each event batch's unit of work keeps its timeout.
 */
@SpringBootTest(classes = CoreTestApplication.class)
@ContextConfiguration(initializers = FreshDatabaseInitializer.class)
class HandlerTimeoutsIntegrationTest {

    @Autowired
    TimeoutProperties timeouts;

    static final class Listener {
        @EventHandler
        void on(String event) {
            // a handler to wrap
        }
    }

    static MessageHandlingMember<Listener> handler() throws NoSuchMethodException {
        return new AnnotatedMessageHandlingMember<>(Listener.class.getDeclaredMethod("on", String.class),
                EventMessage.class, String.class, ClasspathParameterResolverFactory.forClass(Listener.class));
    }

    @Test
    void handlers_are_not_wrapped_in_timeouts_but_units_of_work_are() throws NoSuchMethodException {
        MessageHandlingMember<Listener> handler = handler();
        var configured = new HandlerTimeoutHandlerEnhancerDefinition(timeouts.getHandler().toMessageHandlerTimeoutConfiguration());
        assertThat(configured.wrapHandler(handler)).isSameAs(handler);
        // Axon's defaults wrap it
        var defaults = new HandlerTimeoutHandlerEnhancerDefinition(
                new TimeoutProperties().getHandler().toMessageHandlerTimeoutConfiguration());
        assertThat(defaults.wrapHandler(handler)).isNotSameAs(handler);

        assertThat(timeouts.isEnabled()).isTrue();
        assertThat(timeouts.getTransaction().getCommandBus().getTimeoutMs()).isPositive();
        assertThat(timeouts.getTransaction().getEventProcessors().getTimeoutMs()).isPositive();
    }
}
