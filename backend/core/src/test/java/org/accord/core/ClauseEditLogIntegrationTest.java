package org.accord.core;

import org.accord.api.coediting.AuthorshipRun;
import org.accord.api.coediting.ClauseEditEntries;
import org.accord.api.coediting.ClauseEditEntry;
import org.accord.api.coediting.ClauseEditorSnapshot;
import org.accord.api.coediting.EditClause;
import org.accord.api.coediting.FindClauseEdits;
import org.accord.api.coediting.WatchClauseEdits;
import org.accord.api.drafting.ReviseClause;
import org.accord.api.drafting.SplitClause;
import org.accord.api.negotiation.AccreditMember;
import org.accord.api.negotiation.AccreditObserver;
import org.accord.api.negotiation.AddArticle;
import org.accord.api.negotiation.FindNegotiation;
import org.accord.api.negotiation.NegotiationView;
import org.accord.api.negotiation.OpenNegotiation;
import org.accord.api.shared.Actor;
import org.accord.api.shared.ArticleId;
import org.accord.api.shared.DelegationCode;
import org.accord.api.shared.NegotiationId;
import org.accord.api.shared.QueryRefusedException;
import org.accord.api.shared.RejectionReason;
import org.accord.api.shared.Role;
import org.accord.core.infrastructure.ActorMetaData;
import org.accord.testing.FreshDatabaseInitializer;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.SubscriptionQueryResult;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * The clause log that co-editing sessions load and follow (docs/co-editing.md §5), through the
 * real buses into PostgreSQL: snapshots with authorship, live entries in revision order after
 * commit, catch-up after a revision, resync after a split, keyframes, and who may read it.
 */
@SpringBootTest(classes = CoreTestApplication.class)
@ContextConfiguration(initializers = FreshDatabaseInitializer.class)
class ClauseEditLogIntegrationTest {

    static final Actor CHAIR = new Actor("chair", "Secretariat", Role.CHAIR, null);
    static final DelegationCode KAZ = DelegationCode.of("KAZ");
    static final DelegationCode UZB = DelegationCode.of("UZB");
    static final DelegationCode AZE = DelegationCode.of("AZE");
    static final Actor KAZ_DELEGATE = new Actor("kaz.delegate", "Nurlan", Role.DELEGATE, KAZ);
    static final Actor UZB_DELEGATE = new Actor("uzb.delegate", "Dilnoza", Role.DELEGATE, UZB);
    static final Actor AZE_OBSERVER = new Actor("aze.observer", "Leyla", Role.OBSERVER, AZE);
    static final ArticleId ARTICLE = ArticleId.of("art-1");

    @Autowired CommandGateway commands;
    @Autowired QueryGateway queries;
    @Autowired JdbcClient jdbc;
    @Autowired TransactionManager transactions;

    <R> R send(Object command, Actor actor) {
        return commands.sendAndWait(command, ActorMetaData.of(actor));
    }

    NegotiationId negotiation(String wording) {
        NegotiationId id = NegotiationId.random();
        send(new OpenNegotiation(id, "Charter"), CHAIR);
        send(new AccreditMember(id, KAZ, "Kazakhstan"), CHAIR);
        send(new AccreditMember(id, UZB, "Uzbekistan"), CHAIR);
        send(new AccreditObserver(id, AZE, "Azerbaijan"), CHAIR);
        send(new AddArticle(id, ARTICLE, "Security", wording), CHAIR);
        // who takes part is read from the projection, which follows the events
        await().until(() -> queries.query(Viewing.as(CHAIR, new FindNegotiation(id)),
                        ResponseTypes.optionalInstanceOf(NegotiationView.class)).join()
                .map(view -> view.delegations().size() == 3).orElse(false));
        return id;
    }

    SubscriptionQueryResult<ClauseEditorSnapshot, ClauseEditEntry> watch(NegotiationId id, Actor viewer) {
        return queries.subscriptionQuery(Viewing.as(viewer, new WatchClauseEdits(id, ARTICLE)),
                ResponseTypes.instanceOf(ClauseEditorSnapshot.class), ResponseTypes.instanceOf(ClauseEditEntry.class));
    }

