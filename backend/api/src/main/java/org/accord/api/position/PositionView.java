package org.accord.api.position;

import org.accord.api.shared.DelegationCode;

import java.time.Instant;

/**
 * A member delegation's latest position on a clause.
 *
 * @param revision the revision of the wording it was given on
 * @param current  whether that is still the clause's current revision; a stale position no longer counts
 */
public record PositionView(DelegationCode delegation, PositionKind kind, String statement, long revision,
                           boolean current, String declaredBy, Instant declaredAt) {
}
