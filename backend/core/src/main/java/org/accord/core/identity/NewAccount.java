package org.accord.core.identity;

import org.accord.api.shared.Actor;

import java.util.Objects;

/** An account to create: who the person is and the password they will sign in with. */
public record NewAccount(Actor actor, String rawPassword) {

    public static final int MIN_PASSWORD_LENGTH = 10;

    public NewAccount {
        Objects.requireNonNull(actor, "actor");
        if (rawPassword == null || rawPassword.length() < MIN_PASSWORD_LENGTH) {
            throw new IllegalArgumentException("A password needs at least " + MIN_PASSWORD_LENGTH + " characters");
        }
    }
}
