package org.accord.api.shared;

/**
 * Validation of human text carried by messages: well-formed Unicode (no lone surrogates,
 * no control characters other than line breaks and tabs, no bidirectional overrides) and a
 * maximum length in code points.
 */
public final class Text {

    private Text() {
    }

    /** A single-line label such as a title or a heading. */
    public static String requireLine(String value, String field, int maxCodePoints) {
        String text = requireText(value, field, maxCodePoints);
        if (text.isBlank()) {
            throw new IllegalArgumentException(field + " must not be blank");
        }
        if (text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
            throw new IllegalArgumentException(field + " must be a single line");
        }
        return text.strip();
    }

    /** A body of text that may be empty and may span several lines. */
    public static String requireText(String value, String field, int maxCodePoints) {
        if (value == null) {
            throw new IllegalArgumentException(field + " is required");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= value.length() || !Character.isLowSurrogate(value.charAt(i + 1))) {
                    throw new IllegalArgumentException(field + " contains a lone surrogate at index " + i);
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                throw new IllegalArgumentException(field + " contains a lone surrogate at index " + i);
            } else if (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t') {
                throw new IllegalArgumentException(field + " contains a control character at index " + i);
            } else if (isBidiControl(c)) {
                throw new IllegalArgumentException(field + " contains an invisible bidirectional control at index " + i);
            }
        }
        int length = value.codePointCount(0, value.length());
        if (length > maxCodePoints) {
            throw new IllegalArgumentException(
                    field + " is " + length + " characters long; the limit is " + maxCodePoints);
        }
        return value;
    }

    /** Embedding, override and isolate controls can make a text read differently from what it says. */
    private static boolean isBidiControl(char c) {
        return (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
    }
}
