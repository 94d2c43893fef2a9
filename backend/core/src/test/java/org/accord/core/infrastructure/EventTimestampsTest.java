package org.accord.core.infrastructure;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.axonframework.common.DateTimeUtils;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

/** The fast parse of stored event timestamps gives what Axon's parser gives, on any text. */
class EventTimestampsTest {

    @Provide
    Arbitrary<Instant> instants() {
        // year 0001 to 9999, to the nanosecond (Axon keeps the milliseconds)
        return Arbitraries.longs().between(-62_135_596_800L, 253_402_300_799L)
                .flatMap(seconds -> Arbitraries.integers().between(0, 999_999_999)
                        .map(nanos -> Instant.ofEpochSecond(seconds, nanos)));
    }

    @Property(tries = 2_000)
    void whatAxonWritesIsReadAsAxonReadsIt(@ForAll("instants") Instant instant) {
        String stored = DateTimeUtils.formatInstant(instant);

        assertThat(EventTimestamps.parse(stored)).isEqualTo(DateTimeUtils.parseInstant(stored));
    }

    @Provide
    Arbitrary<String> mutations() {
        // one character of a stored timestamp replaced by a digit, a letter or a sign
        return Arbitraries.integers().between(0, 23).flatMap(position -> Arbitraries.of('0', '1', '2', '3', '5', '6',
                '9', 'T', 't', 'Z', 'z', '-', '+', ':', '.', ' ', 'x').map(c -> {
            StringBuilder text = new StringBuilder("2024-02-29T23:59:59.999Z");
            text.setCharAt(position, c);
            return text.toString();
        }));
    }

    @Property(tries = 1_000)
    void anyOtherTextIsReadOrRefusedAsAxonDoes(@ForAll("mutations") String text) {
        Throwable axonError = catchThrowable(() -> DateTimeUtils.parseInstant(text));
        if (axonError == null) {
            assertThat(EventTimestamps.parse(text)).isEqualTo(DateTimeUtils.parseInstant(text));
        } else {
            assertThatThrownBy(() -> EventTimestamps.parse(text)).isInstanceOf(axonError.getClass());
        }
    }

    @Example
    void otherShapesGoToAxonsParser() {
        for (String text : new String[]{"2026-11-29T09:10:05Z", "2026-11-29T09:10:05.370123Z",
                "2026-11-29T10:10:05.370+01:00", "2026-11-29t09:10:05.370z", "+12026-11-29T09:10:05.370Z"}) {
            assertThat(EventTimestamps.parse(text)).as(text).isEqualTo(DateTimeUtils.parseInstant(text));
        }
        assertThatThrownBy(() -> EventTimestamps.parse("2026-02-30T09:10:05.370Z"))
                .isInstanceOf(catchThrowable(() -> DateTimeUtils.parseInstant("2026-02-30T09:10:05.370Z")).getClass());
    }
}
