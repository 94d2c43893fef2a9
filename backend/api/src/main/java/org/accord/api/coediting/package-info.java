/**
 * Real-time co-editing of a clause's wording: keystroke batches as operational-transformation
 * operations, transformed and ordered by the server (docs/co-editing.md).
 */
package org.accord.api.coediting;
