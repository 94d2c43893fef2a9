package org.accord.api.position;

import org.accord.api.shared.ArticleId;
import org.accord.api.shared.DelegationCode;

import java.util.List;
import java.util.Map;

/**
 * Member × clause: each member delegation's latest position on each clause and whether it is on
 * the current wording, with the clause's status and the share of clauses agreed.
 */
public record EndorsementMatrix(List<DelegationCode> members, List<Row> rows, double shareAgreed) {

    /** One clause of the board; a member without a position has no cell. */
    public record Row(ArticleId clauseId, int number, String heading, long revision, ClauseStatus status,
                      Map<DelegationCode, Cell> cells) {

        public Row {
            cells = Map.copyOf(cells);
        }
    }

    /** A position on the board: stale when given on an earlier revision. */
    public record Cell(PositionKind kind, long revision, boolean current) {
    }

    public EndorsementMatrix {
        members = List.copyOf(members);
        rows = List.copyOf(rows);
    }
}
