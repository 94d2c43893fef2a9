package org.accord.core.negotiation;

import org.accord.api.negotiation.ArticleView;
import org.accord.api.negotiation.Capabilities;
import org.accord.api.negotiation.Capability;
import org.accord.api.negotiation.DelegationView;
import org.accord.api.negotiation.NegotiationView;
import org.accord.api.shared.Actor;
import org.accord.api.shared.ArticleId;
import org.accord.api.shared.CommandRejectedException;
import org.accord.api.shared.DelegationCode;
import org.accord.api.silence.SilenceView;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a person may do in a negotiation, judged by the very policies the {@link Negotiation}
 * applies to each command, so that the controls a view offers never disagree with what the
 * server accepts. The clauses under an open silence procedure are named as frozen; other
 * conditions of the moment (a stale revision, a deadline just passed) are left to the command:
 * the control is offered and the refusal explains itself.
 */
final class CapabilityRules {

    private CapabilityRules() {
    }

    static Capabilities of(NegotiationView negotiation, Actor actor) {
        if (Audience.of(negotiation, actor) == Audience.OUTSIDER) {
            return Capabilities.none(negotiation.negotiationId());
        }
        Set<DelegationCode> members = negotiation.delegations().stream().filter(DelegationView::member)
                .map(DelegationView::code).collect(Collectors.toSet());
        String chair = negotiation.chair();
        boolean adopted = negotiation.adoption() != null;
        EnumSet<Capability> granted = EnumSet.noneOf(Capability.class);
        if (!adopted && allowed(() -> ParticipationPolicies.mayDraft(actor, members, chair))) {
            granted.add(Capability.EDIT_TEXT);
        }
        if (allowed(() -> ParticipationPolicies.mayDraft(actor, members, chair))) {
            granted.add(Capability.COMMENT);
        }
        if (!adopted && allowed(() -> AmendmentPolicies.mayTable(actor, members, chair))) {
            granted.add(Capability.TABLE_AMENDMENT);
        }
        boolean speaksForOwnState = actor.delegation() != null
                && allowed(() -> ParticipationPolicies.maySpeakFor(actor, actor.delegation(), members));
        if (speaksForOwnState) {
            granted.add(adopted ? Capability.AUTHENTICATE : Capability.DECLARE_POSITION);
        }
        if (allowed(() -> NegotiationPolicies.onlyTheChair(chair, actor, "run the negotiation"))) {
            granted.add(Capability.ACCREDIT);
            granted.add(Capability.ISSUE_MILESTONE);
            granted.add(Capability.REPLAY_HISTORY);
            if (!adopted) {
                granted.addAll(EnumSet.of(Capability.DECIDE_AMENDMENTS, Capability.STRUCTURE_TEXT,
                        Capability.RUN_PROCEDURE, Capability.OPEN_SILENCE, Capability.ADOPT));
            }
        }
        DelegationCode delegation = actor.isChair() ? null : actor.delegation();
        return new Capabilities(negotiation.negotiationId(), delegation, granted, frozen(negotiation));
    }

    /** The clauses under an open silence procedure (all of them when it names none): nobody edits them. */
    private static Set<ArticleId> frozen(NegotiationView negotiation) {
        return negotiation.silences().stream().filter(silence -> silence.state() == SilenceView.State.OPEN)
                .flatMap(silence -> silence.clauses().isEmpty()
                        ? negotiation.articles().stream().map(ArticleView::articleId)
                        : silence.clauses().stream())
                .collect(Collectors.toSet());
    }

    private static boolean allowed(Runnable policy) {
        try {
            policy.run();
            return true;
        } catch (CommandRejectedException refused) {
            return false;
        }
    }
}
