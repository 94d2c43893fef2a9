package org.accord.core;

import org.accord.api.negotiation.AddArticle;
import org.accord.api.negotiation.FindNegotiation;
import org.accord.api.negotiation.NegotiationView;
import org.accord.api.negotiation.OpenNegotiation;
import org.accord.api.shared.Actor;
import org.accord.api.shared.ArticleId;
import org.accord.api.shared.CommandRejectedException;
import org.accord.api.shared.DelegationCode;
import org.accord.api.shared.NegotiationId;
import org.accord.api.shared.RejectionReason;
import org.accord.api.shared.Role;
import org.accord.core.identity.AccountStore;
import org.accord.core.identity.NewAccount;
import org.accord.core.infrastructure.ActorMetaData;
import org.accord.testing.FreshDatabaseInitializer;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.SubscriptionQueryResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ContextConfiguration;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * The slice through the real application context against a real, fresh PostgreSQL database:
 * commands become JSON events in bytea columns, the projection follows, subscription queries
 * are pushed, and refused commands leave nothing behind.
 */
@SpringBootTest(classes = CoreTestApplication.class)
@ContextConfiguration(initializers = FreshDatabaseInitializer.class)
class EventStoreIntegrationTest {

    static final String PASSWORD = "correct horse battery";

    @Autowired CommandGateway commands;
    @Autowired QueryGateway queries;
    @Autowired JdbcClient jdbc;
    @Autowired AccountStore accounts;
    @Autowired UserDetailsService users;
    @Autowired PasswordEncoder passwords;

    static boolean accountsCreated;

    @BeforeAll
    static void noAuthenticationYet() {
        SecurityContextHolder.clearContext();
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    void ensureAccounts() {
        if (!accountsCreated) {
            accounts.create(new NewAccount(new Actor("chair", "Secretariat", Role.CHAIR, null), PASSWORD));
            accounts.create(new NewAccount(new Actor("kaz.head", "Aigerim", Role.HEAD_OF_DELEGATION,
                    DelegationCode.of("KAZ")), PASSWORD));
            accountsCreated = true;
        }
    }

    void signInAs(String username) {
        ensureAccounts();
        UserDetails user = users.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    NegotiationId openNegotiation() {
        NegotiationId id = NegotiationId.random();
        signInAs("chair");
        commands.sendAndWait(new OpenNegotiation(id, "Charter on a Regional Security Architecture"));
        return id;
    }

    long eventCount() {
        return jdbc.sql("select count(*) from domain_event_entry").query(Long.class).single();
    }

    @Test
    void events_are_readable_json_in_bytea_and_no_large_object_exists() {
        NegotiationId id = openNegotiation();

        String json = jdbc.sql("""
                        select convert_from(payload, 'UTF8') from domain_event_entry
                        where aggregate_identifier = :id and sequence_number = 0""")
                .param("id", id.value()).query(String.class).single();
        assertThat(json).contains("\"negotiationId\":\"" + id + "\"")
                .contains("\"title\":\"Charter on a Regional Security Architecture\"")
                .contains("\"username\":\"chair\"");
        assertThat(jdbc.sql("select payload_type || '/' || payload_revision from domain_event_entry where aggregate_identifier = :id")
                .param("id", id.value()).query(String.class).single())
                .isEqualTo("org.accord.api.negotiation.NegotiationOpened/2");

        List<String> serializedColumnTypes = jdbc.sql("""
                        select distinct data_type from information_schema.columns
                        where table_schema = 'public'
                          and column_name in ('payload', 'meta_data', 'token', 'serialized_saga', 'diagnostics')""")
                .query(String.class).list();
        assertThat(serializedColumnTypes).containsExactly("bytea");
        assertThat(jdbc.sql("select count(*) from information_schema.columns where table_schema = 'public' and data_type = 'oid'")
                .query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from pg_largeobject_metadata").query(Long.class).single()).isZero();
    }

    @Test
    void flyway_owns_the_schema() {
        assertThat(jdbc.sql("select count(*) from flyway_schema_history where success").query(Long.class).single())
                .isGreaterThanOrEqualTo(3);
    }

    @Test
    void the_read_model_follows_and_subscribers_are_pushed_the_new_article() {
        NegotiationId id = openNegotiation();
        List<NegotiationView> updates = new CopyOnWriteArrayList<>();
        try (SubscriptionQueryResult<Optional<NegotiationView>, NegotiationView> live = queries.subscriptionQuery(
                new FindNegotiation(id), ResponseTypes.optionalInstanceOf(NegotiationView.class),
                ResponseTypes.instanceOf(NegotiationView.class))) {
            live.updates().subscribe(updates::add);

            commands.sendAndWait(new AddArticle(id, ArticleId.of("art-1"), "Indivisible security", "The Parties shall"));

            await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(updates)
                    .anySatisfy(view -> assertThat(view.articles()).extracting(a -> a.heading())
                            .containsExactly("Indivisible security")));
        }
        NegotiationView view = queries.query(new FindNegotiation(id),
                ResponseTypes.optionalInstanceOf(NegotiationView.class)).join().orElseThrow();
        assertThat(view.articles()).singleElement().satisfies(article -> {
            assertThat(article.number()).isEqualTo(1);
            assertThat(article.addedBy()).isEqualTo("Secretariat");
        });
    }

    @Test
    void a_refused_command_records_nothing() {
        NegotiationId id = openNegotiation();
        long before = eventCount();
        signInAs("kaz.head");

        assertThatThrownBy(() -> commands.sendAndWait(new AddArticle(id, ArticleId.of("art-x"), "Heading", "Text")))
                .isInstanceOfSatisfying(CommandRejectedException.class,
                        rejection -> assertThat(rejection.reason()).isEqualTo(RejectionReason.NOT_THE_CHAIR));
        assertThat(eventCount()).isEqualTo(before);
    }

    @Test
    void a_signed_in_user_cannot_act_as_somebody_else() {
        NegotiationId id = openNegotiation();
        Actor chair = new Actor("chair", "Secretariat", Role.CHAIR, null);
        signInAs("kaz.head");
        long before = eventCount();

        assertThatThrownBy(() -> commands.sendAndWait(
                new AddArticle(id, ArticleId.of("art-forged"), "Heading", "Text"), ActorMetaData.of(chair)))
                .isInstanceOfSatisfying(CommandRejectedException.class,
                        rejection -> assertThat(rejection.reason()).isEqualTo(RejectionReason.NOT_THE_CHAIR));
        assertThat(eventCount()).isEqualTo(before);
    }

    @Test
    void a_command_without_an_actor_is_refused() {
        NegotiationId id = openNegotiation();
        SecurityContextHolder.clearContext();
        long before = eventCount();

        assertThatThrownBy(() -> commands.sendAndWait(new AddArticle(id, ArticleId.of("art-anon"), "Heading", "Text")))
                .isInstanceOfSatisfying(CommandRejectedException.class,
                        rejection -> assertThat(rejection.reason()).isEqualTo(RejectionReason.NOT_AUTHENTICATED));
        assertThat(eventCount()).isEqualTo(before);
    }

    @Test
    void passwords_are_stored_as_argon2_hashes() {
        ensureAccounts();
        String hash = jdbc.sql("select password_hash from account where username = 'chair'").query(String.class).single();
        assertThat(hash).startsWith("{argon2@SpringSecurity_v5_8}$argon2id$").doesNotContain(PASSWORD);
        assertThat(passwords.matches(PASSWORD, hash)).isTrue();
        assertThat(passwords.matches("wrong password", hash)).isFalse();
    }
}
