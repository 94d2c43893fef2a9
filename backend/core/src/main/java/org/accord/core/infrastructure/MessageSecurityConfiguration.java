package org.accord.core.infrastructure;

import org.accord.core.identity.AccordPrincipal;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * Every command and every query carries the authenticated actor, and no command is handled
 * without one.
 * <ul>
 *     <li>On dispatch, the actor of the signed-in person replaces whatever the sender put in
 *     the metadata: a view cannot act, or look, as somebody else. Queries are stamped at the
 *     gateway so that the subscription itself carries its viewer, and every update pushed to it
 *     is disclosed to that viewer only.</li>
 *     <li>On handling, a command without an actor is refused before any aggregate sees it; a
 *     query without a viewer is refused by its handler.</li>
 * </ul>
 * Trusted server code without a web session (the demo seeder, deadlines, tests) supplies its
 * actor explicitly. Each aggregate then checks what this actor may do.
 */
@Configuration(proxyBeanMethods = false)
class MessageSecurityConfiguration {

    @Autowired
    void secure(CommandBus commandBus, QueryGateway queryGateway) {
        commandBus.registerDispatchInterceptor(new ActorFromSecurityContext<>());
        commandBus.registerHandlerInterceptor(new ActorRequired());
        queryGateway.registerDispatchInterceptor(new ActorFromSecurityContext<>());
    }

    static final class ActorFromSecurityContext<M extends Message<?>> implements MessageDispatchInterceptor<M> {

        @Override
        @SuppressWarnings("unchecked")
        public BiFunction<Integer, M, M> handle(List<? extends M> messages) {
            return (index, message) -> {
                Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
                if (authentication == null) {
                    return message; // server code without a web request: it named its actor itself
                }
                if (authentication.getPrincipal() instanceof AccordPrincipal principal) {
                    return (M) message.andMetaData(ActorMetaData.of(principal.actor()));
                }
                return (M) message.withMetaData(message.getMetaData().withoutKeys(Set.of(ActorMetaData.KEY)));
            };
        }
    }
}
