package org.accord.core.negotiation;

import org.accord.api.amendment.AmendmentState;
import org.accord.api.position.ClauseStatus;
import org.accord.api.procedure.DecisionRule;
import org.accord.api.shared.ArticleId;
import org.accord.api.shared.DelegationCode;
import org.accord.core.position.Consensus;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How the read model re-derives the status it shows for each clause (ADR 0007): from the facts
 * it holds, through {@link Consensus}. The SQL read model and the in-memory fold gather the facts
 * from their own tables and both decide here.
 */
public final class StatusRefresh {

    /**
     * What a clause's status depends on.
     *
     * @param silenceHeldRevision the revision a silence procedure held on (0: none)
     * @param openOptions         the clause's options not decided yet, see {@link #openOption}
     */
    public record ClauseFacts(long revision, long silenceHeldRevision, Map<DelegationCode, Consensus.Stance> stances,
                              int openOptions) {

        public ClauseFacts {
            stances = Map.copyOf(stances);
        }
    }

    private StatusRefresh() {
    }

    /**
     * The new status of each named clause that exists (of every clause when none is named); none
     * once the charter is adopted, since adoption is final.
     */
    public static Map<ArticleId, ClauseStatus> statuses(DecisionRule rule, Set<DelegationCode> members,
                                                        boolean adopted, Map<ArticleId, ClauseFacts> clauses,
                                                        List<ArticleId> named) {
        Map<ArticleId, ClauseStatus> statuses = new LinkedHashMap<>();
        if (adopted) {
            return statuses;
        }
        for (ArticleId id : named.isEmpty() ? clauses.keySet() : named) {
            ClauseFacts facts = clauses.get(id);
            if (facts != null) {
                statuses.put(id, Consensus.status(rule, members, facts.revision(), facts.stances(),
                        facts.revision() == facts.silenceHeldRevision(), facts.openOptions()));
            }
        }
        return statuses;
    }

    /** An amendment the chair made an option, and not yet decided, keeps its clause in options. */
    public static boolean openOption(boolean option, AmendmentState state) {
        return option && state.isOpen();
    }
}
