package org.accord.api.coediting;

import org.accord.api.shared.DelegationCode;

/**
 * {@code length} code points of a clause's wording written by {@code author}: a delegation
 * code, or {@link #CHAIR} for the secretariat.
 */
public record AuthorshipRun(int length, String author) {

    public static final String CHAIR = "CHAIR";

    /** How runs name the author who belongs to {@code delegation}: its code, or {@link #CHAIR} for none. */
    public static String authorOf(DelegationCode delegation) {
        return delegation == null ? CHAIR : delegation.value();
    }

    public AuthorshipRun {
        if (length < 1) {
            throw new IllegalArgumentException("A run covers at least one character, got " + length);
        }
        if (author == null || author.isBlank()) {
            throw new IllegalArgumentException("A run names its author");
        }
    }
}
