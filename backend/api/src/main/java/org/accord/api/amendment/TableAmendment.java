package org.accord.api.amendment;

import org.accord.api.negotiation.NegotiationCommands;
import org.accord.api.shared.ArticleId;
import org.accord.api.shared.NegotiationId;
import org.accord.api.shared.Text;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.Objects;

/**
 * A member delegation tables an amendment to a clause at the revision it was written on:
 * code points {@code [from, to)} of that wording are to become {@code text}. For a
 * {@link AmendmentKind#NEW_CLAUSE}, {@code clauseId} is the identity of the proposed article,
 * {@code heading} its heading and {@code text} its wording; the range is unused. For a
 * {@link AmendmentKind#MOVE}, {@code clauseId} is the article to move and {@code moveAfter} the
 * article it should follow ({@code null}: the top).
 */
public record TableAmendment(@TargetAggregateIdentifier NegotiationId negotiationId,
                             AmendmentId amendmentId,
                             ArticleId clauseId,
                             long baseRevision,
                             AmendmentKind kind,
                             int from,
                             int to,
                             String text,
                             String heading,
                             String justification,
                             ArticleId moveAfter) {

    public static final int MAX_JUSTIFICATION = 4_000;

    public TableAmendment {
        Objects.requireNonNull(negotiationId, "negotiationId");
        Objects.requireNonNull(amendmentId, "amendmentId");
        Objects.requireNonNull(clauseId, "clauseId");
        Objects.requireNonNull(kind, "kind");
        text = Text.requireText(text == null ? "" : text, "Amendment text", NegotiationCommands.MAX_ARTICLE_TEXT);
        justification = Text.requireText(justification == null ? "" : justification, "Justification",
                MAX_JUSTIFICATION).strip();
        AmendmentShape.check(kind, baseRevision, from, to, text);
        heading = kind == AmendmentKind.NEW_CLAUSE
                ? Text.requireLine(heading, "Heading", NegotiationCommands.MAX_HEADING) : "";
        if (kind != AmendmentKind.MOVE && moveAfter != null) {
            throw new IllegalArgumentException("Only a move names the article to follow");
        }
        if (clauseId.equals(moveAfter)) {
            throw new IllegalArgumentException("An article cannot be moved after itself");
        }
    }

    /** Any kind but a move. */
    public TableAmendment(NegotiationId negotiationId, AmendmentId amendmentId, ArticleId clauseId, long baseRevision,
                          AmendmentKind kind, int from, int to, String text, String heading, String justification) {
        this(negotiationId, amendmentId, clauseId, baseRevision, kind, from, to, text, heading, justification, null);
    }
}
