package org.accord.api.shared;

import java.util.Objects;

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
}
