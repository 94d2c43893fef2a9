package org.accord.web.coediting;

import org.accord.AccordApplication;
import org.accord.DemoProjection;
import org.accord.api.coediting.ClauseEditorSnapshot;
import org.accord.api.coediting.EditAcknowledgement;
import org.accord.api.coediting.EditClause;
import org.accord.api.coediting.WatchClauseEdits;
import org.accord.api.shared.ArticleId;
import org.accord.api.shared.NegotiationId;
import org.accord.api.shared.Refusal;
import org.accord.api.shared.RejectionReason;
import org.accord.testing.FreshDatabaseInitializer;
import org.axonframework.common.transaction.TransactionManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ContextConfiguration;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Group commit (ADR 0020): the batches queued on a negotiation while its lane is busy are
 * recorded in one database transaction, each as its own command; a refused batch is answered
 * with its reason and takes nothing else with it; nobody is answered before the group is durable.
 */
@SpringBootTest(classes = AccordApplication.class,
        properties = {"accord.demo.enabled=true", "accord.demo.password=" + CommitLaneIntegrationTest.PASSWORD})
@ContextConfiguration(initializers = FreshDatabaseInitializer.class)
class CommitLaneIntegrationTest {

    static final String PASSWORD = "lane-password";
    static final NegotiationId NEGOTIATION = NegotiationId.of("c5-security-charter");
    static final ArticleId CLAUSE = ArticleId.of("art-international-law");

    @Autowired JdbcClient jdbc;
    @Autowired CoEditingBackend backend;
    @Autowired TransactionManager transactions;
    @Autowired UserDetailsService accounts;

    /** Runs the lane only when told to, so that every batch submitted before is in one group. */
    final List<Runnable> held = new ArrayList<>();
    final Executor gate = held::add;

    @BeforeEach
    void demoProjected() {
        DemoProjection.awaitProjected(jdbc, NEGOTIATION.value());
    }

    Authentication person(String username) {
        UserDetails user = accounts.loadUserByUsername(username);
        return UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
    }

    ClauseEditorSnapshot snapshot() {
        var watch = backend.watch(person("kaz.delegate"), new WatchClauseEdits(NEGOTIATION, CLAUSE));
        try {
            return watch.initialResult().block();
        } finally {
            watch.cancel();
        }
    }

    List<Long> transactionsOf(String clientId) {
        return jdbc.sql("""
                        select xmin::text::bigint from domain_event_entry
                        where payload_type = 'org.accord.api.coediting.ClauseEdited'
                          and convert_from(payload, 'UTF8') like :client""")
                .param("client", "%\"clientId\":\"" + clientId + "\"%").query(Long.class).list();
    }

