package org.accord.ot;

import java.util.List;
import java.util.Random;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Generators shared by the property tests. The alphabet deliberately mixes ASCII with characters
 * that break UTF-16 indexing (astral emoji and musical symbols, a skin-tone modifier) and
 * combining marks, so any code-unit/code-point confusion shows up as a failure.
 */
final class OtArbitraries {

    /** Single code points; never contains {@link #MARKER}. */
    static final List<String> ALPHABET = List.of(
            "a", "b", "c", " ", "\n", "é", "\u0301", "中", "😀", "𝄞", "👍", "\uD83C\uDFFD", "\u200D", "\"", "\\");

    /** A private-use code point the generators never produce, used to track positions. */
    static final String MARKER = "\uE000";

    private OtArbitraries() {
    }

    static Arbitrary<String> documents() {
        return text(0, 40);
    }

    static Arbitrary<String> text(int minCodePoints, int maxCodePoints) {
        return Arbitraries.of(ALPHABET).list().ofMinSize(minCodePoints).ofMaxSize(maxCodePoints)
                .map(codePoints -> String.join("", codePoints));
    }

    /** A recipe for an operation that fits any document length; see {@link EditStep#toOperation}. */
    static Arbitrary<List<EditStep>> edits() {
        Arbitrary<EditStep> step = Combinators.combine(
                Arbitraries.of(EditStep.Kind.class), Arbitraries.integers().between(1, 8), text(1, 4))
                .as(EditStep::new);
        return step.list().ofMaxSize(8);
    }

    /** An operation on a document of {@code length} code points, for the seeded simulations. */
    static TextOperation randomOperation(Random random, int length) {
        TextOperationBuilder builder = TextOperation.builder();
        int remaining = length;
        int steps = random.nextInt(4);
        for (int i = 0; i < steps; i++) {
            int count = 1 + random.nextInt(5);
            switch (random.nextInt(3)) {
                case 0 -> {
                    int retained = Math.min(count, remaining);
                    builder.retain(retained);
                    remaining -= retained;
                }
                case 1 -> {
                    int deleted = Math.min(count, remaining);
                    builder.delete(deleted);
                    remaining -= deleted;
                }
                default -> builder.insert(randomText(random, count));
            }
        }
        return builder.retain(remaining).build();
    }

    static String randomText(Random random, int codePoints) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < codePoints; i++) {
            text.append(ALPHABET.get(random.nextInt(ALPHABET.size())));
        }
        return text.toString();
    }

    /** One step of an operation recipe; counts are clipped to what is left of the document. */
    record EditStep(Kind kind, int count, String text) {

        enum Kind { RETAIN, DELETE, INSERT }

        static TextOperation toOperation(String document, List<EditStep> steps) {
            TextOperationBuilder builder = TextOperation.builder();
            int remaining = document.codePointCount(0, document.length());
            for (EditStep step : steps) {
                int clipped = Math.min(step.count(), remaining);
                switch (step.kind()) {
                    case RETAIN -> builder.retain(clipped);
                    case DELETE -> builder.delete(clipped);
                    case INSERT -> builder.insert(step.text());
                }
                if (step.kind() != Kind.INSERT) {
                    remaining -= clipped;
                }
            }
            return builder.retain(remaining).build();
        }
    }
}
