package org.accord.tools.trace;

import java.util.List;

import org.accord.ot.Rope;

/** A single author's history: every patch, in order, as an operation applied to a rope. */
final class SequentialReplay {

    private SequentialReplay() {
    }

    static ReplayOutcome run(EditingTrace trace) {
        long start = System.nanoTime();
        Rope text = Rope.of(trace.startContent());
        List<Transaction> transactions = trace.transactions();
        for (int t = 0; t < transactions.size(); t++) {
            List<Patch> patches = transactions.get(t).patches();
            for (int p = 0; p < patches.size(); p++) {
                text = PatchOperations.of(patches.get(p), text.length(), t, p).apply(text);
            }
        }
        return new ReplayOutcome(text, System.nanoTime() - start, true, "sequential");
    }
}
