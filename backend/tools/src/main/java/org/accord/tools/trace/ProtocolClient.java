package org.accord.tools.trace;

import java.util.Objects;

import org.accord.ot.Priority;
import org.accord.ot.Rope;
import org.accord.ot.TextOperation;
import org.accord.ot.Transformed;
import org.accord.ot.server.Submission;

/**
 * A co-editing client as the browser runs it (Jupiter, ot.js): at most one batch in flight to the
 * server, local edits made meanwhile composed into a buffer that is sent when the in-flight batch
 * is acknowledged, and every operation from the server transformed past the in-flight and buffered
 * batches before it is applied here. The server's operation wins insert ties
 * ({@link Priority#RIGHT} from this side), as the server's history does.
 */
final class ProtocolClient {

    /** A batch to send: the submission and how many local edits it carries. */
    record Outgoing(Submission submission, int edits) {
    }

    private sealed interface State {
    }

    private record Synchronized() implements State {
    }

    private record AwaitingAck(TextOperation inFlight, int inFlightEdits) implements State {
    }

    private record AwaitingAckWithBuffer(TextOperation inFlight, int inFlightEdits, TextOperation buffer, int bufferEdits)
            implements State {
    }

    private static final State SYNCHRONIZED = new Synchronized();

    private final String clientId;
    private State state = SYNCHRONIZED;
    private Rope document;
    private int revision;
    private long lastSeq;

    ProtocolClient(String clientId, Rope document, int revision) {
        this.clientId = Objects.requireNonNull(clientId, "clientId");
        this.document = Objects.requireNonNull(document, "document");
        this.revision = revision;
    }

    /** Applies a local edit; returns the batch to send now, or {@code null} if it waits in the buffer. */
    Outgoing edit(TextOperation operation) {
        document = operation.apply(document);
        if (state instanceof Synchronized) {
            return send(operation, 1);
        }
        if (state instanceof AwaitingAck awaiting) {
            state = new AwaitingAckWithBuffer(awaiting.inFlight(), awaiting.inFlightEdits(), operation, 1);
        } else {
            AwaitingAckWithBuffer awaiting = (AwaitingAckWithBuffer) state;
            state = new AwaitingAckWithBuffer(awaiting.inFlight(), awaiting.inFlightEdits(),
                    TextOperation.compose(awaiting.buffer(), operation), awaiting.bufferEdits() + 1);
        }
        return null;
    }

    /**
     * The server applied the in-flight batch as {@code newRevision}; returns the buffer to send
     * now, or {@code null}.
     */
    Outgoing acknowledged(int newRevision) {
        if (state instanceof Synchronized) {
            throw new IllegalStateException(clientId + ": acknowledgement of revision " + newRevision + " with nothing in flight");
        }
        advanceTo(newRevision);
        if (state instanceof AwaitingAckWithBuffer awaiting) {
            return send(awaiting.buffer(), awaiting.bufferEdits());
        }
        state = SYNCHRONIZED;
        return null;
    }

    /**
     * Another client's operation, as the server applied it to produce {@code newRevision}; returns
     * it as applied here, past the local edits the server has not seen yet.
     */
    TextOperation receive(int newRevision, TextOperation operation) {
        advanceTo(newRevision);
        TextOperation applied;
        if (state instanceof Synchronized) {
            applied = operation;
        } else if (state instanceof AwaitingAck awaiting) {
            Transformed pastInFlight = TextOperation.transform(awaiting.inFlight(), operation, Priority.RIGHT);
            applied = pastInFlight.bPrime();
            state = new AwaitingAck(pastInFlight.aPrime(), awaiting.inFlightEdits());
        } else {
            AwaitingAckWithBuffer awaiting = (AwaitingAckWithBuffer) state;
            Transformed pastInFlight = TextOperation.transform(awaiting.inFlight(), operation, Priority.RIGHT);
            Transformed pastBuffer = TextOperation.transform(awaiting.buffer(), pastInFlight.bPrime(), Priority.RIGHT);
            applied = pastBuffer.bPrime();
            state = new AwaitingAckWithBuffer(pastInFlight.aPrime(), awaiting.inFlightEdits(),
                    pastBuffer.aPrime(), awaiting.bufferEdits());
        }
        document = applied.apply(document);
        return applied;
    }

    boolean isSynchronized() {
        return state instanceof Synchronized;
    }

    Rope document() {
        return document;
    }

    int revision() {
        return revision;
    }

    private Outgoing send(TextOperation operation, int edits) {
        state = new AwaitingAck(operation, edits);
        return new Outgoing(new Submission(clientId, ++lastSeq, revision, operation), edits);
    }

    private void advanceTo(int newRevision) {
        if (newRevision != revision + 1) {
            throw new IllegalStateException(clientId + " at revision " + revision + " received revision " + newRevision);
        }
        revision = newRevision;
    }
}
