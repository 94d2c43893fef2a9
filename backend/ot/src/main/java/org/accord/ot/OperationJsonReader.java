package org.accord.ot;

/**
 * A strict, hand-written parser for the ot.js JSON form (RFC 8259 syntax restricted to one array
 * of integers and strings). It is hand-written so that the main code has no dependencies, and
 * strict because operations arrive from untrusted clients: anything a well-behaved client would
 * never send (fractions, exponents, zero, overflow, empty or invalid insert text) is rejected
 * rather than guessed at. Adjacent components of the same kind are accepted and normalised.
 */
final class OperationJsonReader {

    private final String json;
    private int offset;

    private OperationJsonReader(String json) {
        this.json = json;
    }

    static TextOperation read(String json) {
        if (json == null) {
            throw new InvalidOperationException("operation JSON must not be null");
        }
        OperationJsonReader reader = new OperationJsonReader(json);
        try {
            return reader.readOperation();
        } catch (InvalidOperationException invalid) {
            throw new InvalidOperationException("invalid operation JSON at offset " + reader.offset + ": " + invalid.getMessage());
        }
    }

    private TextOperation readOperation() {
        TextOperationBuilder builder = TextOperation.builder();
        skipWhitespace();
        expect('[');
        skipWhitespace();
        if (peek() == ']') {
            offset++;
        } else {
            readComponents(builder);
        }
        skipWhitespace();
        if (offset != json.length()) {
            throw error("unexpected content after the array");
        }
        return builder.build();
    }

    private void readComponents(TextOperationBuilder builder) {
        while (true) {
            skipWhitespace();
            readComponent(builder);
            skipWhitespace();
            char next = next("',' or ']'");
            if (next == ']') {
                return;
            }
            if (next != ',') {
                offset--;
                throw error("expected ',' or ']'");
            }
        }
    }

    private void readComponent(TextOperationBuilder builder) {
        char c = peek();
        if (c == '"') {
            String text = readString();
            if (text.isEmpty()) {
                throw new InvalidOperationException("insert text must not be empty");
            }
            builder.insert(text);
        } else if (c == '-' || isDigit(c)) {
            int count = readInteger();
            if (count > 0) {
                builder.retain(count);
            } else {
                builder.delete(-count);
            }
        } else {
            throw new InvalidOperationException("expected an integer or a string but found " + describe(c));
        }
    }

    /** An integer other than zero, within ±(2^31 - 1) so that negation never overflows. */
    private int readInteger() {
        int start = offset;
        boolean negative = peek() == '-';
        if (negative) {
            offset++;
        }
        int digitsStart = offset;
        while (offset < json.length() && isDigit(json.charAt(offset))) {
            offset++;
        }
        String digits = json.substring(digitsStart, offset);
        if (digits.isEmpty()) {
            throw new InvalidOperationException("expected digits after '-'");
        }
        if (offset < json.length() && ".eE".indexOf(json.charAt(offset)) >= 0) {
            throw new InvalidOperationException("counts must be integers, without fraction or exponent");
        }
        if (digits.length() > 1 && digits.charAt(0) == '0') {
            throw new InvalidOperationException("numbers must not have leading zeros");
        }
        if (digits.length() > 10 || Long.parseLong(digits) > Integer.MAX_VALUE) {
            throw new InvalidOperationException("count " + json.substring(start, offset) + " is out of range (at most "
                    + Integer.MAX_VALUE + " in absolute value)");
        }
        int magnitude = Integer.parseInt(digits);
        if (magnitude == 0) {
            throw new InvalidOperationException("zero is not a valid component (use a positive retain or negative delete)");
        }
        return negative ? -magnitude : magnitude;
    }

    private String readString() {
        offset++; // opening quote
        StringBuilder text = new StringBuilder();
        while (true) {
            char c = next("closing '\"'");
            if (c == '"') {
                return text.toString();
            }
            if (c == '\\') {
                text.append(readEscape());
            } else if (c < 0x20) {
                throw new InvalidOperationException("unescaped control character U+" + String.format("%04X", (int) c) + " in string");
            } else {
                text.append(c);
            }
        }
    }

    private char readEscape() {
        char c = next("escape character");
        return switch (c) {
            case '"' -> '"';
            case '\\' -> '\\';
            case '/' -> '/';
            case 'b' -> '\b';
            case 'f' -> '\f';
            case 'n' -> '\n';
            case 'r' -> '\r';
            case 't' -> '\t';
            case 'u' -> readUnicodeEscape();
            default -> throw new InvalidOperationException("invalid escape \\" + c);
        };
    }

    private char readUnicodeEscape() {
        if (offset + 4 > json.length()) {
            throw new InvalidOperationException("truncated \\u escape");
        }
        int value = 0;
        for (int i = 0; i < 4; i++) {
            int digit = hexDigit(json.charAt(offset++));
            if (digit < 0) {
                throw new InvalidOperationException("invalid hex digit in \\u escape");
            }
            value = value * 16 + digit;
        }
        return (char) value;
    }

    private void skipWhitespace() {
        while (offset < json.length() && " \t\n\r".indexOf(json.charAt(offset)) >= 0) {
            offset++;
        }
    }

    private void expect(char expected) {
        if (peek() != expected) {
            throw error("expected '" + expected + "' but found " + describe(peek()));
        }
        offset++;
    }

    /** The current character, or NUL at the end (which no valid token starts with). */
    private char peek() {
        return offset < json.length() ? json.charAt(offset) : '\0';
    }

    private char next(String expected) {
        if (offset >= json.length()) {
            throw new InvalidOperationException("unexpected end of input, expected " + expected);
        }
        return json.charAt(offset++);
    }

    private String describe(char c) {
        return offset >= json.length() ? "end of input" : "'" + c + "'";
    }

    private InvalidOperationException error(String message) {
        return new InvalidOperationException(message);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** ASCII hex digits only, as RFC 8259 says: {@code Character.digit} would also take '٣' or 'Ａ'. */
    private static int hexDigit(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        return -1;
    }
}
