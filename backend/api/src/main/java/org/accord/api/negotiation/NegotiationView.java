package org.accord.api.negotiation;

import org.accord.api.adoption.AdoptionView;
import org.accord.api.amendment.AmendmentView;
import org.accord.api.milestone.MilestoneView;
import org.accord.api.procedure.Confidentiality;
import org.accord.api.procedure.DecisionRule;
import org.accord.api.procedure.RoundView;
import org.accord.api.silence.SilenceView;
import org.accord.api.shared.NegotiationId;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

/**
 * One negotiation as its viewer may see it; pushed again whenever it changes. Members and the
 * chair see everything live; an observer sees what the confidentiality setting discloses.
 *
 * @param chair     the chair's username
 * @param chairName   the chair's name as shown
 * @param confidentiality what observers may see of the text (live, delayed, issued texts only)
 * @param newClauseProposals amendments proposing a new article (the others are listed with their article)
 * @param adoption    the adoption, or {@code null} while the charter is being negotiated
 * @param shareAgreed the share (0 to 1) of articles agreed, ad referendum or not (0 when the text is not disclosed)
 * @param lastActivity the last disclosed activity; {@code null} while nothing is disclosed to an observer
 * @param timeZone    the negotiation's time zone (rules of procedure), in which its deadlines are announced
 */
public record NegotiationView(NegotiationId negotiationId,
                              String title,
                              String chair,
                              String chairName,
                              DecisionRule decisionRule,
                              Confidentiality confidentiality,
                              List<DelegationView> delegations,
                              List<ArticleView> articles,
                              List<AmendmentView> newClauseProposals,
                              List<MilestoneView> milestones,
                              List<SilenceView> silences,
                              List<RoundView> rounds,
                              AdoptionView adoption,
                              double shareAgreed,
                              Instant lastActivity,
                              ZoneId timeZone) {

    /** A negotiation whose deadlines are announced in UTC. */
    public NegotiationView(NegotiationId negotiationId, String title, String chair, String chairName,
                           DecisionRule decisionRule, Confidentiality confidentiality, List<DelegationView> delegations,
                           List<ArticleView> articles, List<AmendmentView> newClauseProposals,
                           List<MilestoneView> milestones, List<SilenceView> silences, List<RoundView> rounds,
                           AdoptionView adoption, double shareAgreed, Instant lastActivity) {
        this(negotiationId, title, chair, chairName, decisionRule, confidentiality, delegations, articles,
                newClauseProposals, milestones, silences, rounds, adoption, shareAgreed, lastActivity, ZoneOffset.UTC);
    }

    public NegotiationView {
        timeZone = timeZone == null ? ZoneOffset.UTC : timeZone;
        delegations = List.copyOf(delegations);
        articles = List.copyOf(articles);
        newClauseProposals = List.copyOf(newClauseProposals);
        milestones = List.copyOf(milestones);
        silences = List.copyOf(silences);
        rounds = List.copyOf(rounds);
    }

    public List<DelegationView> members() {
        return delegations.stream().filter(DelegationView::member).toList();
    }

    public List<DelegationView> observers() {
        return delegations.stream().filter(d -> !d.member()).toList();
    }
}
