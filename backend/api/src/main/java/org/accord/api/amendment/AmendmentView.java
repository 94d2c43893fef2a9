package org.accord.api.amendment;

import org.accord.api.shared.ArticleId;
import org.accord.api.shared.DelegationCode;

import java.time.Instant;
import java.util.List;

/**
 * An amendment as shown: to be displayed as a diff of {@code baseWording} (the wording it was
 * tabled on, revision {@code baseRevision}) where code points {@code [from, to)} — reading
 * {@code replaced} — become {@code text}. {@code revision}, {@code from} and {@code to} follow
 * rebasing; the diff is always against the wording it was written on.
 *
 * @param decision          the chair's reason when rejected, empty otherwise
 * @param resultingRevision the clause revision that incorporated it, or {@code null}
 * @param option            whether the chair made it one of the clause's options
 * @param moveAfter         for a move: the article it should follow ({@code null}: the top)
 */
public record AmendmentView(AmendmentId amendmentId, ArticleId clauseId, AmendmentKind kind, AmendmentState state,
                            DelegationCode proposer, List<DelegationCode> cosponsors, long baseRevision,
                            String baseWording, String baseReplaced, long revision, int from, int to, String text,
                            String heading, String justification, String decision, Long resultingRevision,
                            String tabledBy, Instant tabledAt, boolean option, ArticleId moveAfter) {

    public AmendmentView {
        cosponsors = List.copyOf(cosponsors);
    }
}
