package org.accord.core.negotiation;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.accord.api.negotiation.AccreditMember;
import org.accord.api.negotiation.AccreditObserver;
import org.accord.api.negotiation.AddArticle;
import org.accord.api.negotiation.ArticleAdded;
import org.accord.api.negotiation.MemberAccredited;
import org.accord.api.negotiation.NegotiationOpened;
import org.accord.api.negotiation.ObserverAccredited;
import org.accord.api.negotiation.OpenNegotiation;
import org.accord.api.shared.Actor;
import org.accord.api.shared.ArticleId;
import org.accord.api.shared.DelegationCode;
import org.accord.api.shared.NegotiationId;
import org.accord.core.infrastructure.ActorMetaData;
import org.accord.core.infrastructure.SnapshotConfiguration;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.util.HashSet;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A negotiation on one charter: who takes part and the articles of the draft. Command handlers
 * decide through named policies; event-sourcing handlers only assign.
 */
// snapshots are Jackson JSON of the fields, not of getters
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
@Aggregate(snapshotTriggerDefinition = SnapshotConfiguration.NEGOTIATION_SNAPSHOTS)
class Negotiation {

    @AggregateIdentifier
    private NegotiationId negotiationId;
    private String chair;
    private final Set<DelegationCode> accredited = new HashSet<>();
    private final Set<ArticleId> articles = new HashSet<>();

    Negotiation() {
        // for Axon
    }

    @CommandHandler
    Negotiation(OpenNegotiation command, @MetaDataValue(ActorMetaData.KEY) Actor actor) {
        NegotiationPolicies.onlyTheSecretariatOpens(actor);
        apply(new NegotiationOpened(command.negotiationId(), command.title(), actor));
    }

    @CommandHandler
    void handle(AccreditMember command, @MetaDataValue(ActorMetaData.KEY) Actor actor) {
        NegotiationPolicies.onlyTheChair(chair, actor, "accredit a delegation");
        NegotiationPolicies.accreditedOnce(accredited, command.delegation());
        apply(new MemberAccredited(negotiationId, command.delegation(), command.name(), actor));
    }

    @CommandHandler
    void handle(AccreditObserver command, @MetaDataValue(ActorMetaData.KEY) Actor actor) {
        NegotiationPolicies.onlyTheChair(chair, actor, "accredit an observer");
        NegotiationPolicies.accreditedOnce(accredited, command.delegation());
        apply(new ObserverAccredited(negotiationId, command.delegation(), command.name(), actor));
    }

    @CommandHandler
    void handle(AddArticle command, @MetaDataValue(ActorMetaData.KEY) Actor actor) {
        NegotiationPolicies.onlyTheChair(chair, actor, "add an article");
        NegotiationPolicies.newArticle(articles, command.articleId());
        apply(new ArticleAdded(negotiationId, command.articleId(), command.heading(), command.text(), actor));
    }

    @EventSourcingHandler
    void on(NegotiationOpened event) {
        negotiationId = event.negotiationId();
        chair = event.openedBy().username();
    }

    @EventSourcingHandler
    void on(MemberAccredited event) {
        accredited.add(event.delegation());
    }

    @EventSourcingHandler
    void on(ObserverAccredited event) {
        accredited.add(event.delegation());
    }

    @EventSourcingHandler
    void on(ArticleAdded event) {
        articles.add(event.articleId());
    }
}
