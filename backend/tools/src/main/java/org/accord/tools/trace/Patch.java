package org.accord.tools.trace;

import java.util.Objects;

/**
 * One splice of a transaction: at {@code position} remove {@code deleteCount} code points and
 * insert {@code inserted} ({@code insertedLength} code points), like
 * {@code Array.splice(position, deleteCount, ...inserted)} on an array of code points.
 */
record Patch(int position, int deleteCount, String inserted, int insertedLength) {

    Patch {
        Objects.requireNonNull(inserted, "inserted");
        if (position < 0 || deleteCount < 0) {
            throw new IllegalArgumentException("position and delete count must not be negative");
        }
    }

    static Patch of(int position, int deleteCount, String inserted) {
        return new Patch(position, deleteCount, inserted, inserted.codePointCount(0, inserted.length()));
    }
}
