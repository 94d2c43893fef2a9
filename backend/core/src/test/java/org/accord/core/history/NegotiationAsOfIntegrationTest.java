package org.accord.core.history;

import org.axonframework.messaging.GenericMessage;
import org.accord.api.adoption.AttachStatement;
import org.accord.api.adoption.AuthenticateCharter;
import org.accord.api.adoption.AuthenticationAct;
import org.accord.api.adoption.StatementKind;
import org.accord.api.amendment.AmendmentId;
import org.accord.api.amendment.AmendmentKind;
import org.accord.api.amendment.AmendmentState;
import org.accord.api.amendment.AmendmentView;
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
import org.accord.api.drafting.AddParagraph;
import org.accord.api.drafting.AddPreambleParagraph;
import org.accord.api.drafting.ClauseRevised;
import org.accord.api.drafting.MergeClauses;
import org.accord.api.drafting.ReviseClause;
import org.accord.api.drafting.SplitClause;
import org.accord.api.milestone.IssueMilestone;
import org.accord.api.milestone.MilestoneKind;
import org.accord.api.negotiation.AccreditMember;
import org.accord.api.negotiation.AccreditObserver;
import org.accord.api.negotiation.AddArticle;
import org.accord.api.negotiation.ArticleView;
import org.accord.api.negotiation.FindNegotiation;
import org.accord.api.negotiation.MoveArticle;
import org.accord.api.negotiation.NegotiationOpened;
import org.accord.api.negotiation.NegotiationView;
import org.accord.api.negotiation.OpenNegotiation;
import org.accord.api.position.ClauseStatus;
import org.accord.api.position.DeclarePosition;
import org.accord.api.position.PositionKind;
import org.accord.api.position.ReopenClause;
import org.accord.api.procedure.ChangeRulesOfProcedure;
import org.accord.api.procedure.Confidentiality;
import org.accord.api.procedure.DecisionRule;
import org.accord.api.procedure.RulesOfProcedure;
import org.accord.api.procedure.ScheduleRound;
import org.accord.api.shared.Actor;
import org.accord.api.shared.ArticleId;
import org.accord.api.shared.DelegationCode;
import org.accord.api.shared.NegotiationId;
import org.accord.api.shared.Role;
import org.accord.api.silence.OpenSilenceProcedure;
import org.accord.api.silence.SilenceId;
import org.accord.api.silence.SilenceView;
import org.accord.core.CoreTestApplication;
import org.accord.core.infrastructure.ActorMetaData;
import org.accord.testing.FreshDatabaseInitializer;
import org.accord.testing.MutableBusinessTime;
import org.accord.testing.MutableClock;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.queryhandling.SubscriptionQueryResult;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The fold of a negotiation's stored events against the live projection, on real PostgreSQL:
 * the demo negotiation and a scripted one that uses every event the projection handles, with
 * snapshots every ten events and silences expiring in business time; and the rebuild of every read
 * model compared row for row with what live processing wrote.
 */
@SpringBootTest(classes = {CoreTestApplication.class, MutableBusinessTime.class}, properties = {
        "accord.demo.enabled=true", "accord.demo.password=demo-password", "accord.snapshots.threshold=10",
        "db-scheduler.polling-interval=200ms"})
@ContextConfiguration(initializers = FreshDatabaseInitializer.class)
class NegotiationAsOfIntegrationTest {

    static final NegotiationId DEMO = NegotiationId.of("c5-security-charter");
    static final Actor CHAIR = new Actor("chair", "Secretariat", Role.CHAIR, null);
    static final DelegationCode KAZ = DelegationCode.of("KAZ");
    static final DelegationCode UZB = DelegationCode.of("UZB");
    static final Actor KAZ_HEAD = new Actor("kaz.head", "Aigerim", Role.HEAD_OF_DELEGATION, KAZ);
    static final Actor KAZ_DELEGATE = new Actor("kaz.delegate", "Daniyar", Role.DELEGATE, KAZ);
    static final Actor UZB_HEAD = new Actor("uzb.head", "Anvar", Role.HEAD_OF_DELEGATION, UZB);
    static final Actor UZB_DELEGATE = new Actor("uzb.delegate", "Dilnoza", Role.DELEGATE, UZB);
    static final ArticleId SECURITY = ArticleId.of("art-security");
    static final ArticleId BORDERS = ArticleId.of("art-borders");
    static final ArticleId WATER = ArticleId.of("art-water");
    static final ArticleId PARAGRAPH = ArticleId.of("p-1");
    static final Duration PAST_THE_MINIMUM_SILENCE = Duration.ofHours(72).plusMinutes(2);

