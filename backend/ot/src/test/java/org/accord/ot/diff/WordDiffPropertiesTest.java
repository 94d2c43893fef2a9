package org.accord.ot.diff;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.accord.ot.diff.WordDiff.Kind;
import org.accord.ot.diff.WordDiff.Segment;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link WordDiff#between} on random texts: the segments rebuild both texts exactly and are
 * well-formed. The alphabet mixes words, spaces, punctuation, combining marks and characters
 * above U+FFFF, so a split surrogate pair or a lost character shows up as a failure.
 */
class WordDiffPropertiesTest {

    static final List<String> ALPHABET = List.of("a", "b", "c", "the ", "Party", " ", "  ", "\n", ",", ".", "é",
            "\u0301", "中", "😀", "𝄞", "𝔄", "👍", "\uD83C\uDFFD", "\u200D", "1", "-");

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.of(ALPHABET).list().ofMaxSize(30).map(parts -> String.join("", parts));
    }

    @Provide
    Arbitrary<String> longTexts() {
        return Arbitraries.of(ALPHABET).list().ofMaxSize(1_200).map(parts -> String.join("", parts));
    }

    @Property(tries = 500)
    void the_segments_rebuild_both_texts(@ForAll("texts") String before, @ForAll("texts") String after) {
        List<Segment> diff = WordDiff.between(before, after);

        assertThat(join(diff, Kind.INSERTED)).isEqualTo(before);
        assertThat(join(diff, Kind.DELETED)).isEqualTo(after);
        assertWellFormed(diff);
    }

    @Property(tries = 100)
    void an_edit_of_a_text_rebuilds_both(@ForAll("texts") String start, @ForAll("texts") String middle,
                                         @ForAll("texts") String replacement, @ForAll("texts") String end) {
        String before = start + middle + end;
        String after = start + replacement + end;
        List<Segment> diff = WordDiff.between(before, after);

        assertThat(join(diff, Kind.INSERTED)).isEqualTo(before);
        assertThat(join(diff, Kind.DELETED)).isEqualTo(after);
        assertWellFormed(diff);
    }

    @Property(tries = 30)
    void long_texts_past_the_limit_still_rebuild_both(@ForAll("longTexts") String before,
                                                      @ForAll("longTexts") String after) {
        List<Segment> diff = WordDiff.between(before, after);

        assertThat(join(diff, Kind.INSERTED)).isEqualTo(before);
        assertThat(join(diff, Kind.DELETED)).isEqualTo(after);
        assertWellFormed(diff);
    }

    @Property(tries = 200)
    void a_text_against_itself_is_one_same_segment(@ForAll("texts") String text) {
        assertThat(WordDiff.between(text, text)).isEqualTo(text.isEmpty() ? List.of() : List.of(new Segment(Kind.SAME, text)));
    }

    static String join(List<Segment> diff, Kind left) {
        return diff.stream().filter(s -> s.kind() != left).map(Segment::text).reduce("", String::concat);
    }

    static void assertWellFormed(List<Segment> diff) {
        assertThat(diff).noneMatch(s -> s.text().isEmpty());
        for (int i = 1; i < diff.size(); i++) {
            assertThat(diff.get(i).kind()).as("segment %d", i).isNotEqualTo(diff.get(i - 1).kind());
        }
        for (Segment segment : diff) {
            String text = segment.text();
            assertThat(Character.isLowSurrogate(text.charAt(0))).as("no segment starts inside a pair").isFalse();
            assertThat(Character.isHighSurrogate(text.charAt(text.length() - 1))).as("nor ends inside one").isFalse();
        }
    }
}
