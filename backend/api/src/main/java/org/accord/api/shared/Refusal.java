package org.accord.api.shared;

import java.util.Objects;
import java.util.Optional;

/**
 * Something the server refused, nothing having been recorded: a stable reason for the UI and
 * the external API, and a sentence for people. Commands fail with {@link CommandRejectedException},
 * queries with {@link QueryRefusedException}.
 */
public abstract class Refusal extends RuntimeException {

    private final RejectionReason reason;

    protected Refusal(RejectionReason reason, String message) {
        super(message);
        this.reason = Objects.requireNonNull(reason);
    }

    public RejectionReason reason() {
        return reason;
    }

    /** The refusal a failure carries, however the buses and futures wrapped it; empty for any other failure. */
    public static Optional<Refusal> in(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof Refusal refusal) {
                return Optional.of(refusal);
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return Optional.empty();
    }
}
