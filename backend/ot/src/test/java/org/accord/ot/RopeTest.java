package org.accord.ot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Random;

import org.junit.jupiter.api.Test;

class RopeTest {

    @Test
    void editsByCodePoint() {
        Rope rope = Rope.of("a😀b𝄞c");

        assertThat(rope.length()).isEqualTo(5);
        assertThat(rope.insert(2, "é").toString()).isEqualTo("a😀éb𝄞c");
        assertThat(rope.delete(1, 3).toString()).isEqualTo("ac");
        assertThat(rope.substring(1, 4)).isEqualTo("😀b𝄞");
        assertThat(rope.toString()).as("ropes are immutable").isEqualTo("a😀b𝄞c");
    }

    @Test
    void emptyRope() {
        assertThat(Rope.of("")).isEqualTo(Rope.empty());
        assertThat(Rope.empty().length()).isZero();
        assertThat(Rope.empty().insert(0, "x").toString()).isEqualTo("x");
        assertThat(Rope.empty().sha256Hex()).isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    }

    @Test
    void rejectsOutOfRangeIndexes() {
        Rope rope = Rope.of("a😀b");

        assertThatThrownBy(() -> rope.insert(4, "x")).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> rope.insert(-1, "x")).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> rope.delete(2, 2)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> rope.delete(0, -1)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> rope.substring(2, 1)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> rope.substring(0, 4)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void sha256IsOfTheUtf8Text() throws Exception {
        String text = "😀é".repeat(3000);
        String expected = HexFormat.of().formatHex(
                MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));

        assertThat(Rope.of(text).sha256Hex()).isEqualTo(expected);
    }

    @Test
    void manySmallEditsOnALargeTextKeepTheTreeShallowAndChunksBounded() {
        String text = "abcdefghij😀".repeat(5_000);
        Rope rope = Rope.of(text);
        StringBuilder model = new StringBuilder(text);
        Random random = new Random(42);

        for (int i = 0; i < 10_000; i++) {
            int length = rope.length();
            int position = random.nextInt(length + 1);
            if (random.nextBoolean() && position < length) {
                int count = Math.min(1 + random.nextInt(3), length - position);
                rope = rope.delete(position, count);
                CodePointModel.delete(model, position, count);
            } else {
                String inserted = OtArbitraries.randomText(random, 1 + random.nextInt(3));
                rope = rope.insert(position, inserted);
                CodePointModel.insert(model, position, inserted);
            }
        }

        assertThat(rope.toString()).isEqualTo(model.toString());
        RopeInvariants.assertValid(rope);
    }

    @Test
    void insertingALargeTextChunksIt() {
        Rope rope = Rope.of("ab").insert(1, "😀".repeat(10_000));

        assertThat(rope.length()).isEqualTo(10_002);
        RopeInvariants.assertValid(rope);
    }

    /** The obviously correct (and slow) reference: code-point edits on a StringBuilder. */
    static final class CodePointModel {

        static void insert(StringBuilder model, int position, String text) {
            model.insert(model.offsetByCodePoints(0, position), text);
        }

        static void delete(StringBuilder model, int position, int count) {
            int start = model.offsetByCodePoints(0, position);
            model.delete(start, model.offsetByCodePoints(start, count));
        }

        static String substring(StringBuilder model, int from, int to) {
            int start = model.offsetByCodePoints(0, from);
            return model.substring(start, model.offsetByCodePoints(start, to - from));
        }

        static int length(StringBuilder model) {
            return model.codePointCount(0, model.length());
        }
    }
}
