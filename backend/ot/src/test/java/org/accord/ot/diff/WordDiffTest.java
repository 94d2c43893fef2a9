package org.accord.ot.diff;

import org.accord.ot.diff.WordDiff.Segment;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.accord.ot.diff.WordDiff.Kind.DELETED;
import static org.accord.ot.diff.WordDiff.Kind.INSERTED;
import static org.accord.ot.diff.WordDiff.Kind.SAME;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WordDiffTest {

    static final String WORDING = "The Parties shall establish effective mechanisms for joint response to crises.";

    static int[] range(String wording, String phrase) {
        int at = wording.indexOf(phrase);
        int from = wording.codePointCount(0, at);
        return new int[]{from, from + phrase.codePointCount(0, phrase.length())};
    }

    static String before(List<Segment> diff) {
        return diff.stream().filter(s -> s.kind() != INSERTED).map(Segment::text).reduce("", String::concat);
    }

    static String after(List<Segment> diff) {
        return diff.stream().filter(s -> s.kind() != DELETED).map(Segment::text).reduce("", String::concat);
    }

    @Test
    void a_substitution_marks_only_the_words_that_change() {
        int[] r = range(WORDING, "joint response");
        List<Segment> diff = WordDiff.of(WORDING, r[0], r[1], "voluntary coordinated response");

        assertThat(diff).containsExactly(
                new Segment(SAME, "The Parties shall establish effective mechanisms for "),
                new Segment(DELETED, "joint"),
                new Segment(INSERTED, "voluntary coordinated"),
                new Segment(SAME, " response to crises."));
    }

    @Test
    void changes_separated_only_by_a_space_read_as_one_change() {
        String wording = "water and environmental security";
        List<Segment> diff = WordDiff.of(wording, 0, 5, "rivers, lakes");

        assertThat(diff).containsExactly(new Segment(DELETED, "water"), new Segment(INSERTED, "rivers, lakes"),
                new Segment(SAME, " and environmental security"));
    }

    @Test
    void an_insertion_is_an_empty_range_that_gains_words() {
        int at = range(WORDING, "effective")[0];
        List<Segment> diff = WordDiff.of(WORDING, at, at, "fully ");

        assertThat(diff).containsExactly(new Segment(SAME, "The Parties shall establish "),
                new Segment(INSERTED, "fully "), new Segment(SAME, "effective mechanisms for joint response to crises."));
    }

    @Test
    void a_deletion_strikes_out_the_range() {
        int[] r = range(WORDING, " to crises");
        List<Segment> diff = WordDiff.of(WORDING, r[0], r[1], "");

        assertThat(diff).containsExactly(new Segment(SAME, "The Parties shall establish effective mechanisms for joint response"),
                new Segment(DELETED, " to crises"), new Segment(SAME, "."));
    }

    @Test
    void an_empty_range_replaced_by_nothing_is_the_wording_unchanged() {
        assertThat(WordDiff.of(WORDING, 5, 5, "")).containsExactly(new Segment(SAME, WORDING));
        assertThat(WordDiff.of("", 0, 0, "")).isEmpty();
        assertThat(WordDiff.of("", 0, 0, "New")).containsExactly(new Segment(INSERTED, "New"));
    }

    @Test
    void the_range_counts_code_points_so_characters_above_U_FFFF_are_one_each() {
        String wording = "𝔄𝔅 parties 😀 shall act";
        // code points: 𝔄=0 𝔅=1 ' '=2 parties=3..9 ' '=10 😀=11 ' '=12 shall=13..17
        List<Segment> diff = WordDiff.of(wording, 11, 12, "🙂");

        assertThat(diff).containsExactly(new Segment(SAME, "𝔄𝔅 parties "), new Segment(DELETED, "😀"),
                new Segment(INSERTED, "🙂"), new Segment(SAME, " shall act"));
        assertThat(WordDiff.of(wording, 0, 2, "")).containsExactly(new Segment(DELETED, "𝔄𝔅"),
                new Segment(SAME, " parties 😀 shall act"));
        int end = wording.codePointCount(0, wording.length());
        assertThat(WordDiff.of(wording, end, end, " 𝔇")).last().isEqualTo(new Segment(INSERTED, " 𝔇"));
    }

    @Test
    void the_segments_rebuild_the_old_and_the_new_wording_exactly() {
        String wording = "strict conformity with international law, respecting sovereignty";
        int[] r = range(wording, "strict conformity with international law");
        String text = "strict conformity with international law, including the Helsinki Final Act";
        List<Segment> diff = WordDiff.of(wording, r[0], r[1], text);

        assertThat(before(diff)).isEqualTo(wording);
        assertThat(after(diff)).isEqualTo(text + ", respecting sovereignty");
        assertThat(diff).filteredOn(s -> s.kind() == INSERTED).extracting(Segment::text)
                .containsExactly(", including the Helsinki Final Act");
        assertThat(diff).noneMatch(s -> s.kind() == DELETED);
    }

    @Test
    void a_range_outside_the_wording_is_refused() {
        assertThatThrownBy(() -> WordDiff.of("ab", 1, 3, "x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> WordDiff.of("ab", 2, 1, "x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> WordDiff.of("😀", 0, 2, "x")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void huge_replacements_fall_back_to_the_whole_range() {
        String many = "word ".repeat(600);
        List<Segment> diff = WordDiff.of(many, 0, many.length(), "other ".repeat(600));

        assertThat(diff).extracting(Segment::kind).containsExactly(DELETED, INSERTED);
    }

    @Test
    void between_two_wordings_marks_the_words_that_changed() {
        List<Segment> diff = WordDiff.between("The Parties shall establish joint mechanisms.",
                "The Parties shall establish effective regional mechanisms.");

        assertThat(diff).containsExactly(new Segment(SAME, "The Parties shall establish "),
                new Segment(DELETED, "joint"), new Segment(INSERTED, "effective regional"),
                new Segment(SAME, " mechanisms."));
    }

    @Test
    void between_keeps_whole_words_although_they_share_letters() {
        assertThat(WordDiff.between("Borders are sacred.", "Borders are secured."))
                .containsExactly(new Segment(SAME, "Borders are "), new Segment(DELETED, "sacred"),
                        new Segment(INSERTED, "secured"), new Segment(SAME, "."));
        assertThat(WordDiff.between("cat", "cart")).containsExactly(new Segment(DELETED, "cat"),
                new Segment(INSERTED, "cart"));
    }

    @Test
    void between_equal_empty_and_new_wordings() {
        assertThat(WordDiff.between(WORDING, WORDING)).containsExactly(new Segment(SAME, WORDING));
        assertThat(WordDiff.between("", "")).isEmpty();
        assertThat(WordDiff.between("", "New 😀")).containsExactly(new Segment(INSERTED, "New 😀"));
        assertThat(WordDiff.between("Old 😀", "")).containsExactly(new Segment(DELETED, "Old 😀"));
    }

    @Test
    void between_long_texts_with_a_small_change_stays_word_level() {
        String common = "word ".repeat(5_000);
        List<Segment> diff = WordDiff.between(common + "alpha " + common, common + "beta " + common);

        assertThat(diff).containsExactly(new Segment(SAME, common), new Segment(DELETED, "alpha"),
                new Segment(INSERTED, "beta"), new Segment(SAME, " " + common));
    }

    @Test
    void between_falls_back_to_the_whole_middle_above_the_limit() {
        List<Segment> diff = WordDiff.between("Start " + "a ".repeat(600) + "end", "Start " + "b ".repeat(600) + "end");

        assertThat(diff).extracting(Segment::kind).containsExactly(SAME, DELETED, INSERTED, SAME);
        assertThat(before(diff)).isEqualTo("Start " + "a ".repeat(600) + "end");
        assertThat(after(diff)).isEqualTo("Start " + "b ".repeat(600) + "end");
    }
}
