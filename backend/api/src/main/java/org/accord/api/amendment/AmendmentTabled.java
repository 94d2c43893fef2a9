package org.accord.api.amendment;

import org.accord.api.shared.Actor;
import org.accord.api.shared.ArticleId;
import org.accord.api.shared.DelegationCode;
import org.accord.api.shared.NegotiationId;
import org.axonframework.serialization.Revision;

/**
 * An amendment was tabled by {@code proposer}: on {@code baseRevision} of the clause, code points
 * {@code [from, to)} — which read {@code replaced} — are to become {@code text}. Kept with the
 * wording it was written on so that it can always be shown as a diff against it. A move names
 * the article to follow in {@code moveAfter} ({@code null}: the top).
 */
@Revision("1")
public record AmendmentTabled(NegotiationId negotiationId,
                              AmendmentId amendmentId,
                              ArticleId clauseId,
                              long baseRevision,
                              AmendmentKind kind,
                              int from,
                              int to,
                              String replaced,
                              String text,
                              String heading,
                              String justification,
                              DelegationCode proposer,
                              Actor by,
                              ArticleId moveAfter) {

    /** Any kind but a move. */
    public AmendmentTabled(NegotiationId negotiationId, AmendmentId amendmentId, ArticleId clauseId, long baseRevision,
                           AmendmentKind kind, int from, int to, String replaced, String text, String heading,
                           String justification, DelegationCode proposer, Actor by) {
        this(negotiationId, amendmentId, clauseId, baseRevision, kind, from, to, replaced, text, heading,
                justification, proposer, by, null);
    }
}
