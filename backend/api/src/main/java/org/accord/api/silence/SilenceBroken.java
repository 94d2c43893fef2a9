package org.accord.api.silence;

import org.accord.api.shared.Actor;
import org.accord.api.shared.DelegationCode;
import org.accord.api.shared.NegotiationId;
import org.axonframework.serialization.Revision;

import java.time.Instant;

/** A member broke silence before expiry, by {@code act} (an objection or an amendment): the text is not adopted. */
@Revision("1")
public record SilenceBroken(NegotiationId negotiationId, SilenceId silenceId, DelegationCode delegation, String act,
                            Instant brokenAt, Actor by) {
}
