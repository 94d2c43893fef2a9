package org.accord.api.milestone;

import java.util.List;

/** An issued text in full: the milestone and the exact wording of every clause it froze, in reading order. */
public record IssuedText(MilestoneView milestone, List<FrozenClause> clauses) {

    public IssuedText {
        clauses = List.copyOf(clauses);
    }
}
