package org.accord.core.position;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.accord.api.position.ClauseStatus;
import org.accord.api.position.PositionKind;
import org.accord.api.procedure.DecisionRule;
import org.accord.api.shared.DelegationCode;
import org.accord.core.position.Consensus.Stance;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.accord.api.position.PositionKind.CAN_LIVE_WITH;
import static org.accord.api.position.PositionKind.ENDORSE;
import static org.accord.api.position.PositionKind.OBJECTION;
import static org.accord.api.position.PositionKind.SCRUTINY_RESERVATION;
import static org.accord.api.position.PositionKind.SUBSTANTIVE_RESERVATION;
import static org.accord.api.procedure.DecisionRule.CONSENSUS;
import static org.accord.api.procedure.DecisionRule.CONSENSUS_MINUS_ONE;
import static org.accord.api.procedure.DecisionRule.UNANIMITY;
import static org.assertj.core.api.Assertions.assertThat;

/** Each decision rule computes agreement as shared/DOMAIN.md describes it. */
class ConsensusTest {

    static final DelegationCode KAZ = DelegationCode.of("KAZ");
    static final DelegationCode KGZ = DelegationCode.of("KGZ");
    static final DelegationCode TJK = DelegationCode.of("TJK");
    static final DelegationCode TKM = DelegationCode.of("TKM");
    static final DelegationCode UZB = DelegationCode.of("UZB");
    static final Set<DelegationCode> C5 = Set.of(KAZ, KGZ, TJK, TKM, UZB);

