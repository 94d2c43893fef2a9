package org.accord.core.infrastructure;

import org.accord.api.shared.Actor;
import org.axonframework.messaging.MetaData;

/** Where the acting person travels with a command: the metadata entry {@value #KEY}. */
public final class ActorMetaData {

    public static final String KEY = "actor";

    private ActorMetaData() {
    }

    public static MetaData of(Actor actor) {
        return MetaData.with(KEY, actor);
    }
}
