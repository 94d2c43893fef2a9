package org.accord.api.shared;

/** A command the server refused; nothing was recorded. */
public class CommandRejectedException extends Refusal {

    public CommandRejectedException(RejectionReason reason, String message) {
        super(reason, message);
    }
}
