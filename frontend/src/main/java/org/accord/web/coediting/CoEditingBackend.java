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
import org.axonframework.queryhandling.QueryMessage;
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

    /** Revisions kept for replay to a connection that has not yet subscribed (see {@link #watch}). */
    static final int REPLAYED_REVISIONS = 16;

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

    /**
     * The clause's revisions as they are committed. Axon keeps the last updates of each
     * subscription for replay (256 by default), so every revision stayed alive while its
     * clause's next 256 were made; a connection only needs the few emitted between the snapshot
     * and its subscription, and one that finds a gap fetches it from the log.
     */
    SubscriptionQueryResult<ClauseEditorSnapshot, ClauseEditEntry> watch(Authentication person, WatchClauseEdits query) {
        return as(person, () -> queries.subscriptionQuery(QueryMessage.queryName(query), query,
                ResponseTypes.instanceOf(ClauseEditorSnapshot.class), ResponseTypes.instanceOf(ClauseEditEntry.class),
                REPLAYED_REVISIONS));
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
