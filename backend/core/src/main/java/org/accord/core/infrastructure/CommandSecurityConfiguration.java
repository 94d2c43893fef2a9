package org.accord.core.infrastructure;

import org.accord.core.identity.AccordPrincipal;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * Every command carries the authenticated actor, and no command is handled without one.
 * <ul>
 *     <li>On dispatch, the actor of the signed-in person replaces whatever the sender put in
 *     the metadata: a view cannot act for somebody else.</li>
 *     <li>On handling, a command without an actor is refused before any aggregate sees it.</li>
 * </ul>
 * Trusted server code without a web session (the demo seeder, deadlines) supplies its actor
 * explicitly. Each aggregate then checks what this actor may do.
 */
@Configuration(proxyBeanMethods = false)
class CommandSecurityConfiguration {

    @Autowired
    void secure(CommandBus commandBus) {
        commandBus.registerDispatchInterceptor(new ActorFromSecurityContext());
        commandBus.registerHandlerInterceptor(new ActorRequired());
    }

    static final class ActorFromSecurityContext implements MessageDispatchInterceptor<CommandMessage<?>> {

        @Override
        public BiFunction<Integer, CommandMessage<?>, CommandMessage<?>> handle(
                List<? extends CommandMessage<?>> messages) {
            return (index, command) -> {
                Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
                if (authentication == null) {
                    return command; // server code without a web request: it named its actor itself
                }
                if (authentication.getPrincipal() instanceof AccordPrincipal principal) {
                    return command.andMetaData(ActorMetaData.of(principal.actor()));
                }
                return command.withMetaData(command.getMetaData().withoutKeys(Set.of(ActorMetaData.KEY)));
            };
        }
    }
}