    ClauseEditEntries after(NegotiationId id, long revision, Actor viewer) {
        return queries.query(Viewing.as(viewer, new FindClauseEdits(id, ARTICLE, revision)),
                ResponseTypes.instanceOf(ClauseEditEntries.class)).join();
    }

    @Test
    void a_session_loads_the_wording_with_its_authors_then_follows_every_revision_in_order() {
        NegotiationId id = negotiation("Security is indivisible.");
        send(new EditClause(id, ARTICLE, "kaz-tab", 1, 1, "[\"Regional \",24]"), KAZ_DELEGATE);

        try (SubscriptionQueryResult<ClauseEditorSnapshot, ClauseEditEntry> live = watch(id, UZB_DELEGATE)) {
            ClauseEditorSnapshot snapshot = live.initialResult().block(Duration.ofSeconds(10));
            assertThat(snapshot.revision()).isEqualTo(2);
            assertThat(snapshot.text()).isEqualTo("Regional Security is indivisible.");
            assertThat(snapshot.authorship()).containsExactly(new AuthorshipRun(9, "KAZ"), new AuthorshipRun(24, "CHAIR"));

            List<ClauseEditEntry> received = new CopyOnWriteArrayList<>();
            live.updates().subscribe(received::add);
            send(new EditClause(id, ARTICLE, "uzb-tab", 1, 2, "[32,\" 🌏\",1]"), UZB_DELEGATE);
            send(new EditClause(id, ARTICLE, "kaz-tab", 2, 2, "[\"A \",33]"), KAZ_DELEGATE);
            send(new ReviseClause(id, ARTICLE, 4, 0, 2, "The "), CHAIR);

            await().untilAsserted(() -> assertThat(received).extracting(ClauseEditEntry::revision).containsExactly(3L, 4L, 5L));
            assertThat(received.get(0)).satisfies(entry -> {
                assertThat(entry.clientId()).isEqualTo("uzb-tab");
                assertThat(entry.clientSeq()).isEqualTo(1);
                assertThat(entry.author()).isEqualTo("UZB");
                assertThat(entry.authorName()).isEqualTo("Dilnoza");
            });
            assertThat(received.get(1).operation()).as("transformed past revision 3").isEqualTo("[\"A \",35]");
            assertThat(received.get(2).clientId()).as("a revision from outside the editor").isNull();
            assertThat(received.get(2).operation()).isEqualTo("[\"The \",-2,35]");
        }
        try (SubscriptionQueryResult<ClauseEditorSnapshot, ClauseEditEntry> again = watch(id, KAZ_DELEGATE)) {
            ClauseEditorSnapshot snapshot = again.initialResult().block(Duration.ofSeconds(10));
            assertThat(snapshot.revision()).isEqualTo(5);
            assertThat(snapshot.text()).isEqualTo("The Regional Security is indivisible 🌏.");
            assertThat(snapshot.authorship()).containsExactly(new AuthorshipRun(4, "CHAIR"), new AuthorshipRun(9, "KAZ"),
                    new AuthorshipRun(23, "CHAIR"), new AuthorshipRun(2, "UZB"), new AuthorshipRun(1, "CHAIR"));
        }
    }

