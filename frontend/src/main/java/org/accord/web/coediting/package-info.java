/**
 * The co-editing transport: a WebSocket endpoint at {@code /coediting}, authenticated by the
 * UI's HTTP session, that speaks the wire protocol of docs/co-editing.md §5 and relays batches
 * to the aggregate and revisions back to every editor of a clause.
 */
package org.accord.web.coediting;
