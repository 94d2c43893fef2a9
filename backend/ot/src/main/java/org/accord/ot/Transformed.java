package org.accord.ot;

import java.util.Objects;

/**
 * The result of {@link TextOperation#transform(TextOperation, TextOperation, Priority)}: for
 * concurrent {@code a} and {@code b} on the same document, {@code aPrime} applies after {@code b}
 * and {@code bPrime} applies after {@code a}, and both paths lead to the same document.
 */
public record Transformed(TextOperation aPrime, TextOperation bPrime) {

    public Transformed {
        Objects.requireNonNull(aPrime, "aPrime");
        Objects.requireNonNull(bPrime, "bPrime");
    }
}
