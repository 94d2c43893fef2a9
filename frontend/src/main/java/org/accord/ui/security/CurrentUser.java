package org.accord.ui.security;

import com.vaadin.flow.spring.security.AuthenticationContext;
import org.accord.api.identity.FindActor;
import org.accord.api.shared.Actor;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

import java.util.Optional;

/** The signed-in person as the views know them: asked of the backend by query, never looked up directly. */
@Component
public class CurrentUser {

    private final AuthenticationContext authentication;
    private final QueryGateway queries;

    CurrentUser(AuthenticationContext authentication, QueryGateway queries) {
        this.authentication = authentication;
        this.queries = queries;
    }

    public Optional<Actor> actor() {
        return authentication.getPrincipalName()
                .flatMap(name -> queries.query(new FindActor(name), ResponseTypes.optionalInstanceOf(Actor.class)).join());
    }

    public void logout() {
        authentication.logout();
    }
}
