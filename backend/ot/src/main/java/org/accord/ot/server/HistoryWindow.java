package org.accord.ot.server;

import java.util.ArrayList;
import java.util.List;

import org.accord.ot.TextOperation;

/**
 * The latest accepted operations, by the revision each produced. Old entries are dropped in bulk
 * once the list holds twice the kept number, so appending stays amortised O(1).
 */
final class HistoryWindow {

    private final int kept;
    private final List<TextOperation> operations = new ArrayList<>();
    /** The revision that {@code operations.get(0)} was applied to. */
    private int firstBase;

    HistoryWindow(int initialRevision, int kept) {
        if (initialRevision < 0) {
            throw new IllegalArgumentException("initial revision must not be negative but was " + initialRevision);
        }
        this.firstBase = initialRevision;
        this.kept = kept;
    }

    int revision() {
        return firstBase + operations.size();
    }

    int oldestBase() {
        return Math.max(firstBase, revision() - kept);
    }

    /** The operations that produced revisions {@code base + 1 .. revision()}, oldest first; a live view. */
    List<TextOperation> after(int base) {
        return operations.subList(base - firstBase, operations.size());
    }

    void append(TextOperation operation) {
        operations.add(operation);
        if (operations.size() >= 2L * kept) {
            int dropped = operations.size() - kept;
            operations.subList(0, dropped).clear();
            firstBase += dropped;
        }
    }
}
