package org.accord.core.negotiation;

import org.accord.api.silence.SilenceId;

/** The deadline payload that closes a silence procedure at its expiry. */
record SilenceExpiry(SilenceId silenceId) {

    static final String DEADLINE = "silence-expiry";
}
