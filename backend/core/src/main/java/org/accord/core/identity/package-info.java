/**
 * Identity: accounts, password hashing and the signed-in {@link org.accord.core.identity.AccordPrincipal}
 * from which every command's actor is taken. Accreditation of delegations is negotiation
 * history (events); accounts are not, because credentials must not live in an immutable log.
 */
package org.accord.core.identity;
