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

    public static void awaitProjected(JdbcClient jdbc, String negotiation) {
        await().atMost(Duration.ofSeconds(60)).until(() -> jdbc.sql(
                        "select (select count(*) from article_view where negotiation_id = :negotiation) >= 9"
                                + " and (select count(*) from delegation_view where negotiation_id = :negotiation and member) = 5")
                .param("negotiation", negotiation).query(Boolean.class).single());
    }
}
