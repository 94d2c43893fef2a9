package org.accord.ot;

import java.util.HashMap;
import java.util.Map;

import org.accord.ot.server.AuthoritativeDocument;
import org.accord.ot.server.Submission;
import org.accord.ot.server.SubmissionOutcome;

/**
 * The authoritative side of the protocol for the simulations: {@link AuthoritativeDocument} (one
 * total order of operations, an operation arriving against an older revision transformed past
 * everything accepted since, the history winning insert ties), with each client's submissions
 * numbered in the order they arrive.
 */
final class SimulatedServer {

    private final AuthoritativeDocument server;
    private final Map<Integer, Long> submissionsByClient = new HashMap<>();
    private int concurrentTransforms;

    SimulatedServer(String initialDocument) {
        this.server = new AuthoritativeDocument(Rope.of(initialDocument));
    }

    /** Accepts {@code client}'s operation made against {@code baseRevision}; returns it as appended to history. */
    TextOperation receive(int client, int baseRevision, TextOperation operation) {
        long clientSeq = submissionsByClient.merge(client, 1L, Long::sum);
        SubmissionOutcome outcome = server.submit(new Submission("client-" + client, clientSeq, baseRevision, operation));
        if (!(outcome instanceof SubmissionOutcome.Applied applied)) {
            throw new IllegalStateException("the simulation never resends nor falls behind the window: " + outcome);
        }
        concurrentTransforms += applied.concurrentOperations();
        return applied.operation();
    }

    /** How often an incoming operation had to be transformed: proof that the run was concurrent. */
    int concurrentTransforms() {
        return concurrentTransforms;
    }

    int revision() {
        return server.revision();
    }

    String document() {
        return server.document().toString();
    }
}
