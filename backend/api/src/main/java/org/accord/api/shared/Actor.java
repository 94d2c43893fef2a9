package org.accord.api.shared;

import com.fasterxml.jackson.annotation.JsonIgnore;

import java.io.Serializable;
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
public record Actor(String username, String displayName, Role role, DelegationCode delegation) implements Serializable {

    public static final int MAX_NAME = 120;

    public Actor {
        Identifier.require(username, "Username");
        displayName = Text.requireLine(displayName, "Display name", MAX_NAME);
        Objects.requireNonNull(role, "role");
        if (role != Role.CHAIR && delegation == null) {
            throw new IllegalArgumentException("A " + role + " must belong to a delegation");
        }
        if (role == Role.CHAIR && delegation != null) {
            throw new IllegalArgumentException("The chair is neutral and belongs to no delegation");
        }
    }

    @JsonIgnore
    public boolean isChair() {
        return role == Role.CHAIR;
    }
}