    static Map<DelegationCode, Stance> on(long revision, Object... pairs) {
        Map<DelegationCode, Stance> stances = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            stances.put((DelegationCode) pairs[i], new Stance(revision, (PositionKind) pairs[i + 1]));
        }
        return stances;
    }

    @Test
    void nobody_has_spoken_so_the_clause_is_proposed() {
        for (DecisionRule rule : DecisionRule.values()) {
            assertThat(Consensus.status(rule, C5, 1, Map.of())).isEqualTo(ClauseStatus.PROPOSED);
        }
    }

    @Test
    void under_consensus_silence_is_not_an_objection() {
        assertThat(Consensus.status(CONSENSUS, C5, 1, on(1, KAZ, ENDORSE))).isEqualTo(ClauseStatus.AGREED);
    }

    @Test
    void under_consensus_one_objection_brackets_the_clause() {
        assertThat(Consensus.status(CONSENSUS, C5, 1, on(1, KAZ, ENDORSE, KGZ, ENDORSE, TJK, OBJECTION)))
                .isEqualTo(ClauseStatus.BRACKETED);
    }

    @Test
    void an_objection_on_revision_4_no_longer_counts_at_revision_5() {
        Map<DelegationCode, Stance> stances = on(4, UZB, OBJECTION);
        stances.putAll(on(5, KAZ, ENDORSE));
        assertThat(Consensus.status(CONSENSUS, C5, 4, stances)).isEqualTo(ClauseStatus.BRACKETED);
        assertThat(Consensus.status(CONSENSUS, C5, 5, stances)).isEqualTo(ClauseStatus.AGREED);
    }

    @Test
    void stale_endorsements_leave_a_reworded_clause_proposed() {
        assertThat(Consensus.status(CONSENSUS, C5, 2, on(1, KAZ, ENDORSE, KGZ, ENDORSE)))
                .isEqualTo(ClauseStatus.PROPOSED);
    }

    @Test
    void consensus_minus_one_tolerates_exactly_one_objection() {
        assertThat(Consensus.status(CONSENSUS_MINUS_ONE, C5, 1, on(1, KAZ, ENDORSE, TKM, OBJECTION)))
                .isEqualTo(ClauseStatus.AGREED);
        assertThat(Consensus.status(CONSENSUS_MINUS_ONE, C5, 1, on(1, KAZ, OBJECTION, TKM, OBJECTION)))
                .isEqualTo(ClauseStatus.BRACKETED);
    }

    @Test
    void unanimity_needs_every_member() {
        assertThat(Consensus.status(UNANIMITY, C5, 1, on(1, KAZ, ENDORSE, KGZ, ENDORSE, TJK, ENDORSE, TKM, ENDORSE)))
                .isEqualTo(ClauseStatus.PROPOSED);
        assertThat(Consensus.status(UNANIMITY, C5, 1,
                on(1, KAZ, ENDORSE, KGZ, ENDORSE, TJK, ENDORSE, TKM, ENDORSE, UZB, CAN_LIVE_WITH)))
                .as("can live with is not an endorsement").isEqualTo(ClauseStatus.PROPOSED);
        assertThat(Consensus.status(UNANIMITY, C5, 1,
                on(1, KAZ, ENDORSE, KGZ, ENDORSE, TJK, ENDORSE, TKM, ENDORSE, UZB, SUBSTANTIVE_RESERVATION)))
                .isEqualTo(ClauseStatus.AGREED);
        assertThat(Consensus.status(UNANIMITY, C5, 1,
                on(1, KAZ, ENDORSE, KGZ, ENDORSE, TJK, ENDORSE, TKM, ENDORSE, UZB, OBJECTION)))
                .isEqualTo(ClauseStatus.BRACKETED);
    }

    @Test
    void a_scrutiny_reservation_makes_the_agreement_ad_referendum() {
        assertThat(Consensus.status(CONSENSUS, C5, 1, on(1, KAZ, ENDORSE, UZB, SCRUTINY_RESERVATION)))
                .isEqualTo(ClauseStatus.AGREED_AD_REFERENDUM);
        assertThat(Consensus.status(CONSENSUS, C5, 1, on(1, KAZ, ENDORSE, UZB, SUBSTANTIVE_RESERVATION)))
                .isEqualTo(ClauseStatus.AGREED);
    }

    @Test
    void competing_options_keep_a_clause_in_options_unless_it_is_objected_to() {
        assertThat(Consensus.status(CONSENSUS, C5, 1, on(1, KAZ, ENDORSE), false, 2)).isEqualTo(ClauseStatus.OPTIONS);
        assertThat(Consensus.status(CONSENSUS, C5, 1, on(1, KAZ, ENDORSE), false, 1)).isEqualTo(ClauseStatus.AGREED);
        assertThat(Consensus.status(CONSENSUS, C5, 1, on(1, KAZ, OBJECTION), false, 2))
                .isEqualTo(ClauseStatus.BRACKETED);
    }

    @Test
    void a_held_silence_establishes_agreement_without_declared_positions() {
        assertThat(Consensus.status(UNANIMITY, C5, 2, Map.of(), true)).isEqualTo(ClauseStatus.AGREED);
        assertThat(Consensus.status(CONSENSUS, C5, 2, on(2, UZB, OBJECTION), true)).isEqualTo(ClauseStatus.BRACKETED);
    }

    @Test
    void positions_of_non_members_never_count() {
        DelegationCode un = DelegationCode.of("UN");
        assertThat(Consensus.status(CONSENSUS, C5, 1, on(1, KAZ, ENDORSE, un, OBJECTION)))
                .isEqualTo(ClauseStatus.AGREED);
    }

    @Test
    void the_share_agreed_counts_ad_referendum_agreements() {
        assertThat(Consensus.shareAgreed(List.of(ClauseStatus.AGREED, ClauseStatus.AGREED_AD_REFERENDUM,
                ClauseStatus.BRACKETED, ClauseStatus.PROPOSED))).isEqualTo(0.5);
        assertThat(Consensus.shareAgreed(List.of(ClauseStatus.ADOPTED, ClauseStatus.ADOPTED))).isEqualTo(1.0);
        assertThat(Consensus.shareAgreed(List.of())).isZero();
    }

    @Property(tries = 300)
    void under_consensus_a_clause_is_bracketed_exactly_when_a_current_objection_exists(
            @ForAll("stances") Map<DelegationCode, Stance> stances) {
        boolean objected = stances.values().stream().anyMatch(s -> s.revision() == 3 && s.kind() == OBJECTION);
        assertThat(Consensus.status(CONSENSUS, C5, 3, stances) == ClauseStatus.BRACKETED).isEqualTo(objected);
    }

    @Property(tries = 300)
    void unanimity_is_never_less_strict_than_consensus_and_consensus_never_less_strict_than_minus_one(
            @ForAll("stances") Map<DelegationCode, Stance> stances) {
        if (agreed(Consensus.status(UNANIMITY, C5, 3, stances))) {
            assertThat(agreed(Consensus.status(CONSENSUS, C5, 3, stances))).isTrue();
        }
        if (agreed(Consensus.status(CONSENSUS, C5, 3, stances))) {
            assertThat(agreed(Consensus.status(CONSENSUS_MINUS_ONE, C5, 3, stances))).isTrue();
        }
    }

    @Property(tries = 300)
    void stale_positions_never_change_the_status(@ForAll("stances") Map<DelegationCode, Stance> stances) {
        Map<DelegationCode, Stance> currentOnly = new HashMap<>(stances);
        currentOnly.values().removeIf(s -> s.revision() != 3);
        for (DecisionRule rule : DecisionRule.values()) {
            assertThat(Consensus.status(rule, C5, 3, stances)).isEqualTo(Consensus.status(rule, C5, 3, currentOnly));
        }
    }

    static boolean agreed(ClauseStatus status) {
        return status == ClauseStatus.AGREED || status == ClauseStatus.AGREED_AD_REFERENDUM;
    }

    @Provide
    Arbitrary<Map<DelegationCode, Stance>> stances() {
        Arbitrary<Stance> stance = Combinators.combine(
                Arbitraries.longs().between(1, 3), Arbitraries.of(PositionKind.class)).as(Stance::new);
        return Arbitraries.maps(Arbitraries.of(KAZ, KGZ, TJK, TKM, UZB), stance).ofMaxSize(5);
    }
}
