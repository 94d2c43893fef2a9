package org.accord.api.amendment;

import org.accord.api.negotiation.NegotiationCommands;
import org.accord.api.shared.NegotiationId;
import org.accord.api.shared.Text;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.Objects;

/** The proposer rewrites an open amendment on the clause's current revision (e.g. after it needed revision). */
public record ReviseAmendment(@TargetAggregateIdentifier NegotiationId negotiationId,
                              AmendmentId amendmentId,
                              long baseRevision,
                              AmendmentKind kind,
                              int from,
                              int to,
                              String text,
                              String justification) {

    public ReviseAmendment {
        Objects.requireNonNull(negotiationId, "negotiationId");
        Objects.requireNonNull(amendmentId, "amendmentId");
        Objects.requireNonNull(kind, "kind");
        if (kind == AmendmentKind.NEW_CLAUSE) {
            throw new IllegalArgumentException("A new clause is revised by tabling it again");
        }
        text = Text.requireText(text == null ? "" : text, "Amendment text", NegotiationCommands.MAX_ARTICLE_TEXT);
        justification = Text.requireText(justification == null ? "" : justification, "Justification",
                TableAmendment.MAX_JUSTIFICATION).strip();
        AmendmentShape.check(kind, baseRevision, from, to, text);
    }
}
