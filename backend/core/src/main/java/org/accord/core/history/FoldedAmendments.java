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
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * The amendments, kept as the read model's {@code amendment_view} keeps them (its columns are
 * exactly {@link AmendmentView}'s fields). Rows are immutable: {@link #copy()} copies two maps.
 * Every change goes through {@link #put} or {@link #update}, which also keep the number of open
 * options of each clause, asked for on every status refresh (counting them over all amendments
 * each time took a third of a long history's fold).
 */
final class FoldedAmendments {

    private final Map<AmendmentId, AmendmentView> amendments;
    private final Map<ArticleId, Integer> openOptions;

    FoldedAmendments() {
        this(new HashMap<>(), new HashMap<>());
    }

    private FoldedAmendments(Map<AmendmentId, AmendmentView> amendments, Map<ArticleId, Integer> openOptions) {
        this.amendments = amendments;
        this.openOptions = openOptions;
    }

    FoldedAmendments copy() {
        return new FoldedAmendments(new HashMap<>(amendments), new HashMap<>(openOptions));
    }

    void restore(Collection<AmendmentView> rows) {
        rows.forEach(this::put);
    }

    private void put(AmendmentView amendment) {
        count(amendments.put(amendment.amendmentId(), amendment), -1);
        count(amendment, 1);
    }

    private void update(AmendmentId id, UnaryOperator<AmendmentView> change) {
        AmendmentView before = amendments.get(id);
        if (before != null) {
            put(change.apply(before));
        }
    }

    private void count(AmendmentView amendment, int delta) {
        if (amendment != null && StatusRefresh.openOption(amendment.option(), amendment.state())) {
            openOptions.merge(amendment.clauseId(), delta, (a, b) -> a + b == 0 ? null : a + b);
        }
    }

    Collection<AmendmentView> amendments() {
        return amendments.values();
    }

    void table(AmendmentTabled e, String baseWording, String tabledBy, Instant at) {
        if (!amendments.containsKey(e.amendmentId())) {
            put(new AmendmentView(e.amendmentId(), e.clauseId(), e.kind(), AmendmentState.PENDING, e.proposer(),
                    List.of(), e.baseRevision(), baseWording, e.replaced(), e.baseRevision(), e.from(), e.to(), e.text(),
                    e.heading(), e.justification(), "", null, tabledBy, at, false, e.moveAfter()));
        }
    }

    /** Pending again on a new base; the base wording is its clause's wording now. */
    void revise(AmendmentRevised e, Function<ArticleId, String> wordingNow) {
        update(e.amendmentId(), a -> new AmendmentView(e.amendmentId(), a.clauseId(), e.kind(),
                AmendmentState.PENDING, a.proposer(), a.cosponsors(), e.baseRevision(), wordingNow.apply(a.clauseId()),
                e.replaced(), e.baseRevision(), e.from(), e.to(), e.text(), a.heading(), e.justification(),
                a.decision(), a.resultingRevision(), a.tabledBy(), a.tabledAt(), a.option(), a.moveAfter()));
    }

    void rebase(AmendmentId amendment, long revision, int from, int to) {
        update(amendment, a -> new AmendmentView(amendment, a.clauseId(), a.kind(), a.state(),
                a.proposer(), a.cosponsors(), a.baseRevision(), a.baseWording(), a.baseReplaced(), revision, from, to,
                a.text(), a.heading(), a.justification(), a.decision(), a.resultingRevision(), a.tabledBy(),
                a.tabledAt(), a.option(), a.moveAfter()));
    }

    /** The resulting revision is kept when none is given. */
    void state(AmendmentId amendment, AmendmentState state, String decision, Long resultingRevision) {
        update(amendment, a -> new AmendmentView(amendment, a.clauseId(), a.kind(), state,
                a.proposer(), a.cosponsors(), a.baseRevision(), a.baseWording(), a.baseReplaced(), a.revision(),
                a.from(), a.to(), a.text(), a.heading(), a.justification(), decision,
                resultingRevision != null ? resultingRevision : a.resultingRevision(), a.tabledBy(), a.tabledAt(),
                a.option(), a.moveAfter()));
    }

    /** As {@code array_append(array_remove(..))} and {@code array_remove(..)}: a joiner goes last. */
    void cosponsor(AmendmentId amendment, DelegationCode delegation, boolean joins) {
        update(amendment, a -> {
            List<DelegationCode> cosponsors = new ArrayList<>(a.cosponsors());
            cosponsors.removeIf(delegation::equals);
            if (joins) {
                cosponsors.add(delegation);
            }
            return new AmendmentView(amendment, a.clauseId(), a.kind(), a.state(), a.proposer(), cosponsors,
                    a.baseRevision(), a.baseWording(), a.baseReplaced(), a.revision(), a.from(), a.to(), a.text(),
                    a.heading(), a.justification(), a.decision(), a.resultingRevision(), a.tabledBy(), a.tabledAt(),
                    a.option(), a.moveAfter());
        });
    }

    void options(List<AmendmentId> options) {
        options.forEach(option -> update(option, a -> new AmendmentView(option, a.clauseId(),
                a.kind(), a.state(), a.proposer(), a.cosponsors(), a.baseRevision(), a.baseWording(),
                a.baseReplaced(), a.revision(), a.from(), a.to(), a.text(), a.heading(), a.justification(),
                a.decision(), a.resultingRevision(), a.tabledBy(), a.tabledAt(), true, a.moveAfter())));
    }

    /** The number of open options of each clause (clauses without any are left out); a view, read-only. */
    Map<ArticleId, Integer> openOptions() {
        return Collections.unmodifiableMap(openOptions);
    }
}
