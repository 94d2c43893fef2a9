package org.accord.core.history;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.accord.api.amendment.AmendmentId;
import org.accord.api.amendment.AmendmentKind;
import org.accord.api.amendment.AmendmentState;
import org.accord.api.amendment.AmendmentTabled;
import org.accord.api.amendment.AmendmentView;
import org.accord.api.shared.Actor;
import org.accord.api.shared.ArticleId;
import org.accord.api.shared.DelegationCode;
import org.accord.api.shared.NegotiationId;
import org.accord.api.shared.Role;
import org.accord.core.negotiation.StatusRefresh;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The open options of each clause, kept as the amendments change, always equal those counted
 * over all the amendments, whatever the changes (tabling, decisions, options, revisions,
 * rebasing, co-sponsors, copies and restores).
 */
class FoldedAmendmentsTest {

    private static final NegotiationId NEGOTIATION = NegotiationId.of("n");
    private static final DelegationCode KAZ = DelegationCode.of("KAZ");
    private static final Actor BY = new Actor("kaz.head", "Head of Kazakhstan", Role.HEAD_OF_DELEGATION, KAZ);

    /** One change: its kind (0..6) and the numbers it draws on. */
    record Change(int kind, int amendment, int clause, int state, List<Integer> options) {
    }

    @Provide
    Arbitrary<List<Change>> changes() {
        Arbitrary<Change> change = Combinators.combine(Arbitraries.integers().between(0, 7),
                Arbitraries.integers().between(0, 11), Arbitraries.integers().between(0, 3),
                Arbitraries.integers().between(0, AmendmentState.values().length - 1),
                Arbitraries.integers().between(0, 11).list().ofMaxSize(4)).as(Change::new);
        return change.list().ofMaxSize(80);
    }

    @Property(tries = 300)
    void theOpenOptionsAreAlwaysThoseCountedOverEveryAmendment(@ForAll("changes") List<Change> changes) {
        FoldedAmendments amendments = new FoldedAmendments();
        for (Change change : changes) {
            AmendmentId id = AmendmentId.of("am-" + change.amendment());
            switch (change.kind()) {
                case 0, 1 -> amendments.table(new AmendmentTabled(NEGOTIATION, id, ArticleId.of("art-" + change.clause()),
                        3, AmendmentKind.SUBSTITUTION, 0, 2, "ab", "xy", null, "Better", KAZ, BY), "abc", "Kazakhstan",
                        Instant.EPOCH);
                case 2 -> amendments.state(id, AmendmentState.values()[change.state()], "decided", null);
                case 3 -> amendments.options(change.options().stream().map(n -> AmendmentId.of("am-" + n)).toList());
                case 4 -> amendments.rebase(id, 9, 1, 2);
                case 5 -> amendments.cosponsor(id, DelegationCode.of("UZB"), change.state() % 2 == 0);
                case 6 -> amendments = amendments.copy();
                default -> {
                    FoldedAmendments restored = new FoldedAmendments();
                    restored.restore(List.copyOf(amendments.amendments()));
                    amendments = restored;
                }
            }
            assertThat(amendments.openOptions()).isEqualTo(counted(amendments));
        }
    }

    @Example
    void aCopyCountsOnItsOwn() {
        FoldedAmendments original = new FoldedAmendments();
        for (int i = 0; i < 4; i++) {
            AmendmentId id = AmendmentId.of("am-" + i);
            original.table(new AmendmentTabled(NEGOTIATION, id, ArticleId.of("art-0"), 3, AmendmentKind.SUBSTITUTION,
                    0, 2, "ab", "xy", null, "Better", KAZ, BY), "abc", "Kazakhstan", Instant.EPOCH);
        }
        original.options(List.of(AmendmentId.of("am-0"), AmendmentId.of("am-1")));
        Map<ArticleId, Integer> before = Map.copyOf(original.openOptions());
        FoldedAmendments copy = original.copy();
        copy.state(AmendmentId.of("am-0"), AmendmentState.INCORPORATED, "agreed", 4L);

        assertThat(before).containsEntry(ArticleId.of("art-0"), 2);
        assertThat(original.openOptions()).isEqualTo(before);
        assertThat(copy.openOptions()).containsEntry(ArticleId.of("art-0"), 1);
    }

    private static Map<ArticleId, Integer> counted(FoldedAmendments amendments) {
        Map<ArticleId, Integer> open = new HashMap<>();
        for (AmendmentView a : amendments.amendments()) {
            if (StatusRefresh.openOption(a.option(), a.state())) {
                open.merge(a.clauseId(), 1, Integer::sum);
            }
        }
        return open;
    }
}