    @Autowired CommandGateway commands;
    @Autowired QueryGateway queries;
    @Autowired EventStore eventStore;
    @Autowired JdbcClient jdbc;
    @Autowired MutableClock clock;
    @Autowired NegotiationAsOf history;
    @Autowired HistoryGenerator generator;
    @Autowired ReadModelRebuild rebuild;
    @Autowired EventProcessingConfiguration processing;

    Optional<NegotiationView> live(NegotiationId id) {
        return queries.query(new GenericMessage<>(new FindNegotiation(id), ActorMetaData.of(CHAIR)), ResponseTypes.optionalInstanceOf(NegotiationView.class)).join();
    }

    List<? extends DomainEventMessage<?>> stream(NegotiationId id) {
        return eventStore.readEvents(id.value(), 0).asStream().toList();
    }

    /** The fold of every event stored so far equals what the projection shows once it has caught up. */
    void assertTheFoldShowsWhatTheProjectionShows(NegotiationId id) {
        long last = eventStore.lastSequenceNumberFor(id.value()).orElseThrow();
        NegotiationView folded = history.atSequence(id, last).orElseThrow();
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(25)).untilAsserted(() -> {
            assertThat(live(id)).hasValueSatisfying(view -> assertThat(folded).usingRecursiveComparison()
                    .isEqualTo(view));
            assertThat(live(id)).contains(folded);
        });
    }

    @Test
    void the_fold_of_the_demo_is_the_view_the_projection_shows() {
        assertTheFoldShowsWhatTheProjectionShows(DEMO);

        NegotiationView demo = history.asOf(DEMO, Instant.now()).orElseThrow();
        assertThat(demo.articles()).extracting(ArticleView::status).contains(ClauseStatus.AGREED,
                ClauseStatus.AGREED_AD_REFERENDUM, ClauseStatus.BRACKETED, ClauseStatus.PROPOSED, ClauseStatus.OPTIONS);
        assertThat(demo.milestones()).hasSize(2);
        assertThat(demo.silences()).hasSize(1);
        assertThat(demo.rounds()).hasSize(1);
        assertThat(demo.newClauseProposals()).hasSize(1);
    }

    @Test
    void the_stream_is_folded_from_its_first_event_although_the_aggregate_is_snapshotted() {
        assertThat(jdbc.sql("select distinct type from domain_event_entry where aggregate_identifier = :id")
                .param("id", DEMO.value()).query(String.class).list())
                .as("the negotiation id's plain value is the aggregate identifier").containsExactly("Negotiation");
        await().untilAsserted(() -> assertThat(eventStore.readEvents(DEMO.value()).peek().getSequenceNumber())
                .as("reading for the aggregate starts at its latest snapshot").isPositive());
        DomainEventMessage<?> opening = stream(DEMO).get(0);
        assertThat(opening.getSequenceNumber()).isZero();
        assertThat(opening.getPayload()).isInstanceOf(NegotiationOpened.class);

        NegotiationView opened = history.atSequence(DEMO, 0).orElseThrow();
        assertThat(opened.title()).isEqualTo(((NegotiationOpened) opening.getPayload()).title());
        assertThat(opened.delegations()).isEmpty();
        assertThat(opened.lastActivity()).isEqualTo(opening.getTimestamp());
        assertThat(history.atSequence(DEMO, -1)).isEmpty();
        assertThat(history.atSequence(DEMO, Long.MAX_VALUE)).isEqualTo(live(DEMO));
    }

    @Test
    void as_of_a_moment_the_text_reads_as_it_read_then() {
        List<? extends DomainEventMessage<?>> events = stream(DEMO);
        DomainEventMessage<?> revision = events.stream()
                .filter(event -> event.getPayload() instanceof ClauseRevised).findFirst().orElseThrow();
        ClauseRevised revised = (ClauseRevised) revision.getPayload();
        Instant at = revision.getTimestamp();

        ArticleView before = article(history.asOf(DEMO, at.minusMillis(1)).orElseThrow(), revised.clauseId());
        ArticleView after = article(history.asOf(DEMO, at).orElseThrow(), revised.clauseId());

        assertThat(before.revision()).isEqualTo(1);
        assertThat(before.text()).contains("water and environmental security");
        assertThat(before.status()).as("KGZ objected to revision 1").isEqualTo(ClauseStatus.BRACKETED);
        assertThat(before.amendments()).extracting(AmendmentView::state).containsExactly(AmendmentState.PENDING);
        assertThat(after.revision()).isEqualTo(2);
        assertThat(after.text()).isEqualTo(revised.wording()).contains("water, energy and environmental security");
        assertThat(after.status()).as("every position was on revision 1").isEqualTo(ClauseStatus.PROPOSED);
        assertThat(article(live(DEMO).orElseThrow(), revised.clauseId()).status()).isEqualTo(ClauseStatus.AGREED);

        Instant opened = events.get(0).getTimestamp();
        assertThat(history.asOf(DEMO, opened.minusMillis(1))).as("before the negotiation was opened").isEmpty();
        assertThat(history.asOf(DEMO, opened)).hasValueSatisfying(view -> assertThat(view.articles()).isEmpty());
        assertThat(history.asOf(NegotiationId.of("never-opened"), Instant.now())).isEmpty();
        assertThat(history.asOf(DEMO, Instant.now().plus(Duration.ofDays(365)))).isEqualTo(live(DEMO));
    }

    @Test
    void at_a_sequence_number_and_as_of_its_time_agree_wherever_the_next_event_is_later() {
        List<? extends DomainEventMessage<?>> events = stream(DEMO);
        Random random = new Random(events.size());
        int compared = 0;
        for (int i = 0; i < 12; i++) {
            int n = random.nextInt(events.size() - 1);
            if (events.get(n + 1).getTimestamp().isAfter(events.get(n).getTimestamp())) {
                assertThat(history.atSequence(DEMO, n)).as("event %d", n)
                        .isEqualTo(history.asOf(DEMO, events.get(n).getTimestamp()))
                        .isNotEqualTo(history.atSequence(DEMO, events.size() - 1));
                compared++;
            }
        }
        assertThat(compared).isPositive();
    }

    @Test
    void after_every_command_of_a_negotiation_that_uses_every_event_the_fold_shows_what_the_projection_shows() {
        NegotiationId id = NegotiationId.random();
        Scripted script = new Scripted(id);
        script.opening();
        script.structure();
        script.positions();
        script.amendments();
        script.procedure();
        script.silences();
        script.afterAdoption();

        NegotiationView end = history.asOf(id, Instant.now()).orElseThrow();
        assertThat(end.adoption()).satisfies(adoption -> {
            assertThat(adoption.bySilence()).isTrue();
            assertThat(adoption.attachments()).hasSize(2);
        });
        assertThat(end.silences()).extracting(SilenceView::state).containsExactlyInAnyOrder(SilenceView.State.BROKEN,
                SilenceView.State.HELD, SilenceView.State.HELD);
        assertThat(end.silences()).flatExtracting(SilenceView::lateActs).hasSize(1);
        assertThat(end.articles()).extracting(ArticleView::status).containsOnly(ClauseStatus.ADOPTED);
        assertThat(end.newClauseProposals()).extracting(AmendmentView::state)
                .containsExactly(AmendmentState.INCORPORATED);
        assertThat(article(end, BORDERS).amendments()).extracting(AmendmentView::state).containsExactlyInAnyOrder(
                AmendmentState.INCORPORATED, AmendmentState.SUPERSEDED, AmendmentState.REJECTED,
                AmendmentState.WITHDRAWN);
        assertThat(end.milestones()).extracting(m -> m.documentSymbol())
                .containsExactly("F/2026/L.1", "F/2026/L.1/Rev.1");
    }

    /**
     * The rebuild (bulk for the negotiation projection and the timeline, through Axon for the
     * notifications) gives exactly the tables that live processing built, row for row, on the demo,
     * a generated negotiation and a scripted one that uses every event, and pushes nothing.
     */
    @Test
    void a_rebuild_gives_exactly_the_rows_live_processing_wrote_and_pushes_nothing() {
        NegotiationId id = NegotiationId.random();
        Scripted script = new Scripted(id, false);
        script.opening();
        script.structure();
        script.positions();
        script.amendments();
        script.procedure();
        script.silences();
        script.afterAdoption();
        generator.generate(NegotiationId.of("generated-rebuild"), 1_500, 7, 100);
        awaitProcessorsAtHead();
        Map<String, List<String>> live = readModelTables();
        assertThat(live.get("timeline_entry")).hasSizeGreaterThan(1_500);
        assertThat(live.get("agreement_history")).hasSizeGreaterThan(3);
        assertThat(live.get("attachment_view")).hasSizeGreaterThanOrEqualTo(2); // other tests of the class add theirs
        assertThat(live.get("milestone_clause_view")).isNotEmpty();
        assertThat(live.get("notification")).isNotEmpty();
        assertThat(live.get("notification_position")).isNotEmpty();

        AtomicInteger pushed = new AtomicInteger();
        try (SubscriptionQueryResult<Optional<NegotiationView>, NegotiationView> subscription = queries.subscriptionQuery(
                new GenericMessage<>(new FindNegotiation(id), ActorMetaData.of(CHAIR)),
                ResponseTypes.optionalInstanceOf(NegotiationView.class), ResponseTypes.instanceOf(NegotiationView.class))) {
            subscription.updates().subscribe(update -> pushed.incrementAndGet());
            subscription.initialResult().block();
            rebuild.rebuild();
            await().atMost(Duration.ofSeconds(120)).untilAsserted(() -> assertThat(rebuild.caughtUp())
                    .as("%s", rebuild.progress()).isTrue());
            awaitProcessorsAtHead();
        }
        Map<String, List<String>> rebuilt = readModelTables();
        live.forEach((table, rows) -> assertThat(rebuilt.get(table)).as(table).containsExactlyElementsOf(rows));
        assertThat(pushed).as("updates pushed during the rebuild").hasValue(0);
    }

    /** Every read-model table, each row as JSON (identity columns left out, their order kept). */
    Map<String, List<String>> readModelTables() {
        Map<String, String> orders = new LinkedHashMap<>();
        for (String table : List.of("negotiation_view", "delegation_view", "article_view", "position_view",
                "amendment_view", "comment_view", "milestone_view", "milestone_clause_view", "adoption_view",
                "silence_view", "round_view", "timeline_entry", "notification_negotiation", "notification_delegation",
                "notification_clause", "notification_position", "notification")) {
            orders.put(table, "1");
        }
        orders.put("attachment_view", "negotiation_id, seq");
        orders.put("agreement_history", "negotiation_id, seq");
        Map<String, List<String>> tables = new LinkedHashMap<>();
        orders.forEach((table, order) -> tables.put(table, jdbc.sql(
                "select (to_jsonb(t) - 'seq')::text from " + table + " t order by " + order).query(String.class).list()));
        return tables;
    }

    /** Every streaming processor has handled every event stored. */
    void awaitProcessorsAtHead() {
        long head = jdbc.sql("select max(global_index) from domain_event_entry").query(Long.class).single();
        await().atMost(Duration.ofSeconds(120)).untilAsserted(() -> processing.eventProcessors().values().stream()
                .filter(StreamingEventProcessor.class::isInstance).map(StreamingEventProcessor.class::cast)
                .forEach(processor -> assertThat(processor.processingStatus().values()).as(processor.getName())
                        .isNotEmpty().allMatch(s -> s.getCurrentPosition().orElse(-1) >= head)));
    }

    static ArticleView article(NegotiationView view, ArticleId id) {
        return view.articles().stream().filter(a -> a.articleId().equals(id)).findFirst().orElseThrow();
    }

    /** A negotiation told command by command, the fold compared with the projection after each one. */
    final class Scripted {

        final NegotiationId id;
        final boolean compareEachCommand;

        Scripted(NegotiationId id) {
            this(id, true);
        }

        Scripted(NegotiationId id, boolean compareEachCommand) {
            this.id = id;
            this.compareEachCommand = compareEachCommand;
        }

        void send(Object command, Actor actor) {
            commands.sendAndWait(command, ActorMetaData.of(actor));
            if (compareEachCommand) {
                assertTheFoldShowsWhatTheProjectionShows(id);
            }
        }

        void opening() {
            send(new OpenNegotiation(id, "Fold charter"), CHAIR);
            Instant opens = clock.instant().minus(Duration.ofDays(1)); // business time, to the nanosecond
            send(new ScheduleRound(id, "First round", opens, opens.plus(Duration.ofDays(14)),
                    opens.plus(Duration.ofDays(10))), CHAIR);
            send(new AccreditMember(id, KAZ, "Kazakhstan", "Aigerim", List.of("Daniyar")), CHAIR);
            send(new AccreditMember(id, UZB, "Uzbekistan"), CHAIR);
            send(new AccreditObserver(id, DelegationCode.of("UN"), "United Nations"), CHAIR);
        }

        void structure() {
            send(new AddPreambleParagraph(id, ArticleId.of("pp-1"), "Recalling the Helsinki Final Act,"), CHAIR);
            send(new AddArticle(id, SECURITY, "Indivisible security", "Security is indivisible."), CHAIR);
            send(new AddArticle(id, BORDERS, "Borders", "Borders are inviolable."), CHAIR);
            send(new AddArticle(id, WATER, "Water", "Water is shared."), CHAIR);
            send(new AddParagraph(id, PARAGRAPH, SECURITY, "First sentence. Second sentence."), CHAIR);
            send(new SplitClause(id, PARAGRAPH, 1, 15, ArticleId.of("p-2"), null), CHAIR);
            send(new MergeClauses(id, PARAGRAPH, ArticleId.of("p-2")), CHAIR);
        }

        void positions() {
            send(new DeclarePosition(id, SECURITY, KAZ, 1, PositionKind.ENDORSE, ""), KAZ_HEAD);
            send(new DeclarePosition(id, SECURITY, UZB, 1, PositionKind.SCRUTINY_RESERVATION, "Capital to confirm"),
                    UZB_HEAD);
            send(new ReopenClause(id, SECURITY, UZB, "The capital has doubts"), UZB_HEAD);
            send(new DeclarePosition(id, SECURITY, UZB, 1, PositionKind.CAN_LIVE_WITH, ""), UZB_HEAD);
        }

        void amendments() {
            AmendmentId sacred = AmendmentId.of("am-sacred");
            AmendmentId respected = AmendmentId.of("am-respected");
            AmendmentId prefix = AmendmentId.of("am-state");
            // "Borders are inviolable.": "inviolable" is [12, 22)
            send(new TableAmendment(id, sacred, BORDERS, 1, AmendmentKind.SUBSTITUTION, 12, 22, "sacred", null,
                    "Stronger"), KAZ_DELEGATE);
            send(new JoinAmendment(id, sacred), UZB_HEAD);
            send(new LeaveAmendment(id, sacred), UZB_HEAD);
            send(new TableAmendment(id, respected, BORDERS, 1, AmendmentKind.SUBSTITUTION, 12, 22, "respected", null,
                    ""), UZB_DELEGATE);
            send(new CombineIntoOptions(id, BORDERS, List.of(sacred, respected)), CHAIR);
            send(new ReviseAmendment(id, respected, 1, AmendmentKind.SUBSTITUTION, 12, 22, "fully respected",
                    "Clearer"), UZB_DELEGATE);
            send(new TableAmendment(id, prefix, BORDERS, 1, AmendmentKind.INSERTION, 0, 0, "State ", null, ""),
                    KAZ_HEAD);
            send(new IncorporateAmendment(id, sacred), CHAIR); // supersedes the other option, rebases the prefix
            // "Borders are sacred.": "sacred" is [12, 18)
            AmendmentId deletion = AmendmentId.of("am-delete");
            send(new TableAmendment(id, deletion, BORDERS, 2, AmendmentKind.DELETION, 12, 18, "", null, ""), UZB_HEAD);
            send(new ReviseClause(id, BORDERS, 2, 12, 18, "holy"), CHAIR); // the deletion needs revision
            send(new WithdrawAmendment(id, deletion), UZB_HEAD);
            send(new RejectAmendment(id, prefix, "Not needed"), CHAIR);
            AmendmentId newArticle = AmendmentId.of("am-new");
            send(new TableAmendment(id, newArticle, ArticleId.of("art-new"), 0, AmendmentKind.NEW_CLAUSE, 0, 0,
                    "The Parties shall cooperate.", "Cooperation", ""), KAZ_HEAD);
            send(new IncorporateAmendment(id, newArticle), CHAIR);
            AmendmentId move = AmendmentId.of("am-move");
            send(new TableAmendment(id, move, WATER, 1, AmendmentKind.MOVE, 0, 0, "", null, "Water first", null),
                    UZB_HEAD);
            send(new IncorporateAmendment(id, move), CHAIR);
            send(new MoveArticle(id, SECURITY, BORDERS), CHAIR);
        }

        void procedure() {
            send(new CommentOnClause(id, SECURITY, CommentId.of("c-1"), null, "Why 'indivisible'?"), KAZ_HEAD);
            send(new CommentOnClause(id, SECURITY, CommentId.of("c-2"), CommentId.of("c-1"), "It is the OSCE word"),
                    CHAIR);
            send(new IssueMilestone(id, MilestoneKind.COMPILATION_TEXT, "F/2026/L.1"), CHAIR);
            send(new ChangeRulesOfProcedure(id, new RulesOfProcedure(DecisionRule.UNANIMITY, Confidentiality.LIVE,
                    List.of("ru", "en"), 72)), CHAIR);
        }

        void silences() {
            send(new OpenSilenceProcedure(id, SilenceId.of("s-broken"), List.of(SECURITY),
                    clock.instant().plus(Duration.ofHours(73))), CHAIR);
            send(new DeclarePosition(id, SECURITY, KAZ, 1, PositionKind.OBJECTION, "Not yet"), KAZ_HEAD);
            send(new OpenSilenceProcedure(id, SilenceId.of("s-water"), List.of(WATER),
                    clock.instant().plus(Duration.ofHours(72)).plusSeconds(60)), CHAIR);
            holdAtExpiry(SilenceId.of("s-water"));
            send(new OpenSilenceProcedure(id, SilenceId.of("s-charter"), List.of(),
                    clock.instant().plus(Duration.ofHours(72)).plusSeconds(60)), CHAIR);
            holdAtExpiry(SilenceId.of("s-charter"));
        }

        /** Business time passes the expiry; the deadline in PostgreSQL fires and the silence holds. */
        void holdAtExpiry(SilenceId silence) {
            clock.advance(PAST_THE_MINIMUM_SILENCE);
            await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(history.asOf(id, Instant.now())
                    .orElseThrow().silences()).anyMatch(s -> s.silenceId().equals(silence)
                    && s.state() == SilenceView.State.HELD));
            if (compareEachCommand) {
                assertTheFoldShowsWhatTheProjectionShows(id);
            }
        }

        void afterAdoption() {
            send(new DeclarePosition(id, BORDERS, UZB, 3, PositionKind.OBJECTION, "Too late"), UZB_HEAD);
            send(new AuthenticateCharter(id, KAZ, AuthenticationAct.SIGNATURE), KAZ_HEAD);
            send(new AttachStatement(id, UZB, StatementKind.INTERPRETATIVE_STATEMENT, "Without prejudice"), UZB_HEAD);
            send(new IssueMilestone(id, MilestoneKind.CLEAN_TEXT, "F/2026/L.1"), CHAIR);
        }
    }
}
