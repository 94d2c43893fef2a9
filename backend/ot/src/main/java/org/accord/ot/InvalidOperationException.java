package org.accord.ot;

/**
 * Thrown when an operation is malformed (bad JSON, zero or negative counts, invalid insert text)
 * or does not fit the document or operation it is combined with. It is an
 * {@link IllegalArgumentException} because in every case the caller passed a bad argument; the
 * server maps it to a rejected edit rather than an internal error.
 */
public final class InvalidOperationException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public InvalidOperationException(String message) {
        super(message);
    }
}
