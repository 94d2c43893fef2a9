package org.accord.ot;

import java.util.Objects;

/**
 * One step of a {@link TextOperation}: keep, add or remove text at the current position.
 * Lengths are in code points and always positive; canonical operations never hold two adjacent
 * components of the same kind.
 */
public sealed interface Component {

    /** Length in code points: retained, inserted or deleted. */
    int length();

    /** Keep the next {@code length} code points. */
    record Retain(int length) implements Component {
        public Retain {
            requirePositive(length, "retain");
        }
    }

    /** Remove the next {@code length} code points. */
    record Delete(int length) implements Component {
        public Delete {
            requirePositive(length, "delete");
        }
    }

    /**
     * Add {@code text} at the current position. {@code length} is cached because code-point
     * counting is linear and the algorithms ask for it constantly.
     */
    record Insert(String text, int length) implements Component {
        public Insert {
            Objects.requireNonNull(text, "text");
            if (text.isEmpty()) {
                throw new InvalidOperationException("insert text must not be empty");
            }
            CodePoints.requireInsertable(text);
            if (length != CodePoints.count(text)) {
                throw new InvalidOperationException("insert length " + length + " does not match its text");
            }
        }

        public static Insert of(String text) {
            Objects.requireNonNull(text, "text");
            return new Insert(text, CodePoints.count(text));
        }
    }

    private static void requirePositive(int length, String kind) {
        if (length <= 0) {
            throw new InvalidOperationException(kind + " count must be positive but was " + length);
        }
    }
}
