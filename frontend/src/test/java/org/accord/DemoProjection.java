package org.accord;

import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Duration;

import static org.awaitility.Awaitility.await;

/**
 * Who may edit is read from the projection, which follows the demo's events shortly after
 * start-up: tests that connect editors wait until it knows every clause and the five members.
 */
public final class DemoProjection {

    private DemoProjection() {
    }

    /**
     * Waits until the tracking processor {@code name} has handled every event stored so far, so
     * that a test's counts start from a settled state instead of racing the demo's catch-up.
     */
    public static void awaitCaughtUp(JdbcClient jdbc, org.axonframework.config.EventProcessingConfiguration processing,
                                     String name) {
        long head = jdbc.sql("select coalesce(max(global_index), -1) from domain_event_entry").query(Long.class).single();
        var processor = processing.eventProcessor(name, org.axonframework.eventhandling.StreamingEventProcessor.class)
                .orElseThrow(() -> new IllegalStateException("No streaming processor " + name));
        await().atMost(Duration.ofSeconds(60)).until(() -> processor.processingStatus().values().stream()
                .allMatch(status -> status.getCurrentPosition().orElse(-1) >= head));
    }

    public static void awaitProjected(JdbcClient jdbc, String negotiation) {
        await().atMost(Duration.ofSeconds(60)).until(() -> jdbc.sql(
                        "select (select count(*) from article_view where negotiation_id = :negotiation) >= 9"
                                + " and (select count(*) from delegation_view where negotiation_id = :negotiation and member) = 5")
                .param("negotiation", negotiation).query(Boolean.class).single());
    }
}
