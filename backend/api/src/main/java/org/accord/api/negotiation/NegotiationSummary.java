package org.accord.api.negotiation;

import org.accord.api.procedure.DecisionRule;
import org.accord.api.shared.NegotiationId;

import java.time.Instant;
import java.util.Objects;

/**
 * One line of the negotiations list, as its viewer may see it.
 *
 * @param status        derived from what the viewer may see (adoption, open silence procedures)
 * @param shareAgreed   as {@link NegotiationView#shareAgreed()}: 0 to 1, 0 when the text is not disclosed
 * @param openSilences  the silence procedures open now, as far as they are disclosed
 * @param lastActivity  the last disclosed activity; {@code null} while nothing is disclosed to an observer
 */
public record NegotiationSummary(NegotiationId negotiationId,
                                 String title,
                                 String chairName,
                                 NegotiationStatus status,
                                 DecisionRule decisionRule,
                                 int members,
                                 int observers,
                                 int articles,
                                 double shareAgreed,
                                 int openSilences,
                                 Instant lastActivity) {

    public NegotiationSummary {
        Objects.requireNonNull(negotiationId, "negotiationId");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(decisionRule, "decisionRule");
    }
}
