package org.accord.core.negotiation;

import java.util.Optional;

/**
 * A range {@code [from, to)} of a clause's wording in code points, and how it moves when the
 * wording is edited elsewhere. An empty range is an insertion point; text inserted exactly at
 * its start goes before it.
 */
record TextRange(int from, int to) {

    /**
     * Where this range lies after code points {@code [editFrom, editTo)} were replaced by
     * {@code insertedLength} code points; empty when the edit touched the inside of the range
     * (the text the amendment was about no longer exists as written).
     */
    Optional<TextRange> rebase(int editFrom, int editTo, int insertedLength) {
        if (editTo <= from) {
            int shift = insertedLength - (editTo - editFrom);
            return Optional.of(new TextRange(from + shift, to + shift));
        }
        if (editFrom >= to) {
            return Optional.of(this);
        }
        return Optional.empty();
    }
}
