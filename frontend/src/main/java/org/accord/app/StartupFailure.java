package org.accord.app;

/** A reason not to start, told to the user in one line. */
final class StartupFailure extends RuntimeException {

    StartupFailure(String reason) {
        super(reason);
    }
}
