package org.accord.ui.negotiation;

import org.accord.ui.live.LatestStateClient;
import org.accord.api.amendment.AmendmentId;
import org.accord.api.amendment.AmendmentKind;
import org.accord.api.amendment.CombineIntoOptions;
import org.accord.api.amendment.IncorporateAmendment;
import org.accord.api.amendment.JoinAmendment;
import org.accord.api.amendment.LeaveAmendment;
import org.accord.api.amendment.RejectAmendment;
import org.accord.api.amendment.ReviseAmendment;
import org.accord.api.amendment.TableAmendment;
import org.accord.api.amendment.WithdrawAmendment;
import org.accord.api.comment.CommentId;
import org.accord.api.comment.CommentOnClause;
import org.accord.api.negotiation.AddArticle;
import org.accord.api.negotiation.Capabilities;
import org.accord.api.negotiation.FindCapabilities;
import org.accord.api.negotiation.FindNegotiation;
import org.accord.api.negotiation.FindNegotiations;
import org.accord.api.negotiation.NegotiationSummary;
import org.accord.api.negotiation.NegotiationView;
import org.accord.api.position.DeclarePosition;
import org.accord.api.position.PositionKind;
import org.accord.api.position.ReopenClause;
import org.accord.api.shared.ArticleId;
import org.accord.api.shared.DelegationCode;
import org.accord.api.shared.NegotiationId;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.SubscriptionQueryResult;
import org.springframework.stereotype.Service;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionException;

/**
 * The negotiation feature as the views see it: the only way a view sends a negotiation command
 * or subscribes to a negotiation query. The server attaches the signed-in actor to every command
 * and the aggregate decides whether that actor may act.
 */
@Service
public class NegotiationClient {

    private final CommandGateway commands;
    private final QueryGateway queries;

    NegotiationClient(CommandGateway commands, QueryGateway queries) {
        this.commands = commands;
        this.queries = queries;
    }

    public SubscriptionQueryResult<List<NegotiationSummary>, List<NegotiationSummary>> watchNegotiations() {
        return LatestStateClient.watch(queries, new FindNegotiations(),
                ResponseTypes.multipleInstancesOf(NegotiationSummary.class),
                ResponseTypes.multipleInstancesOf(NegotiationSummary.class));
    }

    public SubscriptionQueryResult<Optional<NegotiationView>, NegotiationView> watchNegotiation(NegotiationId id) {
        return LatestStateClient.watch(queries, new FindNegotiation(id),
                ResponseTypes.optionalInstanceOf(NegotiationView.class),
                ResponseTypes.instanceOf(NegotiationView.class));
    }

    /** Adds an article at the end of the draft; throws when the server refuses it. */
    public ArticleId addArticle(NegotiationId negotiation, String heading, String text) {
        ArticleId id = ArticleId.random();
        commands.sendAndWait(new AddArticle(negotiation, id, heading, text));
        return id;
    }

    /** What the signed-in person may do in the negotiation now, as the server judges it. */
    public Capabilities capabilities(NegotiationId negotiation) {
        try {
            return queries.query(new FindCapabilities(negotiation), Capabilities.class).join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    /**
     * Tables an amendment to a clause, written on its revision {@code baseRevision}: code points
     * {@code [from, to)} become {@code text}; throws when the server refuses it.
     */
    public AmendmentId tableAmendment(NegotiationId negotiation, ArticleId clause, long baseRevision,
                                      AmendmentKind kind, int from, int to, String text, String justification) {
        AmendmentId id = AmendmentId.random();
        commands.sendAndWait(new TableAmendment(negotiation, id, clause, baseRevision, kind, from, to, text, null,
                justification));
        return id;
    }

    /** The person's delegation joins the amendment as co-sponsor. */
    /** Proposes a new article (an amendment of kind {@code NEW_CLAUSE}); throws when the server refuses it. */
    public AmendmentId proposeArticle(NegotiationId negotiation, String heading, String text, String justification) {
        AmendmentId id = AmendmentId.random();
        commands.sendAndWait(new TableAmendment(negotiation, id, ArticleId.random(), 0, AmendmentKind.NEW_CLAUSE, 0, 0,
                text, heading, justification, null));
        return id;
    }

    /** Tables the proposal to move {@code article} to just after {@code after} (null: to the top). */
    public AmendmentId proposeMove(NegotiationId negotiation, ArticleId article, ArticleId after, String justification) {
        AmendmentId id = AmendmentId.random();
        commands.sendAndWait(new TableAmendment(negotiation, id, article, 0, AmendmentKind.MOVE, 0, 0, "", null,
                justification, after));
        return id;
    }

    public void cosponsorAmendment(NegotiationId negotiation, AmendmentId amendment) {
        commands.sendAndWait(new JoinAmendment(negotiation, amendment));
    }

    /** The person's delegation leaves the amendment it co-sponsors. */
    public void leaveAmendment(NegotiationId negotiation, AmendmentId amendment) {
        commands.sendAndWait(new LeaveAmendment(negotiation, amendment));
    }

    /** The proposer rewrites its open amendment on the clause's revision {@code baseRevision}. */
    public void reviseAmendment(NegotiationId negotiation, AmendmentId amendment, long baseRevision, AmendmentKind kind,
                                int from, int to, String text, String justification) {
        commands.sendAndWait(new ReviseAmendment(negotiation, amendment, baseRevision, kind, from, to, text,
                justification));
    }

    /** The proposer withdraws its amendment. */
    public void withdrawAmendment(NegotiationId negotiation, AmendmentId amendment) {
        commands.sendAndWait(new WithdrawAmendment(negotiation, amendment));
    }

    /** The chair incorporates the amendment into the clause. */
    public void incorporateAmendment(NegotiationId negotiation, AmendmentId amendment) {
        commands.sendAndWait(new IncorporateAmendment(negotiation, amendment));
    }

    /** The chair rejects the amendment, with the reason. */
    public void rejectAmendment(NegotiationId negotiation, AmendmentId amendment, String reason) {
        commands.sendAndWait(new RejectAmendment(negotiation, amendment, reason));
    }

    /** The chair puts competing amendments to one clause side by side as options. */
    public void combineIntoOptions(NegotiationId negotiation, ArticleId clause, List<AmendmentId> amendments) {
        commands.sendAndWait(new CombineIntoOptions(negotiation, clause, amendments));
    }

    /**
     * The head of {@code delegation} declares its position on revision {@code revision} of the
     * clause; {@code delegation} names the state spoken for (the server checks it is the person's).
     */
    public void declarePosition(NegotiationId negotiation, ArticleId clause, DelegationCode delegation, long revision,
                                PositionKind kind, String statement) {
        commands.sendAndWait(new DeclarePosition(negotiation, clause, delegation, revision, kind, statement));
    }

    /** The head of {@code delegation} reopens an agreed clause, with the reason. */
    public void reopenClause(NegotiationId negotiation, ArticleId clause, DelegationCode delegation, String reason) {
        commands.sendAndWait(new ReopenClause(negotiation, clause, delegation, reason));
    }

    /** Comments on a clause, or replies to {@code inReplyTo} when it is not {@code null}. */
    public CommentId comment(NegotiationId negotiation, ArticleId clause, CommentId inReplyTo, String text) {
        CommentId id = CommentId.random();
        commands.sendAndWait(new CommentOnClause(negotiation, clause, id, inReplyTo, text));
        return id;
    }
}
