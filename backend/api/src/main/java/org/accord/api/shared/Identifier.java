package org.accord.api.shared;

/**
 * Checks shared by every typed identifier: a short, printable, URL-safe token.
 */
public final class Identifier {

    public static final int MAX_LENGTH = 64;

    private Identifier() {
    }

    public static String require(String value, String kind) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(kind + " must not be blank");
        }
        if (value.length() > MAX_LENGTH) {
            throw new IllegalArgumentException(kind + " must be at most " + MAX_LENGTH + " characters");
        }
        if (!value.matches("[A-Za-z0-9][A-Za-z0-9._-]*")) {
            throw new IllegalArgumentException(kind + " may contain only letters, digits, '.', '_' and '-'");
        }
        return value;
    }
}
