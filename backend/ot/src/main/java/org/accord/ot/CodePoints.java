package org.accord.ot;

/**
 * Code-point helpers. Every length and position in this package counts Unicode code points, not
 * UTF-16 chars, because that is the unit the TypeScript client and the stored JSON agree on.
 */
final class CodePoints {

    private CodePoints() {
    }

    static int count(CharSequence text) {
        return Character.codePointCount(text, 0, text.length());
    }

    /** The substring from code point {@code from} (inclusive) to {@code to} (exclusive). */
    static String substring(String text, int from, int to) {
        int start = text.offsetByCodePoints(0, from);
        int end = text.offsetByCodePoints(start, to - from);
        return text.substring(start, end);
    }

    /**
     * Rejects text that could not travel as JSON and UTF-8 unchanged: a lone surrogate has no
     * UTF-8 encoding and NUL is truncated by too many downstream stores (PostgreSQL text).
     */
    static void requireInsertable(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\0') {
                throw new InvalidOperationException("insert text must not contain NUL (U+0000) at char index " + i);
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw new InvalidOperationException(String.format(
                        "insert text must not contain a lone surrogate (U+%04X at char index %d)", (int) c, i));
            }
        }
    }
}
