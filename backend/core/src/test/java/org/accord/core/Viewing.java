package org.accord.core;

import org.accord.api.shared.Actor;
import org.accord.core.infrastructure.ActorMetaData;
import org.axonframework.messaging.GenericMessage;
import org.axonframework.messaging.Message;

/** Queries as trusted server code sends them: naming their viewer, as a signed-in session would. */
final class Viewing {

    private Viewing() {
    }

    static <Q> Message<Q> as(Actor viewer, Q query) {
        return new GenericMessage<>(query, ActorMetaData.of(viewer));
    }
}
