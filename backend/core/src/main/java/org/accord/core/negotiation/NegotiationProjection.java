package org.accord.core.negotiation;

import org.accord.api.negotiation.ArticleAdded;
import org.accord.api.negotiation.FindNegotiation;
import org.accord.api.negotiation.FindNegotiations;
import org.accord.api.negotiation.MemberAccredited;
import org.accord.api.negotiation.NegotiationOpened;
import org.accord.api.negotiation.NegotiationSummary;
import org.accord.api.negotiation.NegotiationView;
import org.accord.api.negotiation.ObserverAccredited;
import org.accord.api.shared.NegotiationId;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.queryhandling.QueryHandler;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Keeps the negotiation read model and answers its queries. After each change it pushes the
 * new state to the subscription queries that asked for it; Axon delivers those updates only
 * once the transaction has committed.
 */
@Component
@ProcessingGroup(NegotiationProjection.PROCESSING_GROUP)
class NegotiationProjection {

    static final String PROCESSING_GROUP = "negotiation-projection";

    private final NegotiationReadModel readModel;
    private final QueryUpdateEmitter emitter;

    NegotiationProjection(NegotiationReadModel readModel, QueryUpdateEmitter emitter) {
        this.readModel = readModel;
        this.emitter = emitter;
    }

    @EventHandler
    void on(NegotiationOpened event, @Timestamp Instant at) {
        readModel.insertNegotiation(event.negotiationId(), event.title(), event.openedBy().username(),
                event.openedBy().displayName(), at);
        changed(event.negotiationId());
    }

    @EventHandler
    void on(MemberAccredited event, @Timestamp Instant at) {
        readModel.insertDelegation(event.negotiationId(), event.delegation(), event.name(), true, at);
        changed(event.negotiationId());
    }

    @EventHandler
    void on(ObserverAccredited event, @Timestamp Instant at) {
        readModel.insertDelegation(event.negotiationId(), event.delegation(), event.name(), false, at);
        changed(event.negotiationId());
    }

    @EventHandler
    void on(ArticleAdded event, @Timestamp Instant at) {
        readModel.appendArticle(event.negotiationId(), event.articleId(), event.heading(), event.text(),
                event.by().displayName(), at);
        changed(event.negotiationId());
    }

    @ResetHandler
    void reset() {
        readModel.clear();
    }

    @QueryHandler
    Optional<NegotiationView> handle(FindNegotiation query) {
        return readModel.find(query.negotiationId());
    }

    @QueryHandler
    List<NegotiationSummary> handle(FindNegotiations query) {
        return readModel.summaries();
    }

    private void changed(NegotiationId id) {
        readModel.find(id).ifPresent(view ->
                emitter.emit(FindNegotiation.class, query -> query.negotiationId().equals(id), view));
        emitter.emit(FindNegotiations.class, query -> true, readModel.summaries());
    }
}
