package org.accord.core.negotiation;

import org.accord.api.milestone.FindMilestones;
import org.accord.api.negotiation.ArticleView;
import org.accord.api.negotiation.FindClause;
import org.accord.api.negotiation.FindNegotiation;
import org.accord.api.negotiation.FindNegotiations;
import org.accord.api.negotiation.NegotiationView;
import org.accord.api.position.AgreementHistory;
import org.accord.api.position.FindAgreementHistory;
import org.accord.api.position.FindEndorsementMatrix;
import org.accord.api.procedure.Confidentiality;
import org.accord.api.shared.Actor;
import org.accord.api.shared.ArticleId;
import org.accord.api.shared.NegotiationId;
import org.accord.api.silence.FindSilenceProcedures;
import org.accord.core.infrastructure.ActorMetaData;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.axonframework.queryhandling.SubscriptionQueryMessage;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Pushes a negotiation's new state to the subscriptions that concern it, each disclosed to its
 * own viewer: members and the chair receive the live view, observers what the confidentiality
 * setting allows (through {@link Disclosure}), outsiders nothing. Views are only built when
 * somebody is watching. Observers of a delayed negotiation see it change as time passes, not
 * only when an event happens: their view is re-checked periodically and pushed when it moved.
 */
@Component
class NegotiationUpdates {

    private final NegotiationReadModel readModel;
    private final Disclosure disclosure;
    private final QueryUpdateEmitter emitter;
    private final AgreementHistories histories;
    private final Map<NegotiationId, NegotiationView> lastObserved = new ConcurrentHashMap<>();

    /** The unit of work's resource naming the negotiations to push after its commit. */
    private static final String PENDING = NegotiationUpdates.class.getName() + ".pending";

    NegotiationUpdates(NegotiationReadModel readModel, Disclosure disclosure, QueryUpdateEmitter emitter,
                       AgreementHistories histories) {
        this.readModel = readModel;
        this.disclosure = disclosure;
        this.emitter = emitter;
        this.histories = histories;
    }

    /**
     * The negotiation changed in the current unit of work: its new state is pushed once that unit
     * has committed, once per negotiation however many of the batch's events touched it. Who is
     * watching is read then, not before: a screen that subscribes while the projection's
     * transaction is open runs its initial query on the state before it, and only a push decided
     * after the commit is sure to include it. Outside a unit of work it is pushed at once.
     */
    void changed(NegotiationId id) {
        if (!CurrentUnitOfWork.isStarted()) {
            push(id);
            return;
        }
        UnitOfWork<?> unit = CurrentUnitOfWork.get().root();
        Set<NegotiationId> pending = unit.getOrComputeResource(PENDING, key -> {
            Set<NegotiationId> changed = new LinkedHashSet<>();
            unit.afterCommit(committed -> changed.forEach(this::push));
            return changed;
        });
        pending.add(id);
    }

    private void push(NegotiationId id) {
        List<SubscriptionQueryMessage<?, ?, ?>> watching = List.copyOf(emitter.activeSubscriptions());
        pushSummaries(watching);
        List<SubscriptionQueryMessage<?, ?, ?>> concerned = concerning(watching, id);
        if (!concerned.isEmpty()) {
            readModel.find(id).ifPresent(live -> push(live, concerned, false));
        }
    }

    /** Observers of a delayed negotiation: push when the disclosed moment brought something new. */
    @Scheduled(fixedDelayString = "${accord.confidentiality.delayed-refresh:PT15S}")
    void refreshDelayed() {
        List<SubscriptionQueryMessage<?, ?, ?>> watching = List.copyOf(emitter.activeSubscriptions());
        watching.stream().map(NegotiationUpdates::negotiationOf).flatMap(Optional::stream).distinct()
                .forEach(id -> readModel.find(id)
                        .filter(live -> live.confidentiality().mode() == Confidentiality.Mode.DELAYED)
                        .ifPresent(live -> push(live, concerning(watching, id), true)));
    }

