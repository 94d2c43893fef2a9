package org.accord.ot;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Model-based check: a rope behaves exactly like a String edited by code point. */
class RopePropertiesTest {

    @Provide
    Arbitrary<String> initialTexts() {
        // Repeat short texts so that ropes span several chunks and the tree code is exercised.
        return Combinators.combine(OtArbitraries.text(0, 30), Arbitraries.integers().between(1, 200))
                .as(String::repeat);
    }

    @Provide
    Arbitrary<List<RopeEdit>> editSequences() {
        Arbitrary<RopeEdit> edit = Combinators.combine(
                Arbitraries.doubles().between(0, 1), Arbitraries.integers().between(0, 1500),
                Arbitraries.oneOf(OtArbitraries.text(0, 5), OtArbitraries.text(0, 2000)))
                .as(RopeEdit::new);
        return edit.list().ofMaxSize(25);
    }

    @Property(tries = 200)
    void behavesLikeAStringUnderRandomEdits(@ForAll("initialTexts") String initial,
                                            @ForAll("editSequences") List<RopeEdit> edits) {
        Rope rope = Rope.of(initial);
        StringBuilder model = new StringBuilder(initial);

        for (RopeEdit edit : edits) {
            int position = (int) (edit.where() * rope.length());
            int count = Math.min(edit.deleteCount(), rope.length() - position);
            rope = rope.delete(position, count).insert(position, edit.inserted());
            RopeTest.CodePointModel.delete(model, position, count);
            RopeTest.CodePointModel.insert(model, position, edit.inserted());

            int from = position / 2;
            int to = Math.min(RopeTest.CodePointModel.length(model), position + 5);
            assertThat(rope.substring(from, to)).isEqualTo(RopeTest.CodePointModel.substring(model, from, to));
        }

        assertThat(rope.toString()).isEqualTo(model.toString());
        assertThat(rope.length()).isEqualTo(RopeTest.CodePointModel.length(model));
        RopeInvariants.assertValid(rope);
    }

    record RopeEdit(double where, int deleteCount, String inserted) {
    }

}
