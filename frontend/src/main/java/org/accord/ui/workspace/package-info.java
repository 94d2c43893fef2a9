/**
 * The charter workspace, the product's main screen: the outline of the charter's numbered units
 * with their status, and the selected clause in detail — its wording (co-edited by those who may
 * edit), its amendments as track changes, who stands where on it, and its comment thread — all live.
 */
package org.accord.ui.workspace;
