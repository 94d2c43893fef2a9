package org.accord.core.negotiation;

import org.accord.api.shared.Actor;
import org.accord.api.shared.ArticleId;
import org.accord.api.shared.CommandRejectedException;
import org.accord.api.shared.DelegationCode;
import org.accord.api.shared.RejectionReason;

import java.util.Set;

/** The named rules a negotiation enforces before it records anything. */
final class NegotiationPolicies {

    private NegotiationPolicies() {
    }

    /** Only the secretariat (a chair) opens a negotiation; it becomes that negotiation's chair. */
    static void onlyTheSecretariatOpens(Actor actor) {
        if (!actor.isChair()) {
            throw new CommandRejectedException(RejectionReason.ONLY_CHAIR_OPENS_NEGOTIATIONS,
                    "Only the secretariat may open a negotiation");
        }
    }

    /** Running the process belongs to this negotiation's chair, and to nobody else. */
    static void onlyTheChair(String chair, Actor actor, String act) {
        if (!actor.isChair() || !actor.username().equals(chair)) {
            throw new CommandRejectedException(RejectionReason.NOT_THE_CHAIR,
                    "Only the chair of this negotiation may " + act);
        }
    }

    /** Technical acts on the record, such as re-arming a deadline, are the secretariat's (any chair). */
    static void theSecretariat(Actor actor, String act) {
        if (!actor.isChair()) {
            throw new CommandRejectedException(RejectionReason.NOT_THE_CHAIR, "Only the secretariat may " + act);
        }
    }

    /** A state or organisation is accredited once, as a member or as an observer. */
    static void accreditedOnce(Set<DelegationCode> accredited, DelegationCode delegation) {
        if (accredited.contains(delegation)) {
            throw new CommandRejectedException(RejectionReason.DELEGATION_ALREADY_ACCREDITED,
                    delegation + " is already accredited to this negotiation");
        }
    }

    /** An article's identity is never reused. */
    static void newArticle(Set<ArticleId> articles, ArticleId articleId) {
        if (articles.contains(articleId)) {
            throw new CommandRejectedException(RejectionReason.ARTICLE_ALREADY_EXISTS,
                    "Article " + articleId + " already exists");
        }
    }
}
