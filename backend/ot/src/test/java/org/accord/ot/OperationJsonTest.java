package org.accord.ot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OperationJsonTest {

    @Test
    void readsTheOtJsForm() {
        TextOperation operation = TextOperation.fromJson(" [ 3 , \"abc\" , -2 , 5 ] ");

        assertThat(operation).isEqualTo(TextOperation.builder().retain(3).insert("abc").delete(2).retain(5).build());
        assertThat(operation.toJson()).isEqualTo("[3,\"abc\",-2,5]");
    }

    @Test
    void readsEscapesAndSurrogatePairs() {
        TextOperation operation = TextOperation.fromJson("[\"\\\"\\\\\\/\\b\\f\\n\\r\\t\\u00e9\\ud83d\\ude00😀\"]");

        assertThat(operation.components()).containsExactly(Component.Insert.of("\"\\/\b\f\n\r\té😀😀"));
    }

    @Test
    void writesOnlyTheEscapesJsonNeeds() {
        TextOperation operation = TextOperation.builder().insert("\"\\\n\t\u0001é😀/").build();

        assertThat(operation.toJson()).isEqualTo("[\"\\\"\\\\\\n\\t\\u0001é😀/\"]");
        assertThat(TextOperation.fromJson(operation.toJson())).isEqualTo(operation);
    }

    @Test
    void emptyArrayIsTheEmptyOperation() {
        assertThat(TextOperation.fromJson("[]")).isEqualTo(TextOperation.builder().build());
        assertThat(TextOperation.builder().build().toJson()).isEqualTo("[]");
    }

    @Test
    void normalisesNonCanonicalInput() {
        assertThat(TextOperation.fromJson("[1,2,-1,\"a\",\"b\"]").toJson()).isEqualTo("[3,\"ab\",-1]");
    }

    @Test
    void acceptsTheLargestCounts() {
        assertThat(TextOperation.fromJson("[2147483647]").baseLength()).isEqualTo(Integer.MAX_VALUE);
        assertThat(TextOperation.fromJson("[-2147483647]").baseLength()).isEqualTo(Integer.MAX_VALUE);
    }

    @ParameterizedTest(name = "rejects {0}")
    @ValueSource(strings = {
            "", "   ", "[", "]", "[1", "[1,]", "[,1]", "[1 2]", "{}", "1", "\"a\"", "[1]x", "[1][2]",
            "[true]", "[null]", "[[1]]", "[{}]", "['a']",
            "[0]", "[-0]", "[00]", "[01]", "[+1]", "[-]", "[1.5]", "[1.0]", "[1e3]", "[1E3]", "[-2.5]",
            "[2147483648]", "[-2147483648]", "[99999999999999999999]", "[2147483647,1]",
            "[\"\"]", "[\"abc]", "[\"\\x\"]", "[\"\\u12\"]", "[\"\\u12G4\"]", "[\"a\nb\"]",
            "[\"\\ud83d\"]", "[\"\\ude00\"]", "[\"a\\ud83dx\"]", "[\"\\u0000\"]", "[\"\u0000\"]"})
    void rejectsMalformedOrInvalidJson(String json) {
        assertThatThrownBy(() -> TextOperation.fromJson(json))
                .isInstanceOf(InvalidOperationException.class)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("invalid operation JSON at offset");
    }

    @Test
    void rejectsNull() {
        assertThatThrownBy(() -> TextOperation.fromJson(null)).isInstanceOf(InvalidOperationException.class);
    }

    @Test
    void rejectionMessagesSayWhatIsWrong() {
        assertThatThrownBy(() -> TextOperation.fromJson("[0]")).hasMessageContaining("zero");
        assertThatThrownBy(() -> TextOperation.fromJson("[1.5]")).hasMessageContaining("integer");
        assertThatThrownBy(() -> TextOperation.fromJson("[2147483648]")).hasMessageContaining("out of range");
        assertThatThrownBy(() -> TextOperation.fromJson("[\"\"]")).hasMessageContaining("empty");
        assertThatThrownBy(() -> TextOperation.fromJson("[\"\\ud83d\"]")).hasMessageContaining("lone surrogate");
        assertThatThrownBy(() -> TextOperation.fromJson("[\"\\u0000\"]")).hasMessageContaining("NUL");
        assertThatThrownBy(() -> TextOperation.fromJson("[1")).hasMessageContaining("end of input");
    }

    @Test
    void rejectsALoneSurrogateInTheRawInput() {
        assertThatThrownBy(() -> TextOperation.fromJson("[\"a\uD83D\"]")).hasMessageContaining("lone surrogate");
    }
}
