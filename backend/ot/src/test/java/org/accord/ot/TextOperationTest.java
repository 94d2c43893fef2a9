package org.accord.ot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TextOperationTest {

    @Test
    void builderProducesCanonicalComponents() {
        TextOperation operation = TextOperation.builder()
                .retain(0).retain(2).retain(1).insert("").insert("ab").insert("c").delete(0).delete(1).delete(1).build();

        assertThat(operation.toJson()).isEqualTo("[3,\"abc\",-2]");
    }

    @Test
    void insertIsOrderedBeforeAnAdjacentDelete() {
        TextOperation deleteThenInsert = TextOperation.builder().retain(1).delete(2).insert("x").build();
        TextOperation insertThenDelete = TextOperation.builder().retain(1).insert("x").delete(2).build();
        TextOperation split = TextOperation.builder().retain(1).insert("x").delete(1).insert("y").delete(1).build();

        assertThat(deleteThenInsert).isEqualTo(insertThenDelete).hasSameHashCodeAs(insertThenDelete);
        assertThat(split.toJson()).isEqualTo("[1,\"xy\",-2]");
    }

    @Test
    void lengthsCountCodePointsNotChars() {
        TextOperation operation = TextOperation.builder().retain(1).insert("😀𝄞").delete(1).build();

        assertThat(operation.baseLength()).isEqualTo(2);
        assertThat(operation.targetLength()).isEqualTo(3);
        assertThat(operation.apply("😀é")).isEqualTo("😀😀𝄞");
    }

    @Test
    void appliesToStringAndRopeAlike() {
        TextOperation operation = TextOperation.fromJson("[2,\"XY\",-1,1]");

        assertThat(operation.apply("abcd")).isEqualTo("abXYd");
        assertThat(operation.apply(Rope.of("abcd")).toString()).isEqualTo("abXYd");
    }

    @Test
    void noopIsOnlyRetainOrEmpty() {
        assertThat(TextOperation.builder().build().isNoop()).isTrue();
        assertThat(TextOperation.identity(5).isNoop()).isTrue();
        assertThat(TextOperation.builder().retain(1).delete(1).build().isNoop()).isFalse();
        assertThat(TextOperation.builder().insert("a").build().isNoop()).isFalse();
    }

    @Test
    void rejectsApplyingToADocumentOfTheWrongLength() {
        TextOperation operation = TextOperation.identity(3);

        assertThatThrownBy(() -> operation.apply("😀😀"))
                .isInstanceOf(InvalidOperationException.class)
                .hasMessageContaining("expects a document of 3 code points but the document has 2");
        assertThatThrownBy(() -> operation.apply(Rope.of("abcd")))
                .isInstanceOf(InvalidOperationException.class)
                .hasMessageContaining("has 4");
    }

    @Test
    void rejectsComposingMismatchedOperations() {
        assertThatThrownBy(() -> TextOperation.compose(TextOperation.identity(2), TextOperation.identity(3)))
                .isInstanceOf(InvalidOperationException.class)
                .hasMessageContaining("produces 2 code points but second operation expects 3");
    }

    @Test
    void rejectsTransformingOperationsOnDifferentDocuments() {
        assertThatThrownBy(() -> TextOperation.transform(TextOperation.identity(2), TextOperation.identity(3), Priority.LEFT))
                .isInstanceOf(InvalidOperationException.class)
                .hasMessageContaining("different lengths");
    }

    @Test
    void rejectsInvertingAgainstTheWrongDocument() {
        TextOperation operation = TextOperation.builder().delete(2).build();

        assertThatThrownBy(() -> TextOperation.invert(operation, "abc")).isInstanceOf(InvalidOperationException.class);
        assertThatThrownBy(() -> TextOperation.invert(operation, Rope.of("a"))).isInstanceOf(InvalidOperationException.class);
    }

    @Test
    void rejectsNegativeCountsAndInvalidInsertText() {
        assertThatThrownBy(() -> TextOperation.builder().retain(-1)).isInstanceOf(InvalidOperationException.class);
        assertThatThrownBy(() -> TextOperation.builder().delete(-1)).isInstanceOf(InvalidOperationException.class);
        assertThatThrownBy(() -> TextOperation.builder().insert("a\uD83D")).isInstanceOf(InvalidOperationException.class)
                .hasMessageContaining("lone surrogate");
        assertThatThrownBy(() -> TextOperation.builder().insert("\uDE00b")).isInstanceOf(InvalidOperationException.class);
        assertThatThrownBy(() -> TextOperation.builder().insert("a\0")).isInstanceOf(InvalidOperationException.class)
                .hasMessageContaining("NUL");
        assertThatThrownBy(() -> TextOperation.builder().insert(null)).isInstanceOf(InvalidOperationException.class);
    }

    @Test
    void rejectsOperationsLongerThanAnInt() {
        TextOperationBuilder builder = TextOperation.builder().retain(Integer.MAX_VALUE).delete(1);

        assertThatThrownBy(builder::build).isInstanceOf(InvalidOperationException.class);
        assertThatThrownBy(() -> TextOperation.builder().retain(Integer.MAX_VALUE).retain(1))
                .isInstanceOf(InvalidOperationException.class);
    }

    @Test
    void transformBreaksInsertTiesByPriority() {
        TextOperation a = TextOperation.builder().retain(1).insert("A").retain(1).build();
        TextOperation b = TextOperation.builder().retain(1).insert("B").retain(1).build();

        Transformed leftWins = TextOperation.transform(a, b, Priority.LEFT);
        Transformed rightWins = TextOperation.transform(a, b, Priority.RIGHT);

        assertThat(leftWins.bPrime().apply(a.apply("xy"))).isEqualTo("xABy");
        assertThat(rightWins.bPrime().apply(a.apply("xy"))).isEqualTo("xBAy");
    }

    @Test
    void composeCancelsAnInsertThatIsDeletedLater() {
        TextOperation insert = TextOperation.builder().retain(1).insert("😀").retain(1).build();
        TextOperation delete = TextOperation.builder().retain(1).delete(1).retain(1).build();

        assertThat(TextOperation.compose(insert, delete)).isEqualTo(TextOperation.identity(2));
    }

    @Test
    void positionStaysBeforeOrMovesAfterAnInsertAtTheCaret() {
        TextOperation insert = TextOperation.builder().retain(2).insert("😀😀").build();

        assertThat(TextOperation.transformPosition(2, insert, true)).isEqualTo(2);
        assertThat(TextOperation.transformPosition(2, insert, false)).isEqualTo(4);
        assertThatThrownBy(() -> TextOperation.transformPosition(3, insert, false))
                .isInstanceOf(InvalidOperationException.class);
    }

    @Test
    void selectionMapsBothEnds() {
        TextOperation operation = TextOperation.builder().insert("😀").retain(1).delete(2).retain(2).build();

        assertThat(new Selection(1, 5).transform(operation, false)).isEqualTo(new Selection(2, 4));
        assertThat(Selection.caret(2).transform(operation, false)).isEqualTo(Selection.caret(2));
        assertThat(Selection.caret(0).transform(operation, true).isCollapsed()).isTrue();
        assertThat(Selection.caret(0).transform(operation, true)).isEqualTo(Selection.caret(0));
    }

    @Test
    void toStringIsTheJsonForm() {
        assertThat(TextOperation.fromJson("[1,-1,\"a\"]")).hasToString("[1,\"a\",-1]");
    }
}