    @Test
    void the_batches_queued_together_are_one_transaction_and_a_refused_one_takes_nothing_with_it() {
        ClauseEditorSnapshot before = snapshot();
        int length = before.text().codePointCount(0, before.text().length());
        // every group on the lane's threads, held by the gate until the six batches are queued
        CommitLane lane = new CommitLane(backend, transactions, gate, 0);
        Map<String, EditAcknowledgement> acknowledged = new ConcurrentHashMap<>();
        Map<String, Throwable> refused = new ConcurrentHashMap<>();
        String[] writers = {"kaz.delegate", "uzb.delegate", "tjk.delegate", "kgz.delegate", "tkm.delegate"};
        for (int i = 0; i < writers.length; i++) {
            String clientId = "group-" + i;
            String operation = i == 2
                    ? "[" + (length + 5) + ",\"x\"]" // longer than the text: refused
                    : "[\"" + i + "\"," + length + "]";
            lane.submit(person(writers[i]), new EditClause(NEGOTIATION, CLAUSE, clientId, 1, before.revision(), operation),
                    (acknowledgement, failure) -> {
                        if (failure == null) {
                            acknowledged.put(clientId, acknowledgement);
                        } else {
                            refused.put(clientId, failure);
                        }
                    });
        }
        // the same batch again, in the same group: acknowledged again, applied once
        lane.submit(person("kaz.delegate"), new EditClause(NEGOTIATION, CLAUSE, "group-0", 1, before.revision(),
                "[\"0\"," + length + "]"), (acknowledgement, failure) -> acknowledged.put("group-0 again", acknowledgement));
        assertThat(acknowledged).as("nobody is answered before the group is committed").isEmpty();

        assertThat(held).hasSize(1);
        held.remove(0).run();

        assertThat(refused).containsOnlyKeys("group-2");
        assertThat(Refusal.in(refused.get("group-2"))).hasValueSatisfying(refusal ->
                assertThat(refusal.reason()).isEqualTo(RejectionReason.INVALID_OPERATION));
        assertThat(acknowledged).containsOnlyKeys("group-0", "group-1", "group-3", "group-4", "group-0 again");
        assertThat(acknowledged.values().stream().filter(a -> !a.duplicate()).map(EditAcknowledgement::revision))
                .containsExactlyInAnyOrder(before.revision() + 1, before.revision() + 2, before.revision() + 3,
                        before.revision() + 4);
        assertThat(acknowledged.get("group-0 again").duplicate()).isTrue();
        assertThat(acknowledged.get("group-0 again").revision()).isEqualTo(acknowledged.get("group-0").revision());

        List<Long> xids = new ArrayList<>();
        for (String clientId : List.of("group-0", "group-1", "group-3", "group-4")) {
            assertThat(transactionsOf(clientId)).as(clientId + " recorded exactly once").hasSize(1);
            xids.addAll(transactionsOf(clientId));
        }
        assertThat(transactionsOf("group-2")).as("the refused batch left nothing").isEmpty();
        assertThat(xids).as("one transaction for the whole group").containsOnly(xids.get(0));
        assertThat(snapshot().revision()).isEqualTo(before.revision() + 4);
        assertThat(held).as("nothing left queued").isEmpty();
    }

    @Test
    void a_batch_that_finds_the_lane_idle_is_committed_by_its_sender_and_what_arrives_meanwhile_by_the_lane() {
        ClauseEditorSnapshot before = snapshot();
        int length = before.text().codePointCount(0, before.text().length());
        CommitLane lane = new CommitLane(backend, transactions, gate);
        Map<String, EditAcknowledgement> acknowledged = new ConcurrentHashMap<>();
        Thread sender = Thread.currentThread();
        List<Thread> answeredOn = new ArrayList<>();
        lane.submit(person("kaz.delegate"), new EditClause(NEGOTIATION, CLAUSE, "inline-0", 1, before.revision(),
                "[\"a\"," + length + "]"), (acknowledgement, failure) -> {
            acknowledged.put("inline-0", acknowledgement);
            answeredOn.add(Thread.currentThread());
            // a batch arriving while the first group is being answered: the lane is busy
            lane.submit(person("uzb.delegate"), new EditClause(NEGOTIATION, CLAUSE, "inline-1", 1, before.revision() + 1,
                    "[\"b\"," + (length + 1) + "]"), (second, refusal) -> acknowledged.put("inline-1", second));
        });
        assertThat(acknowledged).as("committed and answered before submit returned").containsOnlyKeys("inline-0");
        assertThat(answeredOn).containsExactly(sender);
        assertThat(acknowledged.get("inline-0").revision()).isEqualTo(before.revision() + 1);

        assertThat(held).as("the batch that came meanwhile waits for the lane's thread").hasSize(1);
        held.remove(0).run();
        assertThat(acknowledged).containsOnlyKeys("inline-0", "inline-1");
        assertThat(acknowledged.get("inline-1").revision()).isEqualTo(before.revision() + 2);
        assertThat(snapshot().text()).startsWith("ba");
        assertThat(held).as("nothing left queued").isEmpty();
    }
}
