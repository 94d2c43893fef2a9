package org.accord.core.negotiation;

import org.accord.api.adoption.CharterAdopted;
import org.accord.api.amendment.AmendmentId;
import org.accord.api.amendment.AmendmentRevised;
import org.accord.api.amendment.AmendmentState;
import org.accord.api.amendment.AmendmentTabled;
import org.accord.api.comment.ClauseCommented;
import org.accord.api.drafting.ClauseKind;
import org.accord.api.drafting.ClauseSplit;
import org.accord.api.drafting.ClausesMerged;
import org.accord.api.milestone.MilestoneIssued;
import org.accord.api.position.PositionKind;
import org.accord.api.procedure.RulesOfProcedure;
import org.accord.api.procedure.RoundScheduled;
import org.accord.api.shared.ArticleId;
import org.accord.api.shared.DelegationCode;
import org.accord.api.shared.NegotiationId;
import org.accord.api.silence.SilenceId;
import org.accord.api.silence.SilenceProcedureOpened;
import org.accord.api.silence.SilenceView;

import java.time.Instant;
import java.util.List;

/**
 * The writes that {@link ReadModelUpdates} makes to the negotiation read model. The SQL tables
 * implement them ({@code NegotiationReadModel}), and so does the in-memory fold of the history
 * feature, which must give the same views. Each write has the meaning of its SQL statement: an
 * insert keeps a row that already exists, an update of a missing row changes nothing, and
 * {@code at} moves the negotiation's last activity forward, never back.
 */
public interface ReadModelWriter {

    void insertNegotiation(NegotiationId id, String title, String chair, String chairName, RulesOfProcedure rules,
                           Instant at);

    /** The decision rule and the confidentiality of the new rules of procedure. */
    void changeRules(NegotiationId id, RulesOfProcedure rules, Instant at);

    void insertDelegation(NegotiationId id, DelegationCode code, String name, boolean member, String head,
                          List<String> delegates, Instant at);

    /** A new unit after every other one, at revision 1 and {@code PROPOSED}. */
    void appendClause(NegotiationId id, ArticleId articleId, ClauseKind kind, ArticleId parent, String heading,
                      String body, String hash, String addedBy, Instant at);

    /** The new wording, only if {@code revision} is newer than the stored one. */
    void reviseArticle(NegotiationId id, ArticleId articleId, long revision, String body, String hash, Instant at);

    /** A co-editing batch applied to the wording of {@code revision - 1}; nothing if the stored revision is another. */
    void editArticle(NegotiationId id, ArticleId articleId, long revision, String operation, String hash, Instant at);

    /** Replaces the delegation's position on the clause. */
    void recordPosition(NegotiationId id, ArticleId articleId, DelegationCode delegation, long revision, String hash,
                        PositionKind kind, String statement, String declaredBy, Instant at);

    /** Re-derives the status of the given clauses (all of them when none is named), see {@link StatusRefresh}. */
    void refreshStatus(NegotiationId id, List<ArticleId> articleIds);

    /**
     * Whether a position or a held silence names {@code revision} of the clause: only then can the
     * clause's status change when the wording moves past that revision (what already named an
     * older one was stale before and stays so). Always true where asking costs more than
     * refreshing.
     */
    default boolean somethingStandsOn(NegotiationId id, ArticleId articleId, long revision) {
        return true;
    }

    /** A pending amendment, with the clause's wording now as the wording it was tabled on. */
    void tableAmendment(NegotiationId id, AmendmentTabled event, Instant at);

    void reviseAmendment(NegotiationId id, AmendmentRevised event, Instant at);

    void rebaseAmendment(NegotiationId id, AmendmentId amendment, long revision, int from, int to);

    /** The new state; the resulting revision only when one is given. */
    void amendmentState(NegotiationId id, AmendmentId amendment, AmendmentState state, String decision,
                        Long resultingRevision, Instant at);

    /** Joining puts the delegation last among the co-sponsors. */
    void cosponsor(NegotiationId id, AmendmentId amendment, DelegationCode delegation, boolean joins, Instant at);

    void comment(NegotiationId id, ClauseCommented event, Instant at);

    void milestone(NegotiationId id, MilestoneIssued event, Instant at);

    /** The adoption; every clause becomes {@code ADOPTED}. */
    void adopted(NegotiationId id, CharterAdopted event, Instant at);

    /** An authentication act or statement, once per event. */
    void attach(NegotiationId id, String eventId, DelegationCode delegation, String kind, String text, String by,
                Instant at);

    void silenceOpened(NegotiationId id, SilenceProcedureOpened event, Instant at);

    /** Business time {@code closedAt} is also the activity. */
    void silenceClosed(NegotiationId id, SilenceId silence, SilenceView.State state, String brokenBy, String act,
                       Instant closedAt);

    /** The silence held on each clause's current revision. */
    void silenceHeldOn(NegotiationId id, List<ArticleId> articles);

    void lateAct(NegotiationId id, SilenceId silence, String act, Instant at);

    void round(NegotiationId id, RoundScheduled event, Instant at);

    void options(NegotiationId id, List<AmendmentId> amendments, Instant at);

    /** The clause keeps the first part; the second follows it, and later units move down one place. */
    void split(NegotiationId id, ClauseSplit event, String secondHash, String addedBy, Instant at);

    /** The clause takes the merged wording; the merged unit and its positions go. */
    void merged(NegotiationId id, ClausesMerged event, Instant at);

    /** Units numbered afresh in {@code order}. */
    void reorder(NegotiationId id, List<ArticleId> order, Instant at);
}
