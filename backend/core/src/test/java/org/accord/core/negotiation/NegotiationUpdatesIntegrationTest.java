package org.accord.core.negotiation;

import org.accord.api.negotiation.AccreditMember;
import org.accord.api.negotiation.FindNegotiation;
import org.accord.api.negotiation.NegotiationView;
import org.accord.api.negotiation.OpenNegotiation;
import org.accord.api.shared.Actor;
import org.accord.api.shared.DelegationCode;
import org.accord.api.shared.NegotiationId;
import org.accord.api.shared.Role;
import org.accord.core.CoreTestApplication;
import org.accord.core.infrastructure.ActorMetaData;
import org.accord.testing.FreshDatabaseInitializer;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.GenericMessage;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.SubscriptionQueryResult;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A negotiation's change is pushed after the projection's commit, to whoever watches then: a
 * screen that subscribed while the projection's transaction was open (its initial query saw the
 * state before it) still receives the new state, once however often the batch touched it.
 */
@SpringBootTest(classes = CoreTestApplication.class)
@ContextConfiguration(initializers = FreshDatabaseInitializer.class)
class NegotiationUpdatesIntegrationTest {

    static final Actor CHAIR = new Actor("chair", "Secretariat", Role.CHAIR, null);

    @Autowired CommandGateway commands;
    @Autowired QueryGateway queries;
    @Autowired NegotiationUpdates updates;

    @Test
    void a_subscription_made_while_the_projection_commits_receives_the_change_once() {
        NegotiationId id = NegotiationId.random();
        commands.sendAndWait(new OpenNegotiation(id, "Charter"), ActorMetaData.of(CHAIR));
        commands.sendAndWait(new AccreditMember(id, DelegationCode.of("KAZ"), "Kazakhstan"), ActorMetaData.of(CHAIR));
        await().atMost(Duration.ofSeconds(10)).until(() -> view(id).filter(v -> !v.delegations().isEmpty()).isPresent());

        UnitOfWork<?> projection = DefaultUnitOfWork.startAndGet(null);
        updates.changed(id);
        updates.changed(id);
        // a screen opens while the projection's unit of work is still open, on another thread
        List<NegotiationView> pushed = new CopyOnWriteArrayList<>();
        SubscriptionQueryResult<Optional<NegotiationView>, NegotiationView> watch = CompletableFuture.supplyAsync(() ->
                queries.subscriptionQuery(new GenericMessage<>(new FindNegotiation(id), ActorMetaData.of(CHAIR)),
                        ResponseTypes.optionalInstanceOf(NegotiationView.class),
                        ResponseTypes.instanceOf(NegotiationView.class))).join();
        try {
            watch.updates().subscribe(pushed::add);
            assertThat(pushed).as("nothing before the commit").isEmpty();

            projection.commit();

            assertThat(pushed).as("pushed once, after the commit, to the subscription made meanwhile").hasSize(1);
            assertThat(pushed.get(0).negotiationId()).isEqualTo(id);
        } finally {
            watch.cancel();
        }
    }

    private Optional<NegotiationView> view(NegotiationId id) {
        return queries.query(new GenericMessage<>(new FindNegotiation(id), ActorMetaData.of(CHAIR)),
                ResponseTypes.optionalInstanceOf(NegotiationView.class)).join();
    }
}
