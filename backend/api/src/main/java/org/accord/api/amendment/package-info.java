/**
 * Amendments: proposals to change a clause, tabled on the wording they were written on,
 * co-sponsored, and decided (incorporated, rejected, withdrawn, superseded); rebased when the
 * clause changes elsewhere, flagged for revision when it changes where they apply.
 */
package org.accord.api.amendment;
