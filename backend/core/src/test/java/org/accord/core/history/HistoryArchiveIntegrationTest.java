package org.accord.core.history;

import org.accord.api.history.FindNegotiationAt;
import org.accord.api.history.FindTimeline;
import org.accord.api.history.TimelinePage;
import org.accord.api.negotiation.FindNegotiation;
import org.accord.api.negotiation.NegotiationView;
import org.accord.api.shared.Actor;
import org.accord.api.shared.NegotiationId;
import org.accord.api.shared.Role;
import org.accord.core.CoreTestApplication;
import org.accord.core.infrastructure.ActorMetaData;
import org.accord.testing.FreshDatabaseInitializer;
import org.accord.tools.history.HistoryArchive;
import org.axonframework.messaging.GenericMessage;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.ContextConfiguration;

import javax.sql.DataSource;
import java.io.BufferedReader;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * Export a negotiation's history as JSON Lines, import it into a fresh installation (its own
 * database and application context), which then shows the same charter, positions and timeline;
 * the verify digests say the two hold the same history, and a tampered export is told apart.
 */
@SpringBootTest(classes = CoreTestApplication.class, properties = {
        "accord.demo.enabled=true", "accord.demo.password=demo-password"})
@ContextConfiguration(initializers = FreshDatabaseInitializer.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HistoryArchiveIntegrationTest {

    static final NegotiationId DEMO = NegotiationId.of("c5-security-charter");
    static final NegotiationId GENERATED = NegotiationId.of("generated-archive");
    static final Actor CHAIR = new Actor("chair", "Secretariat (Chair)", Role.CHAIR, null);

    @Autowired DataSource source;
    @Autowired QueryGateway sourceQueries;
    @Autowired HistoryGenerator generator;

    ConfigurableApplicationContext target;
    final List<String> exports = new ArrayList<>();

    @BeforeAll
    void exportAndImport() throws Exception {
        generator.generate(GENERATED, 600, 5, 100);
        target = new SpringApplicationBuilder(CoreTestApplication.class)
                .initializers(new FreshDatabaseInitializer())
                .properties("accord.demo.enabled=false", "spring.main.web-application-type=none")
                .run();
        for (NegotiationId id : List.of(DEMO, GENERATED)) {
            StringWriter export = new StringWriter();
            try (Connection db = source.getConnection()) {
                HistoryArchive.export(db, id.value(), export);
            }
            exports.add(export.toString());
            try (Connection db = target.getBean(DataSource.class).getConnection()) {
                assertThat(HistoryArchive.importInto(db, reader(export.toString())))
                        .isEqualTo(export.toString().lines().count());
            }
        }
    }

    @AfterAll
    void closeTarget() {
        if (target != null) {
            target.close();
        }
    }

    static BufferedReader reader(String text) {
        return new BufferedReader(new StringReader(text));
    }

    static <R> R query(QueryGateway queries, Object query, Class<R> type) {
        return queries.query(new GenericMessage<>(query, ActorMetaData.of(CHAIR)), ResponseTypes.instanceOf(type)).join();
    }

    static Optional<NegotiationView> view(QueryGateway queries, Object query) {
        return queries.query(new GenericMessage<>(query, ActorMetaData.of(CHAIR)),
                ResponseTypes.optionalInstanceOf(NegotiationView.class)).join();
    }

    @Test
    void the_imported_installation_shows_the_same_charter_positions_and_timeline() {
        QueryGateway targetQueries = target.getBean(QueryGateway.class);
        for (NegotiationId id : List.of(DEMO, GENERATED)) {
            NegotiationView original = view(sourceQueries, new FindNegotiation(id)).orElseThrow();
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                    assertThat(view(targetQueries, new FindNegotiation(id))).contains(original));
            assertThat(view(targetQueries, FindNegotiationAt.sequence(id, 40)))
                    .isEqualTo(view(sourceQueries, FindNegotiationAt.sequence(id, 40)));
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                    assertThat(query(targetQueries, FindTimeline.first(id, 500), TimelinePage.class))
                            .isEqualTo(query(sourceQueries, FindTimeline.first(id, 500), TimelinePage.class)));
        }
    }

    @Test
    void verify_reports_identical_histories_and_tells_a_tampered_export_apart() throws Exception {
        for (NegotiationId id : List.of(DEMO, GENERATED)) {
            HistoryArchive.Digests here;
            HistoryArchive.Digests there;
            try (Connection a = source.getConnection(); Connection b = target.getBean(DataSource.class).getConnection()) {
                here = HistoryArchive.digests(a, id.value());
                there = HistoryArchive.digests(b, id.value());
            }
            HistoryArchive.Comparison installations = HistoryArchive.compare(here, there);
            assertThat(installations.identical()).isTrue();
            assertThat(installations.firstDifference()).isNull();
            assertThat(installations.events()).isEqualTo(here.size()).isPositive();
            assertThat(HistoryArchive.compare(here, HistoryArchive.digests(reader(exports.get(id == DEMO ? 0 : 1))))
                    .identical()).isTrue();
        }

        String export = exports.get(1);
        List<String> lines = new ArrayList<>(export.lines().toList());
        int victim = 300;
        String original = lines.get(victim);
        String tampered = original.replaceFirst("\"timestamp\":\"(\\d{4})", "\"timestamp\":\"1999");
        assertThat(tampered).isNotEqualTo(original);
        lines.set(victim, tampered);
        String tamperedExport = String.join("\n", lines) + "\n";

        assertThatThrownBy(() -> HistoryArchive.digests(reader(tamperedExport)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("line " + (victim + 1));
        HistoryArchive.Digests here;
        try (Connection a = source.getConnection()) {
            here = HistoryArchive.digests(a, GENERATED.value());
        }
        HistoryArchive.Comparison comparison = HistoryArchive.compare(here, HistoryArchive.contentDigests(reader(tamperedExport)));
        assertThat(comparison.identical()).isFalse();
        assertThat(comparison.firstDifference()).isEqualTo((long) victim);

        String truncated = String.join("\n", lines.subList(0, victim)) + "\n";
        assertThat(HistoryArchive.compare(here, HistoryArchive.digests(reader(truncated))))
                .satisfies(c -> {
                    assertThat(c.identical()).isFalse();
                    assertThat(c.firstDifference()).isEqualTo((long) victim);
                });
        try (Connection b = target.getBean(DataSource.class).getConnection()) {
            assertThatThrownBy(() -> HistoryArchive.importInto(b, reader(tamperedExport)))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> HistoryArchive.importInto(b, reader(export)))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("already holds");
        }
    }
}
