package org.accord.web.coediting;

import org.accord.api.coediting.ClauseEditEntries;
import org.accord.api.coediting.ClauseEditEntry;
import org.accord.api.coediting.ClauseEditorSnapshot;
import org.accord.api.coediting.EditAcknowledgement;
import org.accord.api.coediting.EditClause;
import org.accord.api.coediting.FindClauseEdits;
import org.accord.api.coediting.WatchClauseEdits;
import org.accord.api.identity.FindActor;
import org.accord.api.shared.Actor;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.SubscriptionQueryResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.stereotype.Component;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * The co-editing endpoint's way to the backend: commands and queries sent as the person signed
 * in to the WebSocket's HTTP session, whose identity the buses' interceptor stamps on every
 * message (the socket's threads carry no security context of their own).
 */
@Component
class CoEditingBackend {

    private final CommandGateway commands;
    private final QueryGateway queries;

    CoEditingBackend(CommandGateway commands, QueryGateway queries) {
        this.commands = commands;
        this.queries = queries;
    }

    Optional<Actor> actor(Authentication person) {
        return as(person, () -> queries.query(new FindActor(person.getName()),
                ResponseTypes.optionalInstanceOf(Actor.class))).join();
    }

    SubscriptionQueryResult<ClauseEditorSnapshot, ClauseEditEntry> watch(Authentication person, WatchClauseEdits query) {
        return as(person, () -> queries.subscriptionQuery(query,
                ResponseTypes.instanceOf(ClauseEditorSnapshot.class), ResponseTypes.instanceOf(ClauseEditEntry.class)));
    }

    ClauseEditEntries after(Authentication person, FindClauseEdits query) {
        return as(person, () -> queries.query(query, ResponseTypes.instanceOf(ClauseEditEntries.class))).join();
    }

    CompletableFuture<EditAcknowledgement> edit(Authentication person, EditClause command) {
        return as(person, () -> commands.send(command));
    }

    private static <T> T as(Authentication person, Supplier<T> dispatch) {
        var previous = SecurityContextHolder.getContext();
        SecurityContextHolder.setContext(new SecurityContextImpl(person));
        try {
            return dispatch.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
