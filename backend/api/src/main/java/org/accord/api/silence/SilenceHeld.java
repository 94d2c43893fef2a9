package org.accord.api.silence;

import org.accord.api.milestone.FrozenClause;
import org.accord.api.shared.NegotiationId;
import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.List;

/**
 * Nobody broke silence before expiry: the clauses, at the wording frozen here, are agreed by
 * silence. (For the whole charter, {@code CharterAdopted} follows with {@code bySilence}.)
 */
@Revision("1")
public record SilenceHeld(NegotiationId negotiationId, SilenceId silenceId, List<FrozenClause> clauses,
                          Instant expiredAt) {

    public SilenceHeld {
        clauses = List.copyOf(clauses);
    }
}
