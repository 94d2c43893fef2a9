package org.accord.core.history;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;

/**
 * CSV written straight into UTF-8 bytes, for PostgreSQL's {@code COPY ... (format csv)}: the bulk
 * rebuild writes a million timeline rows this way without building a string per chunk
 * ({@link TimelineCopy}). Text is quoted with its double quotes doubled; characters outside the
 * Basic Multilingual Plane are encoded from their surrogate pairs, and a lone surrogate (which no
 * stored event holds: the API refuses them) as {@code ?}, as {@code String.getBytes} does.
 */
final class CsvBytes {

    private byte[] bytes;
    private int length;

    CsvBytes(int capacity) {
        bytes = new byte[capacity];
    }

    int length() {
        return length;
    }

    byte[] bytes() {
        return bytes;
    }

    void clear() {
        length = 0;
    }

    /**
     * One row as a CSV line: timestamps as a {@code timestamptz} column keeps them ({@link StoredTime}),
     * numbers bare, anything else quoted as its text, null as nothing.
     */
    void row(Object[] values) {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                ascii(',');
            }
            Object value = values[i];
            if (value instanceof Timestamp at) {
                instant(StoredTime.of(at.toInstant()));
            } else if (value instanceof Long number) {
                number(number);
            } else if (value instanceof Number number) {
                text(number.toString());
            } else if (value != null) {
                quoted(value.toString());
            }
        }
        ascii('\n');
    }

    void ascii(char c) {
        ensure(1);
        bytes[length++] = (byte) c;
    }

    void number(long value) {
        text(Long.toString(value));
    }

    /** Unquoted text (numbers and the like). */
    void text(String text) {
        ensure(text.length() * 3);
        for (int i = 0; i < text.length(); i++) {
            i = put(text, i, text.charAt(i));
        }
    }

    /** A quoted CSV field. */
    void quoted(String text) {
        ensure(text.length() * 6 + 2);
        bytes[length++] = '"';
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                bytes[length++] = '"';
                bytes[length++] = '"';
            } else if (c < 0x80) {
                bytes[length++] = (byte) c;
            } else {
                i = put(text, i, c);
            }
        }
        bytes[length++] = '"';
    }

    /** An instant in UTC to the microsecond, {@code 2026-11-29T09:10:05.370000Z}, which {@code timestamptz} reads. */
    void instant(Instant instant) {
        LocalDateTime t = LocalDateTime.ofEpochSecond(instant.getEpochSecond(), instant.getNano(), ZoneOffset.UTC);
        int year = t.getYear();
        if (year < 1 || year > 9999) {
            text(instant.toString());
            return;
        }
        ensure(27);
        digits(year, 4);
        bytes[length++] = '-';
        digits(t.getMonthValue(), 2);
        bytes[length++] = '-';
        digits(t.getDayOfMonth(), 2);
        bytes[length++] = 'T';
        digits(t.getHour(), 2);
        bytes[length++] = ':';
        digits(t.getMinute(), 2);
        bytes[length++] = ':';
        digits(t.getSecond(), 2);
        bytes[length++] = '.';
        digits(t.getNano() / 1_000, 6);
        bytes[length++] = 'Z';
    }

    private void digits(int value, int count) {
        for (int i = length + count - 1; i >= length; i--) {
            bytes[i] = (byte) ('0' + value % 10);
            value /= 10;
        }
        length += count;
    }

    /** Encodes the character at {@code i}; returns the index of the last char used (a pair takes two). */
    private int put(String text, int i, char c) {
        if (c < 0x80) {
            bytes[length++] = (byte) c;
        } else if (c < 0x800) {
            bytes[length++] = (byte) (0xC0 | c >> 6);
            bytes[length++] = (byte) (0x80 | c & 0x3F);
        } else if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
            int cp = Character.toCodePoint(c, text.charAt(i + 1));
            bytes[length++] = (byte) (0xF0 | cp >> 18);
            bytes[length++] = (byte) (0x80 | cp >> 12 & 0x3F);
            bytes[length++] = (byte) (0x80 | cp >> 6 & 0x3F);
            bytes[length++] = (byte) (0x80 | cp & 0x3F);
            return i + 1;
        } else if (Character.isSurrogate(c)) {
            bytes[length++] = '?';
        } else {
            bytes[length++] = (byte) (0xE0 | c >> 12);
            bytes[length++] = (byte) (0x80 | c >> 6 & 0x3F);
            bytes[length++] = (byte) (0x80 | c & 0x3F);
        }
        return i;
    }

    private void ensure(int more) {
        if (length + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + more));
        }
    }
}
