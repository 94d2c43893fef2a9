package org.accord.ot;

import java.util.ArrayList;
import java.util.List;

/**
 * The authoritative side of the protocol, reduced to its essence: one total order of operations
 * (the history). An operation arriving against an older revision is transformed past everything
 * accepted since, with the history winning insert ties, then appended.
 */
final class SimulatedServer {

    private final List<TextOperation> history = new ArrayList<>();
    private Rope document;
    private int concurrentTransforms;

    SimulatedServer(String initialDocument) {
        this.document = Rope.of(initialDocument);
    }

    /** Accepts an operation made against {@code baseRevision}; returns it as appended to history. */
    TextOperation receive(int baseRevision, TextOperation operation) {
        TextOperation transformed = operation;
        for (TextOperation concurrent : history.subList(baseRevision, history.size())) {
            concurrentTransforms++;
            transformed = TextOperation.transform(concurrent, transformed, Priority.LEFT).bPrime();
        }
        document = transformed.apply(document);
        history.add(transformed);
        return transformed;
    }

    /** How often an incoming operation had to be transformed: proof that the run was concurrent. */
    int concurrentTransforms() {
        return concurrentTransforms;
    }

    int revision() {
        return history.size();
    }

    String document() {
        return document.toString();
    }
}
