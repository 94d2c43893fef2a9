package org.accord.core.notification;

import org.accord.api.procedure.Confidentiality;
import org.accord.api.shared.Actor;
import org.accord.api.shared.DelegationCode;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Who is told what (docs/adr/0019-notifications.md). Nobody is told of their own act: the
 * delegation (or the secretariat) that acted is never among the recipients.
 */
final class NotificationRules {

    private NotificationRules() {
    }

    /**
     * An amendment tabled, or a change of wording: the delegations endorsing the clause. Only an
     * endorsement counts: "can live with" does not support the wording (DOMAIN.md), and a
     * reservation or objection already disputes it.
     */
    static Set<Recipient> endorsers(Collection<DelegationCode> endorsing, Actor actor) {
        Set<Recipient> recipients = new LinkedHashSet<>();
        endorsing.stream().map(Recipient::of).filter(recipient -> !recipient.actedAs(actor)).forEach(recipients::add);
        return recipients;
    }

    /** A broken silence: every participant, the secretariat and the member delegations. */
    static Set<Recipient> participants(Collection<DelegationCode> members, Actor actor) {
        Set<Recipient> recipients = new LinkedHashSet<>();
        recipients.add(Recipient.SECRETARIAT);
        members.stream().map(Recipient::of).forEach(recipients::add);
        recipients.removeIf(recipient -> recipient.actedAs(actor));
        return recipients;
    }

    /**
     * An issued text: every participant, and the observers when the confidentiality setting shows
     * them the milestones as they are issued (live, or issued texts only). Observers of a delayed
     * negotiation see a milestone only once the delay has passed (ADR 0011): telling them now
     * would disclose it early, so they are not told.
     */
    static Set<Recipient> milestoneAudience(Collection<DelegationCode> members, Collection<DelegationCode> observers,
                                            Confidentiality.Mode confidentiality, Actor actor) {
        Set<Recipient> recipients = participants(members, actor);
        if (observersSeeMilestonesAtOnce(confidentiality)) {
            observers.stream().map(Recipient::of).filter(recipient -> !recipient.actedAs(actor))
                    .forEach(recipients::add);
        }
        return recipients;
    }

    static boolean observersSeeMilestonesAtOnce(Confidentiality.Mode confidentiality) {
        return confidentiality != Confidentiality.Mode.DELAYED;
    }

    /** How a clause is named in a sentence: its heading, or the start of its wording. */
    static String label(String heading, String wording) {
        if (heading != null && !heading.isBlank()) {
            return heading.strip();
        }
        String text = wording == null ? "" : wording.strip();
        int limit = 60;
        if (text.codePointCount(0, text.length()) <= limit) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, limit)).stripTrailing() + "…";
    }
}
