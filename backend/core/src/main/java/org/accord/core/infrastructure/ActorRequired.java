package org.accord.core.infrastructure;

import org.accord.api.shared.Actor;
import org.accord.api.shared.CommandRejectedException;
import org.accord.api.shared.RejectionReason;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/** Refuses any command that does not carry an authenticated actor, before any aggregate sees it. */
public final class ActorRequired implements MessageHandlerInterceptor<CommandMessage<?>> {

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        if (!(unitOfWork.getMessage().getMetaData().get(ActorMetaData.KEY) instanceof Actor)) {
            throw new CommandRejectedException(RejectionReason.NOT_AUTHENTICATED,
                    "Sign in before acting in a negotiation");
        }
        return chain.proceed();
    }
}
