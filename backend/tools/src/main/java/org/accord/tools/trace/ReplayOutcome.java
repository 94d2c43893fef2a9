package org.accord.tools.trace;

import java.util.Objects;

import org.accord.ot.Rope;

/**
 * The text a replay produced, how long the replay took (parsing excluded) and, for the log, how it
 * went ({@code details}: for a concurrent replay, how many transactions took which path).
 */
record ReplayOutcome(Rope text, long nanos, boolean converged, String details) {

    ReplayOutcome {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(details, "details");
    }
}
