package org.accord.core.negotiation;

import org.accord.api.negotiation.ArticleView;
import org.accord.api.negotiation.NegotiationView;
import org.accord.api.procedure.Confidentiality;

import java.util.List;

/**
 * What an observer may read of a negotiation. Observers read the text and the endorsement
 * picture (DOMAIN.md), never the delegations' deliberations: comments are withheld in every
 * mode. Under "issued texts only" they see the negotiation's frame (title, delegations, rounds)
 * and the issued milestones, whose frozen wording they read through {@code FindIssuedText};
 * once the charter is adopted its text is public.
 */
final class ObserverView {

    private ObserverView() {
    }

    /** The text and endorsements, without the comment threads. */
    static NegotiationView withoutDeliberations(NegotiationView view) {
        return new NegotiationView(view.negotiationId(), view.title(), view.chair(), view.chairName(),
                view.decisionRule(), view.confidentiality(), view.delegations(),
                view.articles().stream().map(ObserverView::withoutComments).toList(),
                view.newClauseProposals(), view.milestones(), view.silences(), view.rounds(), view.adoption(),
                view.shareAgreed(), view.lastActivity(), view.timeZone());
    }

    /** The frame and the issued milestones; the adopted charter in full. */
    static NegotiationView issuedTextsOnly(NegotiationView view) {
        if (view.adoption() != null) {
            return withoutDeliberations(view);
        }
        return new NegotiationView(view.negotiationId(), view.title(), view.chair(), view.chairName(),
                view.decisionRule(), view.confidentiality(), view.delegations(), List.of(), List.of(),
                view.milestones(), List.of(), view.rounds(), null, 0, lastIssue(view), view.timeZone());
    }

    /** Before anything may be disclosed (a delayed negotiation younger than its delay): the frame alone. */
    static NegotiationView frameOnly(NegotiationView view) {
        return new NegotiationView(view.negotiationId(), view.title(), view.chair(), view.chairName(),
                view.decisionRule(), view.confidentiality(), view.delegations(), List.of(), List.of(), List.of(),
                List.of(), view.rounds(), null, 0, null, view.timeZone());
    }

    /** A past state shown under today's rules of procedure. */
    static NegotiationView underRules(NegotiationView past, Confidentiality confidentiality) {
        return new NegotiationView(past.negotiationId(), past.title(), past.chair(), past.chairName(),
                past.decisionRule(), confidentiality, past.delegations(), past.articles(), past.newClauseProposals(),
                past.milestones(), past.silences(), past.rounds(), past.adoption(), past.shareAgreed(),
                past.lastActivity(), past.timeZone());
    }

    private static ArticleView withoutComments(ArticleView article) {
        return new ArticleView(article.articleId(), article.kind(), article.parentId(), article.number(),
                article.heading(), article.text(), article.revision(), article.hash(), article.status(),
                article.positions(), article.amendments(), List.of(), article.addedBy(), article.addedAt());
    }

    private static java.time.Instant lastIssue(NegotiationView view) {
        return view.milestones().isEmpty() ? null : view.milestones().get(view.milestones().size() - 1).issuedAt();
    }
}
