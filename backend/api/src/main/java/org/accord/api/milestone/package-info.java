/** Milestones: the numbered texts the chair issues, each freezing the wording of every clause. */
package org.accord.api.milestone;
