package org.accord.ui.board;

import org.accord.ui.live.LatestStateClient;
import org.accord.api.negotiation.FindNegotiation;
import org.accord.api.negotiation.NegotiationView;
import org.accord.api.position.AgreementHistory;
import org.accord.api.position.EndorsementMatrix;
import org.accord.api.position.FindAgreementHistory;
import org.accord.api.position.FindEndorsementMatrix;
import org.accord.api.shared.NegotiationId;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.SubscriptionQueryResult;
import org.springframework.stereotype.Service;

import java.util.Optional;

/**
 * The endorsement board as the views see it: three live queries, each answered and pushed by
 * the server as the signed-in viewer may see it. The board sends no command.
 */
@Service
public class BoardClient {

    private final QueryGateway queries;

    BoardClient(QueryGateway queries) {
        this.queries = queries;
    }

    /** The negotiation's frame (title, members, clause headings, confidentiality). */
    public SubscriptionQueryResult<Optional<NegotiationView>, NegotiationView> watchNegotiation(NegotiationId id) {
        return LatestStateClient.watch(queries, new FindNegotiation(id),
                ResponseTypes.optionalInstanceOf(NegotiationView.class),
                ResponseTypes.instanceOf(NegotiationView.class));
    }

    public SubscriptionQueryResult<Optional<EndorsementMatrix>, EndorsementMatrix> watchMatrix(NegotiationId id) {
        return LatestStateClient.watch(queries, new FindEndorsementMatrix(id),
                ResponseTypes.optionalInstanceOf(EndorsementMatrix.class),
                ResponseTypes.instanceOf(EndorsementMatrix.class));
    }

    public SubscriptionQueryResult<Optional<AgreementHistory>, AgreementHistory> watchHistory(NegotiationId id) {
        return LatestStateClient.watch(queries, new FindAgreementHistory(id),
                ResponseTypes.optionalInstanceOf(AgreementHistory.class),
                ResponseTypes.instanceOf(AgreementHistory.class));
    }
}
