/**
 * Word-level diffs of wordings ({@link org.accord.ot.diff.WordDiff}): an amendment's change shown
 * as track changes, and the wording of a clause at two points of the history. Pure Java, shared by
 * the server (history comparison) and the UI (the workspace's track changes).
 */
package org.accord.ot.diff;
