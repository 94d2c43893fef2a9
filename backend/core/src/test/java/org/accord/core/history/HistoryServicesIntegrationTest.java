package org.accord.core.history;

import org.accord.api.coediting.EditClause;
import org.accord.api.history.FindNegotiationAt;
import org.accord.api.history.FindRebuildProgress;
import org.accord.api.history.FindTimeline;
import org.accord.api.history.RebuildProgress;
import org.accord.api.history.RebuildReadModels;
import org.accord.api.history.TimelineEntry;
import org.accord.api.history.TimelinePage;
import org.accord.api.negotiation.FindNegotiation;
import org.accord.api.negotiation.NegotiationView;
import org.accord.api.shared.Actor;
import org.accord.api.shared.ArticleId;
import org.accord.api.shared.CommandRejectedException;
import org.accord.api.shared.DelegationCode;
import org.accord.api.shared.NegotiationId;
import org.accord.api.shared.QueryRefusedException;
import org.accord.api.shared.RejectionReason;
import org.accord.api.shared.Role;
import org.accord.core.CoreTestApplication;
import org.accord.core.infrastructure.ActorMetaData;
import org.accord.testing.FreshDatabaseInitializer;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.GenericMessage;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.SubscriptionQueryResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * The history services on real PostgreSQL: timeline filters and keyset paging, the charter at a
 * point, the rebuild of the read models (chair only, no live update during the replay) and its
 * progress.
 */
@SpringBootTest(classes = CoreTestApplication.class, properties = {
        "accord.demo.enabled=true", "accord.demo.password=demo-password", "accord.history.keyframe-interval=100"})
