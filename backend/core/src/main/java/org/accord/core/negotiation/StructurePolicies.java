package org.accord.core.negotiation;

import org.accord.api.drafting.ClauseKind;
import org.accord.api.shared.CommandRejectedException;
import org.accord.api.shared.RejectionReason;

import java.util.Collection;
import java.util.Objects;

/** Rules of the text's structure: paragraphs belong to articles; splitting and merging keep identities. */
final class StructurePolicies {

    private StructurePolicies() {
    }

    static void article(Clause clause) {
        if (clause.kind() != ClauseKind.ARTICLE) {
            throw new CommandRejectedException(RejectionReason.NOT_AN_ARTICLE, clause.id() + " is not an article");
        }
    }

    /** A split leaves text on both sides; a split article needs a heading for its second half. */
    static void splittable(Clause clause, int at, String newHeading) {
        if (at >= Wording.length(clause.wording())) {
            throw new CommandRejectedException(RejectionReason.RANGE_OUT_OF_BOUNDS,
                    "A split must leave text on both sides of position " + at);
        }
        if (clause.kind() == ClauseKind.ARTICLE && newHeading.isBlank()) {
            throw new CommandRejectedException(RejectionReason.NOT_AN_ARTICLE,
                    "The second half of a split article needs a heading");
        }
    }

    /**
     * Two clauses of the same kind (and the same article, for paragraphs) merge; an article with
     * paragraphs, or a clause with open amendments, must be dealt with first.
     */
    static void mergeable(Clause clause, Clause merged, Collection<Clause> all, boolean mergedHasOpenAmendments) {
        if (clause.kind() != merged.kind() || !Objects.equals(clause.parent(), merged.parent())) {
            throw new CommandRejectedException(RejectionReason.CLAUSES_NOT_MERGEABLE,
                    clause.id() + " and " + merged.id() + " are not units of the same kind and place");
        }
        if (all.stream().anyMatch(c -> merged.id().equals(c.parent()))) {
            throw new CommandRejectedException(RejectionReason.CLAUSES_NOT_MERGEABLE,
                    merged.id() + " still has paragraphs");
        }
        if (mergedHasOpenAmendments) {
            throw new CommandRejectedException(RejectionReason.CLAUSE_HAS_OPEN_AMENDMENTS,
                    merged.id() + " has open amendments: decide them before merging");
        }
    }
}
