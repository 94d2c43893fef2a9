package org.accord.ui.workspace;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PhrasesTest {

    @Test
    void a_phrase_is_found_as_a_code_point_range_by_occurrence() {
        String wording = "𝔄 the Parties and the States and the Parties";

        assertThat(Phrases.find(wording, "the Parties", 1)).hasValueSatisfying(r -> assertThat(r).containsExactly(2, 13));
        assertThat(Phrases.find(wording, "the Parties", 2)).hasValueSatisfying(r -> assertThat(r).containsExactly(33, 44));
        assertThat(Phrases.count(wording, "the Parties")).isEqualTo(2);
    }

    @Test
    void absent_empty_or_out_of_range_phrases_are_not_found() {
        assertThat(Phrases.find("the Parties", "States", 1)).isEmpty();
        assertThat(Phrases.find("the Parties", "", 1)).isEmpty();
        assertThat(Phrases.find("the Parties", "the", 2)).isEmpty();
        assertThat(Phrases.find("the Parties", "the", 0)).isEmpty();
        assertThat(Phrases.count("aaa", "aa")).as("overlapping").isEqualTo(2);
    }
}
