package org.accord.tools.trace;

/**
 * The input is not a replayable editing trace: unreadable, malformed JSON, a field of the wrong
 * type, a parent that is not an earlier transaction, a patch outside the text it applies to, or a
 * shape the replay does not support. The message is one line that names where the problem is.
 */
final class TraceFormatException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    TraceFormatException(String message) {
        super(message);
    }

    TraceFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
