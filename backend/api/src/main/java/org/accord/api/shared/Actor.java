package org.accord.api.shared;

import com.fasterxml.jackson.annotation.JsonIgnore;

import java.util.Objects;

/**
 * The authenticated person on whose behalf a command is sent, and to whom its events are
 * attributed. The server sets it from the security context; a client never chooses it.
 *
 * @param username   the account name
 * @param displayName the person's name as shown to others
 * @param role       the person's role
 * @param delegation the delegation the person belongs to; {@code null} for the chair
 */
public record Actor(String username, String displayName, Role role, DelegationCode delegation) {

    public Actor {
        Identifier.require(username, "Username");
        Text.requireLine(displayName, "Display name", 120);
        Objects.requireNonNull(role, "role");
        if (role != Role.CHAIR && delegation == null) {
            throw new IllegalArgumentException("A " + role + " must belong to a delegation");
        }
    }

    @JsonIgnore
    public boolean isChair() {
        return role == Role.CHAIR;
    }
}
