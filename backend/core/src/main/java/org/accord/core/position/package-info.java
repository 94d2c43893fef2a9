/** Positions and consensus: how the status of a clause follows from what the members say of it. */
package org.accord.core.position;
