package org.accord.tools.trace;

import java.util.concurrent.atomic.AtomicReference;

/**
 * Replays a parsed trace the way its kind requires, on a thread with a deep stack: the general
 * method's recursion is as deep as the longest chain of concurrent transactions.
 */
final class Replay {

    private static final long STACK_BYTES = 1L << 30;

    private Replay() {
    }

    static ReplayOutcome run(EditingTrace trace) {
        AtomicReference<ReplayOutcome> outcome = new AtomicReference<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread worker = new Thread(null, () -> {
            try {
                outcome.set(trace.kind() == EditingTrace.Kind.SEQUENTIAL
                        ? SequentialReplay.run(trace) : ConcurrentReplay.run(trace));
            } catch (StackOverflowError tooDeep) {
                failure.set(new TraceFormatException("unsupported: the chains of concurrent transactions are too long"
                        + " for the general method's recursion", tooDeep));
            } catch (RuntimeException | Error problem) {
                failure.set(problem);
            }
        }, "replay-trace", STACK_BYTES);
        worker.start();
        try {
            worker.join();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            worker.interrupt();
            throw new IllegalStateException("interrupted while replaying", interrupted);
        }
        Throwable problem = failure.get();
        if (problem instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (problem instanceof Error error) {
            throw error;
        }
        return outcome.get();
    }
}