    @Test
    void a_reconnecting_client_catches_up_from_its_revision_and_must_reload_after_a_split() {
        NegotiationId id = negotiation("Security is indivisible.");
        send(new EditClause(id, ARTICLE, "kaz-tab", 1, 1, "[\"Regional \",24]"), KAZ_DELEGATE);
        send(new EditClause(id, ARTICLE, "uzb-tab", 1, 2, "[33,\"!\"]"), UZB_DELEGATE);

        ClauseEditEntries missed = after(id, 1, KAZ_DELEGATE);
        assertThat(missed.resyncRequired()).isFalse();
        assertThat(missed.entries()).extracting(ClauseEditEntry::revision).containsExactly(2L, 3L);
        assertThat(after(id, 3, KAZ_DELEGATE)).isEqualTo(new ClauseEditEntries(List.of(), false));
        assertThat(after(id, 9, KAZ_DELEGATE).resyncRequired()).as("a revision that never was").isTrue();

        send(new SplitClause(id, ARTICLE, 3, 9, ArticleId.of("art-2"), "Indivisibility"), CHAIR);
        assertThat(after(id, 3, KAZ_DELEGATE).resyncRequired()).isTrue();
        ClauseEditorSnapshot first = queries.query(Viewing.as(KAZ_DELEGATE, new WatchClauseEdits(id, ARTICLE)),
                ResponseTypes.instanceOf(ClauseEditorSnapshot.class)).join();
        assertThat(first.text()).isEqualTo("Regional ");
        assertThat(first.authorship()).containsExactly(new AuthorshipRun(9, "KAZ"));
        ClauseEditorSnapshot second = queries.query(Viewing.as(KAZ_DELEGATE, new WatchClauseEdits(id, ArticleId.of("art-2"))),
                ResponseTypes.instanceOf(ClauseEditorSnapshot.class)).join();
        assertThat(second).isEqualTo(new ClauseEditorSnapshot(1, "Security is indivisible.!",
                List.of(new AuthorshipRun(24, "CHAIR"), new AuthorshipRun(1, "UZB"))));
    }

    /**
     * A group commit (ADR 0020) handles several commands in one unit of work; the log inserts
     * their revisions together when it prepares its commit, and a split among them reads the
     * clause with the edits before it.
     */
    @Test
    void the_batches_of_one_unit_of_work_are_logged_together_and_a_split_among_them_sees_them() {
        NegotiationId id = negotiation("Security is indivisible.");
        UnitOfWork<?> unit = DefaultUnitOfWork.startAndGet(null);
        unit.attachTransaction(transactions);
        send(new EditClause(id, ARTICLE, "kaz-tab", 1, 1, "[\"Regional \",24]"), KAZ_DELEGATE);
        send(new EditClause(id, ARTICLE, "uzb-tab", 1, 2, "[33,\"!\"]"), UZB_DELEGATE);
        send(new SplitClause(id, ARTICLE, 3, 9, ArticleId.of("art-2"), "Indivisibility"), CHAIR);
        send(new EditClause(id, ArticleId.of("art-2"), "uzb-tab", 2, 1, "[25,\"!\"]"), UZB_DELEGATE);
        unit.commit();

        assertThat(jdbc.sql("""
                        select clause_id || '@' || revision from clause_edit_log
                        where negotiation_id = :id order by clause_id, revision""")
                .param("id", id.value()).query(String.class).list())
                .containsExactly("art-1@1", "art-1@2", "art-1@3", "art-1@4", "art-2@1", "art-2@2");
        ClauseEditorSnapshot first = queries.query(Viewing.as(KAZ_DELEGATE, new WatchClauseEdits(id, ARTICLE)),
                ResponseTypes.instanceOf(ClauseEditorSnapshot.class)).join();
        assertThat(first).isEqualTo(new ClauseEditorSnapshot(4, "Regional ", List.of(new AuthorshipRun(9, "KAZ"))));
        ClauseEditorSnapshot second = queries.query(Viewing.as(KAZ_DELEGATE, new WatchClauseEdits(id, ArticleId.of("art-2"))),
                ResponseTypes.instanceOf(ClauseEditorSnapshot.class)).join();
        assertThat(second).isEqualTo(new ClauseEditorSnapshot(2, "Security is indivisible.!!",
                List.of(new AuthorshipRun(24, "CHAIR"), new AuthorshipRun(2, "UZB"))));
    }

