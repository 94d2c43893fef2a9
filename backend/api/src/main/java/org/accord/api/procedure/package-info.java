/** Procedure: the rules a negotiation runs by (decision rule, confidentiality, languages, silence). */
package org.accord.api.procedure;