@ContextConfiguration(initializers = FreshDatabaseInitializer.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HistoryServicesIntegrationTest {

    static final NegotiationId DEMO = NegotiationId.of("c5-security-charter");
    static final NegotiationId GENERATED = NegotiationId.of("generated-timeline");
    static final Actor CHAIR = new Actor("chair", "Secretariat (Chair)", Role.CHAIR, null);
    static final Actor KAZ_HEAD = new Actor("kaz.head", "Aigerim", Role.HEAD_OF_DELEGATION, DelegationCode.of("KAZ"));
    static final Actor UN_OBSERVER = new Actor("un.observer", "Observer", Role.OBSERVER, DelegationCode.of("UN"));

    @Autowired CommandGateway commands;
    @Autowired QueryGateway queries;
    @Autowired EventStore eventStore;
    @Autowired HistoryGenerator generator;
    @Autowired ReadModelRebuild rebuild;
    @Autowired NegotiationAsOf history;
    @Autowired JdbcClient jdbc;

    @BeforeAll
    void generate() {
        generator.generate(GENERATED, 1_200, 11, 200);
        awaitTimeline(GENERATED);
        awaitTimeline(DEMO);
    }

    void awaitTimeline(NegotiationId id) {
        long events = events(id).size();
        await().atMost(Duration.ofSeconds(60)).until(() -> jdbc.sql(
                "select count(*) from timeline_entry where negotiation_id = :id").param("id", id.value())
                .query(Long.class).single() == events);
    }

    List<? extends DomainEventMessage<?>> events(NegotiationId id) {
        return eventStore.readEvents(id.value(), 0).asStream().toList();
    }

    TimelinePage timeline(FindTimeline query, Actor viewer) {
        return queries.query(new GenericMessage<>(query, ActorMetaData.of(viewer)),
                ResponseTypes.instanceOf(TimelinePage.class)).join();
    }

    List<TimelineEntry> allPages(FindTimeline first) {
        List<TimelineEntry> all = new ArrayList<>();
        FindTimeline query = first;
        while (true) {
            TimelinePage page = timeline(query, CHAIR);
            assertThat(page.entries()).hasSizeLessThanOrEqualTo(first.limit());
            all.addAll(page.entries());
            if (page.nextAfter() == null) {
                return all;
            }
            assertThat(page.entries()).hasSize(first.limit());
            query = query.after(page.nextAfter());
        }
    }

    static Actor by(Object payload) {
        for (var component : payload.getClass().getRecordComponents()) {
            if (component.getType() == Actor.class) {
                try {
                    return (Actor) component.getAccessor().invoke(payload);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return null;
    }

    @Test
    void the_timeline_pages_through_every_event_in_order() {
        List<? extends DomainEventMessage<?>> events = events(GENERATED);
        List<TimelineEntry> all = allPages(FindTimeline.first(GENERATED, 97));
        assertThat(all).extracting(TimelineEntry::sequence)
                .containsExactlyElementsOf(events.stream().map(DomainEventMessage::getSequenceNumber).toList());
        assertThat(all).extracting(TimelineEntry::act)
                .containsExactlyElementsOf(events.stream().map(e -> e.getPayloadType().getSimpleName()).toList());
        TimelineEntry edit = all.stream().filter(e -> e.act().equals("ClauseEdited")).findFirst().orElseThrow();
        assertThat(edit.clauseId()).isNotNull();
        assertThat(edit.actor()).isNotBlank();
        assertThat(edit.params()).containsKey("revision").doesNotContainKey("operation");
        TimelineEntry first = all.get(0);
        assertThat(first.act()).isEqualTo("NegotiationOpened");
        assertThat(first.actor()).isEqualTo("chair");
        assertThat(first.delegation()).isNull();
    }

    @Test
    void the_timeline_filters_by_delegation_clause_act_and_time() {
        List<? extends DomainEventMessage<?>> events = events(GENERATED);
        DelegationCode kaz = DelegationCode.of("KAZ");
        List<Long> byKaz = events.stream().filter(e -> by(e.getPayload()) != null
                && kaz.equals(by(e.getPayload()).delegation())).map(DomainEventMessage::getSequenceNumber).toList();
        assertThat(byKaz).isNotEmpty();
        assertThat(allPages(new FindTimeline(GENERATED, kaz, null, Set.of(), null, null, -1, 25)))
                .extracting(TimelineEntry::sequence).containsExactlyElementsOf(byKaz);

        ArticleId clause = ArticleId.of("gen-art-3");
        List<TimelineEntry> onClause = allPages(new FindTimeline(GENERATED, null, clause, Set.of(), null, null, -1, 40));
        assertThat(onClause).isNotEmpty().allSatisfy(e -> assertThat(e.clauseId()).isEqualTo(clause));

        Set<String> acts = Set.of("PositionDeclared", "AmendmentTabled");
        List<Long> declaredOrTabled = events.stream().filter(e -> acts.contains(e.getPayloadType().getSimpleName()))
                .map(DomainEventMessage::getSequenceNumber).toList();
        assertThat(allPages(new FindTimeline(GENERATED, null, null, acts, null, null, -1, 10)))
                .extracting(TimelineEntry::sequence).containsExactlyElementsOf(declaredOrTabled);

        List<TimelineEntry> kazPositionsOnClause = allPages(new FindTimeline(GENERATED, kaz, clause,
                Set.of("PositionDeclared"), null, null, -1, 5));
        assertThat(kazPositionsOnClause).allSatisfy(e -> {
            assertThat(e.delegation()).isEqualTo(kaz);
            assertThat(e.clauseId()).isEqualTo(clause);
            assertThat(e.act()).isEqualTo("PositionDeclared");
            assertThat(e.params()).containsKeys("kind", "revision");
        });

        Instant from = events.get(300).getTimestamp();
        Instant to = events.get(900).getTimestamp();
        List<Long> between = events.stream().filter(e -> !e.getTimestamp().isBefore(from) && e.getTimestamp().isBefore(to))
                .map(DomainEventMessage::getSequenceNumber).toList();
        assertThat(allPages(new FindTimeline(GENERATED, null, null, Set.of(), from, to, -1, 100)))
                .extracting(TimelineEntry::sequence).containsExactlyElementsOf(between);
    }

    @Test
    void only_the_chair_reads_the_history() {
        for (Actor other : List.of(KAZ_HEAD, UN_OBSERVER)) {
            assertThatThrownBy(() -> timeline(FindTimeline.first(DEMO, 10), other)).rootCause()
                    .isInstanceOfSatisfying(QueryRefusedException.class,
                            refused -> assertThat(refused.reason()).isEqualTo(RejectionReason.NOT_THE_CHAIR));
            assertThatThrownBy(() -> queries.query(new GenericMessage<>(FindNegotiationAt.sequence(DEMO, 3),
                    ActorMetaData.of(other)), ResponseTypes.optionalInstanceOf(NegotiationView.class)).join())
                    .rootCause().isInstanceOf(QueryRefusedException.class);
        }
        assertThat(queries.query(new GenericMessage<>(FindNegotiationAt.sequence(DEMO, 20), ActorMetaData.of(CHAIR)),
                ResponseTypes.optionalInstanceOf(NegotiationView.class)).join())
                .isEqualTo(history.atSequenceFromScratch(DEMO, 20));
        Instant at = events(GENERATED).get(700).getTimestamp();
        assertThat(queries.query(new GenericMessage<>(FindNegotiationAt.instant(GENERATED, at), ActorMetaData.of(CHAIR)),
                ResponseTypes.optionalInstanceOf(NegotiationView.class)).join())
                .isEqualTo(history.asOfFromScratch(GENERATED, at)).isPresent();
    }

    @Test
    void a_non_chair_may_not_rebuild_the_read_models() {
        for (Actor other : List.of(KAZ_HEAD, UN_OBSERVER)) {
            assertThatThrownBy(() -> commands.sendAndWait(new RebuildReadModels(), ActorMetaData.of(other)))
                    .isInstanceOfSatisfying(CommandRejectedException.class,
                            refused -> assertThat(refused.reason()).isEqualTo(RejectionReason.NOT_THE_CHAIR));
        }
        assertThatThrownBy(() -> queries.query(new GenericMessage<>(new FindRebuildProgress(),
                ActorMetaData.of(KAZ_HEAD)), ResponseTypes.instanceOf(RebuildProgress.class)).join())
                .rootCause().isInstanceOf(QueryRefusedException.class);
    }

    @Test
    void a_rebuild_replays_every_event_and_pushes_nothing_to_live_subscribers() {
        NegotiationView before = live(DEMO).orElseThrow();
        List<NegotiationView> updates = new CopyOnWriteArrayList<>();
        try (SubscriptionQueryResult<Optional<NegotiationView>, NegotiationView> subscription = queries.subscriptionQuery(
                new GenericMessage<>(new FindNegotiation(DEMO), ActorMetaData.of(CHAIR)),
                ResponseTypes.optionalInstanceOf(NegotiationView.class), ResponseTypes.instanceOf(NegotiationView.class))) {
            subscription.updates().subscribe(updates::add);
            subscription.initialResult().block();

            commands.sendAndWait(new RebuildReadModels(), ActorMetaData.of(CHAIR));
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(rebuild.caughtUp())
                    .as("%s", rebuild.progress()).isTrue());

            RebuildProgress progress = queries.query(new GenericMessage<>(new FindRebuildProgress(),
                    ActorMetaData.of(CHAIR)), ResponseTypes.instanceOf(RebuildProgress.class)).join();
            assertThat(progress.startedAt()).isNotNull();
            assertThat(progress.processed()).isEqualTo(progress.total());
            assertThat(progress.processors()).extracting(RebuildProgress.Processor::name)
                    .contains("negotiation-projection", "history-timeline");
            assertThat(live(DEMO)).contains(before);
            awaitTimeline(GENERATED);
            assertThat(updates).as("live updates pushed during the replay").isEmpty();

            // the subscription is alive: a real act after the replay is pushed
            NegotiationView now = live(DEMO).orElseThrow();
            var article = now.articles().get(0);
            Actor delegate = new Actor("kaz.delegate", "Daniyar", Role.DELEGATE, DelegationCode.of("KAZ"));
            commands.sendAndWait(new EditClause(DEMO, article.articleId(), "replay-test", 1, article.revision(),
                    "[\"New \"," + article.text().codePointCount(0, article.text().length()) + "]"),
                    ActorMetaData.of(delegate));
            await().atMost(Duration.ofSeconds(10)).until(() -> !updates.isEmpty());
        }
    }

    Optional<NegotiationView> live(NegotiationId id) {
        return queries.query(new GenericMessage<>(new FindNegotiation(id), ActorMetaData.of(CHAIR)),
                ResponseTypes.optionalInstanceOf(NegotiationView.class)).join();
    }
}
