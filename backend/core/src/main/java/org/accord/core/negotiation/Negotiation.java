package org.accord.core.negotiation;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.accord.api.drafting.ClauseRevised;
import org.accord.api.drafting.ReviseClause;
import org.accord.api.negotiation.AccreditMember;
import org.accord.api.negotiation.AccreditObserver;
import org.accord.api.negotiation.AddArticle;
import org.accord.api.negotiation.ArticleAdded;
import org.accord.api.negotiation.MemberAccredited;
import org.accord.api.negotiation.NegotiationOpened;
import org.accord.api.negotiation.ObserverAccredited;
import org.accord.api.negotiation.OpenNegotiation;
import org.accord.api.position.DeclarePosition;
import org.accord.api.position.PositionDeclared;
import org.accord.api.procedure.ChangeRulesOfProcedure;
import org.accord.api.procedure.RulesOfProcedure;
import org.accord.api.procedure.RulesOfProcedureChanged;
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
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A negotiation on one charter: its rules of procedure, who takes part, and the clauses of the
 * draft with their wording and the positions of the member delegations. One aggregate, so that
 * every decision that spans clauses (consensus, silence, adoption) is taken on consistent state.
 * Command handlers decide through named policies; event-sourcing handlers only assign.
 */
// snapshots are Jackson JSON of the fields, not of getters
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
@Aggregate(snapshotTriggerDefinition = SnapshotConfiguration.NEGOTIATION_SNAPSHOTS)
class Negotiation {

    @AggregateIdentifier
    private NegotiationId negotiationId;
    private String chair;
    private RulesOfProcedure rules;
    private final Set<DelegationCode> members = new HashSet<>();
    private final Set<DelegationCode> observers = new HashSet<>();
    private final Map<ArticleId, Clause> clauses = new LinkedHashMap<>();

    Negotiation() {
        // for Axon
    }

    @CommandHandler
    Negotiation(OpenNegotiation command, @MetaDataValue(ActorMetaData.KEY) Actor actor) {
        NegotiationPolicies.onlyTheSecretariatOpens(actor);
        apply(new NegotiationOpened(command.negotiationId(), command.title(), command.rules(), actor));
    }

    @CommandHandler
    void handle(ChangeRulesOfProcedure command, @MetaDataValue(ActorMetaData.KEY) Actor actor) {
        NegotiationPolicies.onlyTheChair(chair, actor, "change the rules of procedure");
        apply(new RulesOfProcedureChanged(negotiationId, command.rules(), actor));
    }

    @CommandHandler
    void handle(AccreditMember command, @MetaDataValue(ActorMetaData.KEY) Actor actor) {
        NegotiationPolicies.onlyTheChair(chair, actor, "accredit a delegation");
        NegotiationPolicies.accreditedOnce(accredited(), command.delegation());
        apply(new MemberAccredited(negotiationId, command.delegation(), command.name(), actor));
    }

    @CommandHandler
    void handle(AccreditObserver command, @MetaDataValue(ActorMetaData.KEY) Actor actor) {
        NegotiationPolicies.onlyTheChair(chair, actor, "accredit an observer");
        NegotiationPolicies.accreditedOnce(accredited(), command.delegation());
        apply(new ObserverAccredited(negotiationId, command.delegation(), command.name(), actor));
    }

    @CommandHandler
    void handle(AddArticle command, @MetaDataValue(ActorMetaData.KEY) Actor actor) {
        NegotiationPolicies.onlyTheChair(chair, actor, "add an article");
        NegotiationPolicies.newArticle(clauses.keySet(), command.articleId());
        apply(new ArticleAdded(negotiationId, command.articleId(), command.heading(), command.text(), actor));
    }

    @CommandHandler
    void handle(ReviseClause command, @MetaDataValue(ActorMetaData.KEY) Actor actor) {
        ParticipationPolicies.mayDraft(actor, members);
        Clause clause = ParticipationPolicies.existing(clauses, command.clauseId());
        ParticipationPolicies.current(clause, command.baseRevision());
        String wording = Wording.replace(clause.wording(), command.from(), command.to(), command.replacement());
        apply(new ClauseRevised(negotiationId, clause.id(), clause.revision() + 1, command.from(), command.to(),
                command.replacement(), wording, Wording.hash(wording), actor));
    }

    @CommandHandler
    void handle(DeclarePosition command, @MetaDataValue(ActorMetaData.KEY) Actor actor) {
        ParticipationPolicies.maySpeakFor(actor, command.delegation(), members);
        Clause clause = ParticipationPolicies.existing(clauses, command.clauseId());
        ParticipationPolicies.current(clause, command.revision());
        apply(new PositionDeclared(negotiationId, clause.id(), command.delegation(), clause.revision(),
                Wording.hash(clause.wording()), command.kind(), command.statement(), actor));
    }

    private Set<DelegationCode> accredited() {
        Set<DelegationCode> all = new HashSet<>(members);
        all.addAll(observers);
        return all;
    }

    @EventSourcingHandler
    void on(NegotiationOpened event) {
        negotiationId = event.negotiationId();
        chair = event.openedBy().username();
        rules = event.rules();
    }

    @EventSourcingHandler
    void on(RulesOfProcedureChanged event) {
        rules = event.rules();
    }

    @EventSourcingHandler
    void on(MemberAccredited event) {
        members.add(event.delegation());
    }

    @EventSourcingHandler
    void on(ObserverAccredited event) {
        observers.add(event.delegation());
    }

    @EventSourcingHandler
    void on(ArticleAdded event) {
        clauses.put(event.articleId(), new Clause(event.articleId(), event.text()));
    }

    @EventSourcingHandler
    void on(ClauseRevised event) {
        clauses.get(event.clauseId()).revised(event);
    }

    @EventSourcingHandler
    void on(PositionDeclared event) {
        clauses.get(event.clauseId()).positionDeclared(event);
    }
}
