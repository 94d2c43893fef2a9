/**
 * The chair console: the secretariat runs a negotiation from one screen — rules of procedure,
 * accreditation, rounds, issued texts, the silence procedure with its live countdown, adoption and
 * the authentications that follow, and every delegation's positions at a glance. The controls are
 * those the server's capabilities grant; everything else is refused by the server anyway.
 */
package org.accord.ui.chair;
