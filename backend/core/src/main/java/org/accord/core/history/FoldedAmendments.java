package org.accord.core.history;

import org.accord.api.amendment.AmendmentId;
import org.accord.api.amendment.AmendmentRevised;
import org.accord.api.amendment.AmendmentState;
import org.accord.api.amendment.AmendmentTabled;
import org.accord.api.amendment.AmendmentView;
import org.accord.api.shared.ArticleId;
import org.accord.api.shared.DelegationCode;
import org.accord.core.negotiation.StatusRefresh;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The amendments, kept as the read model's {@code amendment_view} keeps them (its columns are
 * exactly {@link AmendmentView}'s fields). Rows are immutable: {@link #copy()} copies one map.
 */
final class FoldedAmendments {

    private final Map<AmendmentId, AmendmentView> amendments;

    FoldedAmendments() {
        this(new HashMap<>());
    }

    private FoldedAmendments(Map<AmendmentId, AmendmentView> amendments) {
        this.amendments = amendments;
    }

    FoldedAmendments copy() {
        return new FoldedAmendments(new HashMap<>(amendments));
    }

    void restore(Collection<AmendmentView> rows) {
        rows.forEach(a -> amendments.put(a.amendmentId(), a));
    }

    Collection<AmendmentView> amendments() {
        return amendments.values();
    }

    void table(AmendmentTabled e, String baseWording, String tabledBy, Instant at) {
        amendments.putIfAbsent(e.amendmentId(), new AmendmentView(e.amendmentId(), e.clauseId(), e.kind(),
                AmendmentState.PENDING, e.proposer(), List.of(), e.baseRevision(), baseWording, e.replaced(),
                e.baseRevision(), e.from(), e.to(), e.text(), e.heading(), e.justification(), "", null, tabledBy, at,
                false, e.moveAfter()));
    }

    /** Pending again on a new base; the base wording is its clause's wording now. */
    void revise(AmendmentRevised e, Function<ArticleId, String> wordingNow) {
        amendments.computeIfPresent(e.amendmentId(), (id, a) -> new AmendmentView(id, a.clauseId(), e.kind(),
                AmendmentState.PENDING, a.proposer(), a.cosponsors(), e.baseRevision(), wordingNow.apply(a.clauseId()),
                e.replaced(), e.baseRevision(), e.from(), e.to(), e.text(), a.heading(), e.justification(),
                a.decision(), a.resultingRevision(), a.tabledBy(), a.tabledAt(), a.option(), a.moveAfter()));
    }

    void rebase(AmendmentId amendment, long revision, int from, int to) {
        amendments.computeIfPresent(amendment, (id, a) -> new AmendmentView(id, a.clauseId(), a.kind(), a.state(),
                a.proposer(), a.cosponsors(), a.baseRevision(), a.baseWording(), a.baseReplaced(), revision, from, to,
                a.text(), a.heading(), a.justification(), a.decision(), a.resultingRevision(), a.tabledBy(),
                a.tabledAt(), a.option(), a.moveAfter()));
    }

    /** The resulting revision is kept when none is given. */
    void state(AmendmentId amendment, AmendmentState state, String decision, Long resultingRevision) {
        amendments.computeIfPresent(amendment, (id, a) -> new AmendmentView(id, a.clauseId(), a.kind(), state,
                a.proposer(), a.cosponsors(), a.baseRevision(), a.baseWording(), a.baseReplaced(), a.revision(),
                a.from(), a.to(), a.text(), a.heading(), a.justification(), decision,
                resultingRevision != null ? resultingRevision : a.resultingRevision(), a.tabledBy(), a.tabledAt(),
                a.option(), a.moveAfter()));
    }

    /** As {@code array_append(array_remove(..))} and {@code array_remove(..)}: a joiner goes last. */
    void cosponsor(AmendmentId amendment, DelegationCode delegation, boolean joins) {
        amendments.computeIfPresent(amendment, (id, a) -> {
            List<DelegationCode> cosponsors = new ArrayList<>(a.cosponsors());
            cosponsors.removeIf(delegation::equals);
            if (joins) {
                cosponsors.add(delegation);
            }
            return new AmendmentView(id, a.clauseId(), a.kind(), a.state(), a.proposer(), cosponsors,
                    a.baseRevision(), a.baseWording(), a.baseReplaced(), a.revision(), a.from(), a.to(), a.text(),
                    a.heading(), a.justification(), a.decision(), a.resultingRevision(), a.tabledBy(), a.tabledAt(),
                    a.option(), a.moveAfter());
        });
    }

    void options(List<AmendmentId> options) {
        options.forEach(option -> amendments.computeIfPresent(option, (id, a) -> new AmendmentView(id, a.clauseId(),
                a.kind(), a.state(), a.proposer(), a.cosponsors(), a.baseRevision(), a.baseWording(),
                a.baseReplaced(), a.revision(), a.from(), a.to(), a.text(), a.heading(), a.justification(),
                a.decision(), a.resultingRevision(), a.tabledBy(), a.tabledAt(), true, a.moveAfter())));
    }

    /** The number of open options of each clause. */
    Map<ArticleId, Integer> openOptions() {
        Map<ArticleId, Integer> open = new HashMap<>();
        amendments.values().stream()
                .filter(a -> StatusRefresh.openOption(a.option(), a.state()))
                .forEach(a -> open.merge(a.clauseId(), 1, Integer::sum));
        return open;
    }
}
