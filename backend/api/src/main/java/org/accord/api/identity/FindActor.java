package org.accord.api.identity;

import org.accord.api.shared.Identifier;

/** Who an account is (name, role, delegation); answers {@code Actor}, or nothing if unknown. */
public record FindActor(String username) {

    public FindActor {
        Identifier.require(username, "Username");
    }
}
