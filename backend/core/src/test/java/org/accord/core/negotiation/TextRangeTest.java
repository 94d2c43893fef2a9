package org.accord.core.negotiation;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.constraints.IntRange;

import static org.assertj.core.api.Assertions.assertThat;

/** Rebasing keeps an amendment on exactly the text it was written against. */
class TextRangeTest {

    /** A wording, an amended range in it, and an edit of it elsewhere or not. */
    record Case(String wording, int from, int to, int editFrom, int editTo, String inserted) {
    }

    @Property(tries = 500)
    void a_rebased_range_covers_the_same_text_in_the_new_wording(@ForAll("cases") Case c) {
        String amended = Wording.slice(c.wording(), c.from(), c.to());
        String edited = Wording.replace(c.wording(), c.editFrom(), c.editTo(), c.inserted());

        var rebased = new TextRange(c.from(), c.to()).rebase(c.editFrom(), c.editTo(), Wording.length(c.inserted()));

        Statistics.label("rebased").collect(rebased.isPresent());
        rebased.ifPresent(moved -> assertThat(Wording.slice(edited, moved.from(), moved.to())).isEqualTo(amended));
    }

    @Property(tries = 300)
    void an_edit_strictly_inside_a_range_always_needs_revision(
            @ForAll @IntRange(min = 2, max = 30) int length, @ForAll @IntRange(min = 1, max = 29) int at) {
        int inside = Math.min(at, length - 1);
        assertThat(new TextRange(0, length).rebase(inside, inside, 1)).isEmpty();
    }

    @Provide
    Arbitrary<Case> cases() {
        // whole code points only: random UTF-16 units would make lone surrogates pair up across edits
        Arbitrary<String> text = Arbitraries.of("a", "b", " ", "\uD83D\uDE00", "\u00e9").list().ofMaxSize(30)
                .map(parts -> String.join("", parts));
        return text.flatMap(wording -> {
            int length = Wording.length(wording);
            Arbitrary<Integer> position = Arbitraries.integers().between(0, length);
            return Combinators.combine(position, position, position, position, text)
                    .as((a, b, c, d, inserted) -> new Case(wording, Math.min(a, b), Math.max(a, b),
                            Math.min(c, d), Math.max(c, d), inserted));
        });
    }
}
