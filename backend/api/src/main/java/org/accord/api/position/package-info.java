/** Positions: what each member delegation says of each clause, and the status derived from them. */
package org.accord.api.position;
