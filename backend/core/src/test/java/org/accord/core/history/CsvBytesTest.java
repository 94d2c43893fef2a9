package org.accord.core.history;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import static org.assertj.core.api.Assertions.assertThat;

/** The bytes of the bulk rebuild's CSV are those of the same text written as a string and encoded. */
class CsvBytesTest {

    @Provide
    Arbitrary<String> texts() {
        // quotes, commas, new lines, accents, Cyrillic, CJK and characters above U+FFFF
        return Arbitraries.strings().withChars('"', ',', '\n', 'a', 'Z', 'é', 'Қ', '中')
                .withCharRange('\u0400', '\u04ff').withCharRange('\u0000', '\u007f')
                .ofMaxLength(40).flatMap(base -> Arbitraries.integers().between(0x10000, 0x10FFFF)
                        .map(cp -> base + new String(Character.toChars(cp)) + base));
    }

    @Property(tries = 500)
    void aQuotedFieldIsItsTextQuotedInUtf8(@ForAll("texts") String text) {
        CsvBytes csv = new CsvBytes(4);
        csv.quoted(text);
        csv.ascii(',');
        csv.text(text.replace("\"", ""));

        String expected = '"' + text.replace("\"", "\"\"") + '"' + ',' + text.replace("\"", "");
        assertThat(new String(csv.bytes(), 0, csv.length(), StandardCharsets.UTF_8)).isEqualTo(expected);
    }

    @Property(tries = 500)
    void anInstantIsWrittenToTheMicrosecondInUtc(@ForAll("instants") Instant instant) {
        CsvBytes csv = new CsvBytes(1);
        csv.instant(instant);

        assertThat(new String(csv.bytes(), 0, csv.length(), StandardCharsets.US_ASCII)).isEqualTo(
                DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC).format(instant));
    }

    @Provide
    Arbitrary<Instant> instants() {
        return Arbitraries.longs().between(-62_135_596_800L, 253_402_300_799L)
                .flatMap(seconds -> Arbitraries.integers().between(0, 999_999_999)
                        .map(nanos -> Instant.ofEpochSecond(seconds, nanos)));
    }

    @Property(tries = 200)
    void aNumberIsItsDecimalDigits(@ForAll long number) {
        CsvBytes csv = new CsvBytes(2);
        csv.number(number);

        assertThat(new String(csv.bytes(), 0, csv.length(), StandardCharsets.US_ASCII)).isEqualTo(Long.toString(number));
    }
}
