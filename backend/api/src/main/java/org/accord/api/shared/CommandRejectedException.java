package org.accord.api.shared;

import java.util.Objects;

/**
 * A command the server refused; nothing was recorded. Carries a stable reason for the UI and
 * the external API, and a sentence for people.
 */
public class CommandRejectedException extends RuntimeException {

    private final RejectionReason reason;

    public CommandRejectedException(RejectionReason reason, String message) {
        super(message);
        this.reason = Objects.requireNonNull(reason);
    }

    public RejectionReason reason() {
        return reason;
    }
}
