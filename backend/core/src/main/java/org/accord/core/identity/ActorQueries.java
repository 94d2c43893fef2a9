package org.accord.core.identity;

import org.accord.api.identity.FindActor;
import org.accord.api.shared.Actor;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

import java.util.Optional;

/** Answers who an account is, so that views never touch the account store. */
@Component
class ActorQueries {

    private final AccountStore accounts;

    ActorQueries(AccountStore accounts) {
        this.accounts = accounts;
    }

    @QueryHandler
    Optional<Actor> handle(FindActor query) {
        return accounts.find(query.username()).map(AccordPrincipal::actor);
    }
}
