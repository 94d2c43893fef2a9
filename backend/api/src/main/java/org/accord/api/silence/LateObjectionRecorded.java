package org.accord.api.silence;

import org.accord.api.shared.Actor;
import org.accord.api.shared.DelegationCode;
import org.accord.api.shared.NegotiationId;
import org.axonframework.serialization.Revision;

import java.time.Instant;

/** An objection or amendment came after silence expired: it is on record, but silence held. */
@Revision("1")
public record LateObjectionRecorded(NegotiationId negotiationId, SilenceId silenceId, DelegationCode delegation,
                                    String act, Instant recordedAt, Actor by) {
}