    @Test
    void a_long_history_loads_from_its_latest_keyframe_and_folds_to_the_same_wording() {
        NegotiationId id = negotiation("§");
        int batches = 450;
        for (int seq = 1; seq <= batches; seq++) {
            send(new EditClause(id, ARTICLE, "kaz-tab", seq, seq, "[" + seq + ",\"a\"]"),
                    KAZ_DELEGATE);
        }
        // keyframes are written after their revision's commit, on a thread of their own
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(keyframes(id)).containsExactly(1L, 200L, 400L));
        assertThat(jdbc.sql("""
                        select wording from clause_edit_log
                        where negotiation_id = :id and clause_id = 'art-1' and revision = 400""")
                .param("id", id.value()).query(String.class).single()).isEqualTo("§" + "a".repeat(399));
        ClauseEditorSnapshot snapshot = queries.query(Viewing.as(UZB_DELEGATE, new WatchClauseEdits(id, ARTICLE)),
                ResponseTypes.instanceOf(ClauseEditorSnapshot.class)).join();
        assertThat(snapshot.revision()).isEqualTo(batches + 1);
        assertThat(snapshot.text()).isEqualTo("§" + "a".repeat(batches));
        assertThat(snapshot.authorship()).containsExactly(new AuthorshipRun(1, "CHAIR"), new AuthorshipRun(batches, "KAZ"));
    }

    @Test
    void a_keyframe_never_written_is_made_up_for_by_folding_from_the_one_before() {
        NegotiationId id = negotiation("§");
        int batches = 420;
        for (int seq = 1; seq <= batches; seq++) {
            send(new EditClause(id, ARTICLE, "kaz-tab", seq, seq, "[" + seq + ",\"" + (char) ('a' + seq % 26) + "\"]"),
                    KAZ_DELEGATE);
        }
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(keyframes(id)).containsExactly(1L, 200L, 400L));
        ClauseEditorSnapshot whole = queries.query(Viewing.as(UZB_DELEGATE, new WatchClauseEdits(id, ARTICLE)),
                ResponseTypes.instanceOf(ClauseEditorSnapshot.class)).join();
        // as if the server had stopped before writing the last keyframe
        jdbc.sql("update clause_edit_log set wording = null, authorship = null where negotiation_id = :id and revision = 400")
                .param("id", id.value()).update();
        ClauseEditorSnapshot folded = queries.query(Viewing.as(UZB_DELEGATE, new WatchClauseEdits(id, ARTICLE)),
                ResponseTypes.instanceOf(ClauseEditorSnapshot.class)).join();
        assertThat(folded).isEqualTo(whole);
        assertThat(folded.revision()).isEqualTo(batches + 1);
        send(new EditClause(id, ARTICLE, "kaz-tab", batches + 1, batches + 1, "[\"!\"," + (batches + 1) + "]"), KAZ_DELEGATE);
        ClauseEditorSnapshot next = queries.query(Viewing.as(UZB_DELEGATE, new WatchClauseEdits(id, ARTICLE)),
                ResponseTypes.instanceOf(ClauseEditorSnapshot.class)).join();
        assertThat(next.text()).isEqualTo("!" + whole.text());
    }

    private List<Long> keyframes(NegotiationId id) {
        return jdbc.sql("""
                        select revision from clause_edit_log
                        where negotiation_id = :id and clause_id = 'art-1' and wording is not null order by revision""")
                .param("id", id.value()).query(Long.class).list();
    }

    @Test
    void only_participants_load_or_follow_a_clause_in_the_editor() {
        NegotiationId id = negotiation("Security is indivisible.");
        assertThatThrownBy(() -> queries.query(Viewing.as(AZE_OBSERVER, new WatchClauseEdits(id, ARTICLE)),
                ResponseTypes.instanceOf(ClauseEditorSnapshot.class)).join())
                .isInstanceOf(CompletionException.class)
                .satisfies(e -> assertThat(((QueryRefusedException) e.getCause()).reason()).isEqualTo(RejectionReason.NOT_A_MEMBER));
        assertThatThrownBy(() -> after(id, 1, AZE_OBSERVER)).isInstanceOf(CompletionException.class);
        assertThatThrownBy(() -> queries.query(Viewing.as(KAZ_DELEGATE, new WatchClauseEdits(id, ArticleId.of("nope"))),
                ResponseTypes.instanceOf(ClauseEditorSnapshot.class)).join())
                .satisfies(e -> assertThat(((QueryRefusedException) e.getCause()).reason()).isEqualTo(RejectionReason.UNKNOWN_CLAUSE));
    }
}
