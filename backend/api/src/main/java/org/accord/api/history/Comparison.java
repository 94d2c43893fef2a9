package org.accord.api.history;

import org.accord.api.amendment.AmendmentView;
import org.accord.api.position.ClauseStatus;
import org.accord.api.position.PositionView;
import org.accord.api.shared.ArticleId;
import org.accord.api.shared.DelegationCode;

import java.time.Instant;
import java.util.List;

/**
 * What changed in the charter between two points of its history.
 *
 * @param fromAt          when the event {@code fromSequence} was recorded (null for -1)
 * @param toAt            when the event {@code toSequence} was recorded (null for -1)
 * @param clauses         every clause that differs (wording, heading, number, status, positions, or an
 *                        amendment decided between the two points), in the reading order of the later
 *                        text, then the clauses that no longer exist in it
 * @param unchanged       how many clauses present at both points did not differ at all
 * @param decidedProposals proposals of new articles decided (incorporated, rejected, withdrawn,
 *                        superseded) between the two points, as they stood at {@code toSequence}
 */
public record Comparison(long fromSequence, long toSequence, Instant fromAt, Instant toAt,
                         List<ClauseComparison> clauses, int unchanged, List<AmendmentView> decidedProposals) {

    public Comparison {
        clauses = List.copyOf(clauses);
        decidedProposals = List.copyOf(decidedProposals);
    }

    /**
     * One clause at both points; the {@code before} fields are null for a clause added in between,
     * the {@code after} fields for a clause that no longer exists (merged away).
     *
     * @param wording   the word-level diff from the earlier wording to the later one (all
     *                  {@code SAME} when the wording did not change; all inserted for a new clause)
     * @param positions the delegations whose position differs (kind, statement, revision or currency)
     * @param decided   the clause's amendments decided between the two points, as they stood at
     *                  {@code toSequence}
     */
    public record ClauseComparison(ArticleId clauseId,
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
