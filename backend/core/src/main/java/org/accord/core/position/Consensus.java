package org.accord.core.position;

import org.accord.api.position.ClauseStatus;
import org.accord.api.position.PositionKind;
import org.accord.api.procedure.DecisionRule;
import org.accord.api.shared.DelegationCode;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Derives a clause's status from the positions of the member delegations on its current
 * wording, under the negotiation's decision rule (shared/DOMAIN.md):
 * <ul>
 *     <li>only positions on the <em>current</em> revision count; a stale one is as if unsaid;</li>
 *     <li>observers and the chair never count (they cannot declare positions at all);</li>
 *     <li>consensus is the absence of objection: silence is not an objection;</li>
 *     <li>consensus minus one tolerates a single objection; unanimity needs every member to
 *     endorse the wording (with or without a reservation): "can live with" is not enough;</li>
 *     <li>a scrutiny reservation makes an agreement <em>ad referendum</em>.</li>
 * </ul>
 * A clause on whose current wording nobody has spoken is {@link ClauseStatus#PROPOSED}.
 */
public final class Consensus {

    /** A delegation's position with the revision it was given on. */
    public record Stance(long revision, PositionKind kind) {
    }

    private Consensus() {
    }

    public static ClauseStatus status(DecisionRule rule, Set<DelegationCode> members, long currentRevision,
                                      Map<DelegationCode, Stance> stances) {
        return status(rule, members, currentRevision, stances, false);
    }

    /**
     * As above; {@code heldSilence} when a silence procedure on the current wording expired
     * unbroken: the absence of objection is then established, whatever was declared before.
     */
    public static ClauseStatus status(DecisionRule rule, Set<DelegationCode> members, long currentRevision,
                                      Map<DelegationCode, Stance> stances, boolean heldSilence) {
        return status(rule, members, currentRevision, stances, heldSilence, 0);
    }

    /**
     * As above; {@code openOptions} is the number of competing amendments the chair put side by
     * side on the clause: with two or more the clause is in {@link ClauseStatus#OPTIONS} until
     * one is chosen, unless an objection brackets it.
     */
    public static ClauseStatus status(DecisionRule rule, Set<DelegationCode> members, long currentRevision,
                                      Map<DelegationCode, Stance> stances, boolean heldSilence, int openOptions) {
        List<PositionKind> current = members.stream()
                .map(stances::get)
                .filter(stance -> stance != null && stance.revision() == currentRevision)
                .map(Stance::kind)
                .toList();
        long objections = current.stream().filter(kind -> kind == PositionKind.OBJECTION).count();
        if (objections > tolerated(rule)) {
            return ClauseStatus.BRACKETED;
        }
        if (openOptions >= 2) {
            return ClauseStatus.OPTIONS;
        }
        if (heldSilence) {
            return current.contains(PositionKind.SCRUTINY_RESERVATION)
                    ? ClauseStatus.AGREED_AD_REFERENDUM : ClauseStatus.AGREED;
        }
        if (current.isEmpty() || (rule == DecisionRule.UNANIMITY && !everyMemberEndorses(current, members))) {
            return ClauseStatus.PROPOSED;
        }
        return current.contains(PositionKind.SCRUTINY_RESERVATION)
                ? ClauseStatus.AGREED_AD_REFERENDUM : ClauseStatus.AGREED;
    }

    /** The share (0 to 1) of clauses agreed, ad referendum or not, or adopted; 0 for an empty charter. */
    public static double shareAgreed(Collection<ClauseStatus> statuses) {
        if (statuses.isEmpty()) {
            return 0;
        }
        long agreed = statuses.stream()
                .filter(s -> s == ClauseStatus.AGREED || s == ClauseStatus.AGREED_AD_REFERENDUM
                        || s == ClauseStatus.ADOPTED).count();
        return (double) agreed / statuses.size();
    }

    private static boolean everyMemberEndorses(List<PositionKind> current, Set<DelegationCode> members) {
        return current.size() == members.size()
                && current.stream().allMatch(kind -> kind == PositionKind.ENDORSE || kind.isReservation());
    }

    private static long tolerated(DecisionRule rule) {
        return rule == DecisionRule.CONSENSUS_MINUS_ONE ? 1 : 0;
    }
}
