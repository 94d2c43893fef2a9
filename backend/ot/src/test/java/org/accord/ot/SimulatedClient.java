package org.accord.ot;

import java.util.function.BiConsumer;

/**
 * The classic OT client state machine (Jupiter / ot.js): at most one operation in flight, later
 * local edits composed into a buffer, and every operation from the server transformed past the
 * in-flight and buffered ones before it is applied locally. The server's operation wins ties
 * ({@link Priority#RIGHT} from the client's side), mirroring {@link SimulatedServer}.
 */
final class SimulatedClient {

    private sealed interface State {
    }

    private record Synchronized() implements State {
    }

    private record AwaitingAck(TextOperation inFlight) implements State {
    }

    private record AwaitingAckWithBuffer(TextOperation inFlight, TextOperation buffer) implements State {
    }

    private final BiConsumer<Integer, TextOperation> send;
    private State state = new Synchronized();
    private String document;
    private int revision;

    /** {@code send} receives (base revision, operation) for the uplink. */
    SimulatedClient(String initialDocument, BiConsumer<Integer, TextOperation> send) {
        this.document = initialDocument;
        this.send = send;
    }

    void editLocally(TextOperation operation) {
        document = operation.apply(document);
        if (state instanceof Synchronized) {
            send.accept(revision, operation);
            state = new AwaitingAck(operation);
        } else if (state instanceof AwaitingAck awaiting) {
            state = new AwaitingAckWithBuffer(awaiting.inFlight(), operation);
        } else {
            AwaitingAckWithBuffer awaiting = (AwaitingAckWithBuffer) state;
            state = new AwaitingAckWithBuffer(awaiting.inFlight(), TextOperation.compose(awaiting.buffer(), operation));
        }
    }

    void receiveAck() {
        revision++;
        if (state instanceof AwaitingAck) {
            state = new Synchronized();
        } else if (state instanceof AwaitingAckWithBuffer awaiting) {
            send.accept(revision, awaiting.buffer());
            state = new AwaitingAck(awaiting.buffer());
        } else {
            throw new IllegalStateException("acknowledgement while synchronized");
        }
    }

    void receiveRemote(TextOperation operation) {
        revision++;
        if (state instanceof Synchronized) {
            document = operation.apply(document);
        } else if (state instanceof AwaitingAck awaiting) {
            Transformed pair = TextOperation.transform(awaiting.inFlight(), operation, Priority.RIGHT);
            document = pair.bPrime().apply(document);
            state = new AwaitingAck(pair.aPrime());
        } else {
            AwaitingAckWithBuffer awaiting = (AwaitingAckWithBuffer) state;
            Transformed pastInFlight = TextOperation.transform(awaiting.inFlight(), operation, Priority.RIGHT);
            Transformed pastBuffer = TextOperation.transform(awaiting.buffer(), pastInFlight.bPrime(), Priority.RIGHT);
            document = pastBuffer.bPrime().apply(document);
            state = new AwaitingAckWithBuffer(pastInFlight.aPrime(), pastBuffer.aPrime());
        }
    }

    boolean isSynchronized() {
        return state instanceof Synchronized;
    }

    String document() {
        return document;
    }

    int revision() {
        return revision;
    }
}
