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
        if (!isToken(value)) {
            throw new IllegalArgumentException(kind + " may contain only letters, digits, '.', '_' and '-'");
        }
        return value;
    }

    /**
     * {@code [A-Za-z0-9][A-Za-z0-9._-]*}, checked character by character: every stored event names
     * identifiers, and a regular expression per identifier was a quarter of deserializing them.
     */
    static boolean isToken(String value) {
        if (value.isEmpty() || !isAsciiLetterOrDigit(value.charAt(0))) {
            return false;
        }
        for (int i = 1; i < value.length(); i++) {
            char c = value.charAt(i);
            if (!isAsciiLetterOrDigit(c) && c != '.' && c != '_' && c != '-') {
                return false;
            }
        }
        return true;
    }

    static boolean isAsciiLetter(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }

    static boolean isAsciiLetterOrDigit(char c) {
        return isAsciiLetter(c) || (c >= '0' && c <= '9');
    }
}
