package org.accord.core.infrastructure;

import org.axonframework.common.DateTimeUtils;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Reads the timestamps of stored events. Axon writes every event's time as text in one format,
 * {@code 2026-11-29T09:10:05.370Z} (UTC, milliseconds; {@link DateTimeUtils#formatInstant}), and parses
 * it back with a general {@code DateTimeFormatter}, which took a third of the CPU of reading the event
 * store (docs/benchmarks.md, History). That one format is parsed here directly; any other text
 * (another writer's, a year beyond 9999, an offset other than {@code Z}) goes to Axon's own parser,
 * so the result is always the one Axon would give.
 */
public final class EventTimestamps {

    private static final int LENGTH = "2026-11-29T09:10:05.370Z".length();

    private EventTimestamps() {
    }

    public static Instant parse(CharSequence text) {
        if (text.length() == LENGTH && text.charAt(4) == '-' && text.charAt(7) == '-' && text.charAt(10) == 'T'
                && text.charAt(13) == ':' && text.charAt(16) == ':' && text.charAt(19) == '.'
                && text.charAt(23) == 'Z') {
            int year = digits(text, 0, 4);
            int month = digits(text, 5, 2);
            int day = digits(text, 8, 2);
            int hour = digits(text, 11, 2);
            int minute = digits(text, 14, 2);
            int second = digits(text, 17, 2);
            int millis = digits(text, 20, 3);
            if ((year | month | day | hour | minute | second | millis) >= 0 && hour < 24 && minute < 60
                    && second < 60) {
                try {
                    long days = LocalDate.of(year, month, day).toEpochDay();
                    return Instant.ofEpochSecond(days * 86_400 + hour * 3_600L + minute * 60L + second,
                            millis * 1_000_000L);
                } catch (DateTimeException invalidDate) {
                    // February 30th and the like: Axon's parser gives the error
                }
            }
        }
        return DateTimeUtils.parseInstant(text);
    }

    /** The decimal number of {@code count} ASCII digits from {@code start}; negative if one is not a digit. */
    private static int digits(CharSequence text, int start, int count) {
        int value = 0;
        for (int i = start; i < start + count; i++) {
            int digit = text.charAt(i) - '0';
            if (digit < 0 || digit > 9) {
                return -1;
            }
            value = value * 10 + digit;
        }
        return value;
    }
}
