package org.accord.tools.trace;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.accord.ot.Priority;
import org.accord.ot.TextOperation;

/**
 * The general method, for a transaction whose parents' version is not "a server revision plus its
 * author's unacknowledged transactions" (traces recorded peer to peer): context-based
 * transformation from the recorded operations.
 *
 * <p>{@code form(t, V)} is transaction t's operation transformed from the version it was made on,
 * {@code context(t)}, to a larger version V that does not hold t. Let z be the transaction of V
 * (outside t's context) that the server ordered last: nothing in V descends from z, so
 * {@code V - z} is a version, and
 * {@code form(t, V) = transform(form(z, V - z), form(t, V - z))} with the insert of whichever of t
 * and z the server ordered first going first, exactly as the server's history would break the tie.
 * {@code form(t, context(t))} is t's recorded operation. Results are memoised per (t, V); the
 * recursion along t's own chain runs as a loop.
 *
 * <p>The operations are on tombstone text ({@link TombstoneText}), where they only insert: no two
 * positions ever merge, so the forms do not depend on the path by which a version is reached.
 */
final class CausalForms {

    private final CausalGraph graph;
    private final Map<Key, TextOperation> memo = new HashMap<>();

    CausalForms(CausalGraph graph) {
        this.graph = graph;
    }

    /** Transaction {@code txn}'s operation on {@code version}, which must contain its context and not itself. */
    TextOperation form(int txn, int[] version) {
        int[] context = graph.context(txn);
        if (Arrays.equals(version, context)) {
            return graph.original(txn);
        }
        int[] current = version.clone();
        TextOperation known = memo.get(new Key(txn, current));
        if (known != null) {
            return known;
        }
        List<Integer> peeled = new ArrayList<>();
        while (known == null && !Arrays.equals(current, context)) {
            int latest = graph.latest(current, context);
            peeled.add(latest);
            current[graph.agent(latest)]--;
            known = memo.get(new Key(txn, current));
        }
        TextOperation result = known != null ? known : graph.original(txn);
        for (int i = peeled.size() - 1; i >= 0; i--) {
            int concurrent = peeled.get(i);
            result = transformPast(txn, result, concurrent, form(concurrent, current));
            current[graph.agent(concurrent)]++;
            memo.put(new Key(txn, current.clone()), result);
        }
        return result;
    }

    int memoised() {
        return memo.size();
    }

    private TextOperation transformPast(int txn, TextOperation operation, int concurrent, TextOperation concurrentForm) {
        long txnOrder = graph.order(txn);
        long concurrentOrder = graph.order(concurrent);
        if (txnOrder == concurrentOrder) {
            throw new IllegalStateException("txns[" + txn + "] and txns[" + concurrent + "] have no server order between them");
        }
        Priority first = concurrentOrder < txnOrder ? Priority.LEFT : Priority.RIGHT;
        return TextOperation.transform(concurrentForm, operation, first).bPrime();
    }

    /** A transaction and a version, compared by value. */
    private static final class Key {
        private final int txn;
        private final int[] version;
        private final int hash;

        Key(int txn, int[] version) {
            this.txn = txn;
            this.version = version;
            this.hash = 31 * txn + Arrays.hashCode(version);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key that && txn == that.txn && Arrays.equals(version, that.version);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }
}
