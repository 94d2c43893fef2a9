/** Drafting: the wording of clauses, revision by revision, each with its hash. */
package org.accord.api.drafting;
