package org.accord.api.history;

import org.accord.api.amendment.AmendmentView;
import org.accord.api.drafting.ClauseKind;
import org.accord.api.position.ClauseStatus;
import org.accord.api.position.PositionView;
import org.accord.api.shared.ArticleId;
import org.accord.api.shared.DelegationCode;

import java.time.Instant;
import java.util.List;

/**
 * What changed in the charter between two points of its history. It always reads from
 * {@code fromSequence} ("before") to {@code toSequence} ("after"), also when {@code fromSequence}
 * is the later point: the wording diff then deletes what was added in between, and a clause added
 * in between has only {@code before} fields. Only the decided amendments do not depend on the
 * direction: they are the amendments open (or not yet tabled) at the earlier point and decided at
 * the later one, as they stood at the later one (so with their decision).
 *
 * @param fromAt          when the event {@code fromSequence} was recorded (null for -1)
 * @param toAt            when the event {@code toSequence} was recorded (null for -1)
 * @param clauses         every clause that differs (wording, heading, number, revision, status,
 *                        positions, or an amendment decided between the two points), in the reading
 *                        order of the text at {@code toSequence}, then the clauses that exist only at
 *                        {@code fromSequence}, in its reading order; amendments tabled, revised or
 *                        commented on without a decision do not make a clause differ
 * @param unchanged       how many clauses present at both points did not differ at all
 * @param decidedProposals proposals of new articles decided (incorporated, rejected, withdrawn,
 *                        superseded) between the two points, as they stood at the later point,
 *                        in the order of {@code NegotiationView.newClauseProposals}
 */
public record Comparison(long fromSequence, long toSequence, Instant fromAt, Instant toAt,
                         List<ClauseComparison> clauses, int unchanged, List<AmendmentView> decidedProposals) {

    public Comparison {
        clauses = List.copyOf(clauses);
        decidedProposals = List.copyOf(decidedProposals);
    }

    /**
     * One clause at both points, matched by id (articles, paragraphs and the preamble alike); the
     * {@code before} fields are null for a clause that did not exist at {@code fromSequence}, the
     * {@code after} fields for one that does not exist at {@code toSequence} (merged away).
     *
     * @param kind      article, paragraph or preamble paragraph (a clause never changes kind)
     * @param wording   the word-level diff from the wording at {@code fromSequence} to the one at {@code toSequence} (all
     *                  {@code SAME} when the wording did not change, empty for an empty wording; all
     *                  inserted for a clause that did not exist at {@code fromSequence}, all deleted for
     *                  one that does not exist at {@code toSequence})
     * @param positions the delegations whose position differs (kind, statement, revision or currency),
     *                  by delegation code
     * @param decided   the clause's amendments decided between the two points, as they stood at
     *                  the later point (listed on this clause then), by {@code tabledAt}, id
     */
    public record ClauseComparison(ArticleId clauseId, ClauseKind kind,
                                   Integer numberBefore, Integer numberAfter,
                                   String headingBefore, String headingAfter,
                                   Long revisionBefore, Long revisionAfter,
                                   ClauseStatus statusBefore, ClauseStatus statusAfter,
                                   List<DiffSegment> wording,
                                   List<PositionChange> positions,
                                   List<AmendmentView> decided) {

        public ClauseComparison {
            wording = List.copyOf(wording);
            positions = List.copyOf(positions);
            decided = List.copyOf(decided);
        }

        public boolean wordingChanged() {
            return wording.stream().anyMatch(segment -> segment.kind() != DiffSegment.Kind.SAME);
        }
    }

    /** A delegation's position before and after; either is null when it had none then. */
    public record PositionChange(DelegationCode delegation, PositionView before, PositionView after) {
    }

    /** A run of words the same at both points, deleted, or inserted. */
    public record DiffSegment(Kind kind, String text) {

        public enum Kind { SAME, DELETED, INSERTED }
    }
}
