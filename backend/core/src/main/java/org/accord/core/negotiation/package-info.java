/**
 * Negotiation: a charter negotiation, its participants and the articles of its draft. The
 * {@code Negotiation} aggregate decides; {@code NegotiationProjection} keeps the read model
 * that the UI subscribes to.
 */
package org.accord.core.negotiation;
