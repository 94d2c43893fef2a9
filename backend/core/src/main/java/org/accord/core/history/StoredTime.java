package org.accord.core.history;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * An instant as a {@code timestamptz} column of the read model keeps it: to the microsecond,
 * rounded half up, as the PostgreSQL driver sends a {@code Timestamp}. Event timestamps are
 * stored to the millisecond and pass unchanged; business instants from the {@code Clock} may
 * carry nanoseconds.
 */
final class StoredTime {

    private StoredTime() {
    }

    static Instant of(Instant instant) {
        Instant microseconds = instant.truncatedTo(ChronoUnit.MICROS);
        return instant.getNano() % 1_000 >= 500 ? microseconds.plus(1, ChronoUnit.MICROS) : microseconds;
    }
}
