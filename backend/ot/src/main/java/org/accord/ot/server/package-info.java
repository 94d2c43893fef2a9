/**
 * The server side of the co-editing protocol, free of any framework: one
 * {@link org.accord.ot.server.AuthoritativeDocument} per edited text holds the text, its revision
 * and a window of the operations that produced the latest revisions. A client submits an operation
 * made against a revision it knows; the server transforms it past everything accepted since (the
 * operation already in the history wins insert ties), applies it and acknowledges it, answers a
 * repeated submission with the same acknowledgement without applying it again, and asks a client
 * whose base revision has left the window to resynchronise. The Axon aggregate that will own a
 * clause's co-editing session is meant to delegate to this class; the trace replay tool already
 * does.
 */
package org.accord.ot.server;
