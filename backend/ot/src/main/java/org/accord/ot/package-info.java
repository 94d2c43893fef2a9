/**
 * Operational transformation (OT) for plain text, shared by the collaborative clause editor's
 * server and (re-implemented in TypeScript) its browser client. A {@link org.accord.ot.TextOperation}
 * is a canonical sequence of retain/insert/delete components counted in Unicode code points, so
 * that Java (UTF-16), TypeScript (UTF-16) and stored JSON agree on every position even for emoji;
 * {@code compose}, {@code transform} (with an explicit {@link org.accord.ot.Priority} tie-break),
 * {@code invert} and position mapping are the algebra a server-centric protocol (one authoritative
 * order per clause, as in Jupiter, Easysync and ot.js) needs, and {@link org.accord.ot.Rope} lets
 * the server apply long edit histories without copying the whole text per keystroke. The package
 * deliberately depends on nothing but the JDK so that it can be tested exhaustively and reused
 * outside the Spring/Axon application.
 */
package org.accord.ot;
