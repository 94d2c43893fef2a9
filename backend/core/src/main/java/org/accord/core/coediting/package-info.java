/**
 * The server side of co-editing that is not the aggregate's: the log of every clause's
 * revisions with keyframes ({@code clause_edit_log}), what a co-editing client loads from it,
 * and the live feed of new revisions to co-editing sessions (docs/co-editing.md §5).
 */
package org.accord.core.coediting;