    private void push(NegotiationView live, List<SubscriptionQueryMessage<?, ?, ?>> concerned, boolean observersOnly) {
        Map<Audience, List<SubscriptionQueryMessage<?, ?, ?>>> byAudience = concerned.stream()
                .collect(Collectors.groupingBy(subscription -> Audience.of(live, viewerOf(subscription).orElseThrow())));
        if (!observersOnly && byAudience.containsKey(Audience.PARTICIPANT)) {
            send(live, () -> histories.all(live), byAudience.get(Audience.PARTICIPANT));
        }
        boolean delayed = live.confidentiality().mode() == Confidentiality.Mode.DELAYED;
        // an event happening now reaches delayed observers only N minutes later: the periodic
        // refresh brings it, so a burst of edits does not rebuild the past view on every event
        if (byAudience.containsKey(Audience.OBSERVER) && (observersOnly || !delayed)) {
            NegotiationView observed = disclosure.observed(live);
            if (!observed.equals(lastObserved.put(live.negotiationId(), observed))) {
                send(observed, () -> histories.observed(live), byAudience.get(Audience.OBSERVER));
            }
        }
    }

    private void send(NegotiationView view, Supplier<AgreementHistory> history,
                      List<SubscriptionQueryMessage<?, ?, ?>> subscriptions) {
        Set<String> ids = subscriptions.stream().map(SubscriptionQueryMessage::getIdentifier).collect(Collectors.toSet());
        if (subscriptions.stream().anyMatch(subscription -> subscription.getPayload() instanceof FindAgreementHistory)) {
            emitter.emit(to(ids, FindAgreementHistory.class), history.get());
        }
        emitter.emit(to(ids, FindNegotiation.class), view);
        emitter.emit(to(ids, FindEndorsementMatrix.class), EndorsementBoard.of(view));
        emitter.emit(to(ids, FindSilenceProcedures.class), view.silences());
        emitter.emit(to(ids, FindMilestones.class), view.milestones());
        subscriptions.stream()
                .filter(subscription -> subscription.getPayload() instanceof FindClause)
                .forEach(subscription -> clause(view, ((FindClause) subscription.getPayload()).clauseId())
                        .ifPresent(article -> emitter.emit(
                                to(Set.of(subscription.getIdentifier()), FindClause.class), article)));
    }

    private void pushSummaries(List<SubscriptionQueryMessage<?, ?, ?>> watching) {
        Map<NegotiationId, Optional<NegotiationView>> live = new java.util.HashMap<>();
        watching.stream()
                .filter(subscription -> subscription.getPayload() instanceof FindNegotiations)
                .filter(subscription -> viewerOf(subscription).isPresent())
                .collect(Collectors.groupingBy(subscription -> viewerOf(subscription).orElseThrow(),
                        Collectors.mapping(SubscriptionQueryMessage::getIdentifier, Collectors.toSet())))
                .forEach((viewer, ids) -> emitter.emit(to(ids, FindNegotiations.class),
                        disclosure.summaries(viewer, live)));
    }

    static Optional<ArticleView> clause(NegotiationView view, ArticleId clauseId) {
        return view.articles().stream().filter(article -> article.articleId().equals(clauseId)).findFirst();
    }

    private static <U> Predicate<SubscriptionQueryMessage<?, ?, U>> to(Set<String> ids, Class<?> queryType) {
        return subscription -> ids.contains(subscription.getIdentifier()) && queryType.isInstance(subscription.getPayload());
    }

    private static List<SubscriptionQueryMessage<?, ?, ?>> concerning(List<SubscriptionQueryMessage<?, ?, ?>> watching,
                                                                       NegotiationId id) {
        return watching.stream()
                .filter(subscription -> negotiationOf(subscription).filter(id::equals).isPresent())
                .filter(subscription -> viewerOf(subscription).isPresent())
                .toList();
    }

    private static Optional<NegotiationId> negotiationOf(SubscriptionQueryMessage<?, ?, ?> subscription) {
        Object query = subscription.getPayload();
        return Optional.ofNullable(query instanceof FindNegotiation q ? q.negotiationId()
                : query instanceof FindEndorsementMatrix q ? q.negotiationId()
                : query instanceof FindAgreementHistory q ? q.negotiationId()
                : query instanceof FindClause q ? q.negotiationId()
                : query instanceof FindSilenceProcedures q ? q.negotiationId()
                : query instanceof FindMilestones q ? q.negotiationId()
                : null);
    }

    /** A subscription's viewer; one without a viewer was refused and receives nothing. */
    private static Optional<Actor> viewerOf(SubscriptionQueryMessage<?, ?, ?> subscription) {
        return subscription.getMetaData().get(ActorMetaData.KEY) instanceof Actor viewer
                ? Optional.of(viewer) : Optional.empty();
    }
}
