package org.accord.ui.live;

import org.axonframework.messaging.responsetypes.ResponseType;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.QueryMessage;
import org.axonframework.queryhandling.SubscriptionQueryResult;

/**
 * The client facade that the screens' clients share for a subscription query whose updates are
 * whole states (a negotiation's view, its board, its history), so that only the latest matters.
 * Axon keeps the last {@code updateBufferSize} updates of every subscription in a replay buffer
 * for as long as it is open (256 by default): a view held open while the text is edited kept 256
 * whole negotiation views alive, long enough to be copied collection after collection. Updates
 * reach an open subscription whatever the buffer's size; the buffer only bridges the moment
 * between the initial result and the subscription to updates, when a newer state replaces an
 * older one anyway (ADR 0024).
 */
public final class LatestStateClient {

    /** Updates kept for replay: a few, for the moment between the initial result and the subscription. */
    static final int REPLAYED_UPDATES = 4;

    private LatestStateClient() {
    }

    public static <Q, I, U> SubscriptionQueryResult<I, U> watch(QueryGateway queries, Q query,
                                                               ResponseType<I> initial, ResponseType<U> update) {
        return queries.subscriptionQuery(QueryMessage.queryName(query), query, initial, update, REPLAYED_UPDATES);
    }
}
