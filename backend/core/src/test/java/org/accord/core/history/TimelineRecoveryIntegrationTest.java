package org.accord.core.history;

import org.accord.core.CoreTestApplication;
import org.accord.testing.FreshDatabaseInitializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The timeline is an unlogged table, and a timeline emptied as PostgreSQL empties unlogged tables
 * after a crash is rebuilt on start, row for row, the other read models untouched.
 */
@SpringBootTest(classes = CoreTestApplication.class, properties = {
        "accord.demo.enabled=true", "accord.demo.password=demo-password"})
@ContextConfiguration(initializers = FreshDatabaseInitializer.class)
class TimelineRecoveryIntegrationTest {

    @Autowired JdbcClient jdbc;
    @Autowired TimelineRecovery recovery;
    @Autowired ReadModelRebuild rebuild;

    private long negotiationEvents() {
        return jdbc.sql("select count(*) from domain_event_entry where type = 'Negotiation'").query(Long.class).single();
    }

    private List<String> timeline() {
        return jdbc.sql("""
                        select negotiation_id || '|' || sequence_number || '|' || at || '|' || act || '|'
                               || coalesce(delegation, '-') || '|' || coalesce(clause_id, '-')
                        from timeline_entry order by negotiation_id, sequence_number""")
                .query(String.class).list();
    }

    @Test
    void a_timeline_emptied_as_after_a_crash_is_rebuilt_row_for_row_and_an_intact_one_is_left_alone() {
        await().atMost(Duration.ofSeconds(60)).until(() -> timeline().size() == negotiationEvents());
        List<String> before = timeline();
        String articles = jdbc.sql("select string_agg(article_id || revision, ',' order by article_id) from article_view")
                .query(String.class).single();
        assertThat(before).isNotEmpty();
        assertThat(jdbc.sql("""
                        select string_agg(relname || ':' || relpersistence::text, ',' order by relname) from pg_class
                        where relname in ('timeline_entry', 'timeline_intact')""").query(String.class).single())
                .isEqualTo("timeline_entry:u,timeline_intact:u");

        assertThat(recovery.recover()).isFalse();
        assertThat(timeline()).isEqualTo(before);

        // what crash recovery does to every unlogged table
        jdbc.sql("truncate timeline_entry, timeline_intact").update();

        assertThat(recovery.recover()).isTrue();
        await().atMost(Duration.ofSeconds(60)).until(rebuild::caughtUp);
        assertThat(timeline()).isEqualTo(before);
        assertThat(recovery.recover()).isFalse();
        assertThat(jdbc.sql("select string_agg(article_id || revision, ',' order by article_id) from article_view")
                .query(String.class).single()).isEqualTo(articles);
    }
}
