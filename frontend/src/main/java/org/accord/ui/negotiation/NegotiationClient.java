package org.accord.ui.negotiation;

import org.accord.api.negotiation.AddArticle;
import org.accord.api.negotiation.FindNegotiation;
import org.accord.api.negotiation.FindNegotiations;
import org.accord.api.negotiation.NegotiationSummary;
import org.accord.api.negotiation.NegotiationView;
import org.accord.api.shared.ArticleId;
import org.accord.api.shared.NegotiationId;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.SubscriptionQueryResult;
import org.springframework.stereotype.Service;

import java.util.List;
import java.util.Optional;

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
        return queries.subscriptionQuery(new FindNegotiations(),
                ResponseTypes.multipleInstancesOf(NegotiationSummary.class),
                ResponseTypes.multipleInstancesOf(NegotiationSummary.class));
    }

    public SubscriptionQueryResult<Optional<NegotiationView>, NegotiationView> watchNegotiation(NegotiationId id) {
        return queries.subscriptionQuery(new FindNegotiation(id),
                ResponseTypes.optionalInstanceOf(NegotiationView.class),
                ResponseTypes.instanceOf(NegotiationView.class));
    }

    /** Adds an article at the end of the draft; throws when the server refuses it. */
    public ArticleId addArticle(NegotiationId negotiation, String heading, String text) {
        ArticleId id = ArticleId.random();
        commands.sendAndWait(new AddArticle(negotiation, id, heading, text));
        return id;
    }
}
