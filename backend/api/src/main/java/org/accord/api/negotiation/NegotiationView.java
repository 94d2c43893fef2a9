package org.accord.api.negotiation;

import org.accord.api.procedure.DecisionRule;
import org.accord.api.shared.NegotiationId;

import java.time.Instant;
import java.util.List;

/**
 * One negotiation as its participants see it; pushed again whenever it changes.
 *
 * @param chair     the chair's username
 * @param chairName   the chair's name as shown
 * @param shareAgreed the share (0 to 1) of articles agreed, ad referendum or not
 */
public record NegotiationView(NegotiationId negotiationId,
                              String title,
                              String chair,
                              String chairName,
                              DecisionRule decisionRule,
                              List<DelegationView> delegations,
                              List<ArticleView> articles,
                              double shareAgreed,
                              Instant lastActivity) {

    public NegotiationView {
        delegations = List.copyOf(delegations);
        articles = List.copyOf(articles);
    }

    public List<DelegationView> members() {
        return delegations.stream().filter(DelegationView::member).toList();
    }

    public List<DelegationView> observers() {
        return delegations.stream().filter(d -> !d.member()).toList();
    }
}
