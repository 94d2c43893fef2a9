package org.accord.web.coediting;

import com.fasterxml.jackson.databind.JsonNode;
import org.accord.AccordApplication;
import org.accord.DemoProjection;
import org.accord.ot.TextOperation;
import org.accord.testing.FreshDatabaseInitializer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletionException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * The co-editing endpoint with real WebSocket clients against the running application and
 * PostgreSQL (docs/co-editing.md §5): acknowledgements and transformed operations in revision
 * order, exactly once, catch-up after a lost connection, presence, and every kind of bad input
 * refused with nothing stored.
 */
@SpringBootTest(classes = AccordApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"accord.demo.enabled=true", "accord.demo.password=" + CoEditingSocketIntegrationTest.PASSWORD})
@ContextConfiguration(initializers = FreshDatabaseInitializer.class)
class CoEditingSocketIntegrationTest {

    static final String PASSWORD = "socket-password";
    static final String NEGOTIATION = "c5-security-charter";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    /** Editors are admitted once the projection knows the demo's members and clauses. */
    @BeforeEach
    void demoProjected() {
        DemoProjection.awaitProjected(jdbc, NEGOTIATION);
    }

    EditorClient editor(String username, String clause, String clientId, long revision) {
        EditorClient client = EditorClient.signedIn(baseUrl(), username, PASSWORD).connect();
        client.send("type", "join", "negotiationId", NEGOTIATION, "clauseId", clause, "clientId", clientId,
                "revision", revision);
        return client;
    }

    long editEvents(String clientId) {
        return jdbc.sql("""
                        select count(*) from domain_event_entry
                        where payload_type = 'org.accord.api.coediting.ClauseEdited'
                          and convert_from(payload, 'UTF8') like :client""")
                .param("client", "%\"clientId\":\"" + clientId + "\"%").query(Long.class).single();
    }

    static int length(String text) {
        return text.codePointCount(0, text.length());
    }

    /**
     * Browsers always offer {@code permessage-deflate}; the endpoint declines it (ADR 0025), so a
     * browser's handshake, written here byte for byte, is answered without the extension.
     */
    @Test
    void frames_are_not_compressed_even_when_the_browser_offers_it() throws IOException {
        String cookie = EditorClient.signedIn(baseUrl(), "kaz.delegate", PASSWORD).cookieHeader();
        assertThat(cookie).contains("JSESSIONID=");
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(("GET /coediting HTTP/1.1\r\n"
                    + "Host: 127.0.0.1:" + port + "\r\n"
                    + "Upgrade: websocket\r\nConnection: Upgrade\r\n"
                    + "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n"
                    + "Sec-WebSocket-Extensions: permessage-deflate; client_max_window_bits\r\n"
                    + "Cookie: " + cookie + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            BufferedReader response = new BufferedReader(
                    new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
            List<String> head = new ArrayList<>();
            for (String line = response.readLine(); line != null && !line.isEmpty(); line = response.readLine()) {
                head.add(line);
            }
            assertThat(head).first().asString().startsWith("HTTP/1.1 101");
            assertThat(head).anyMatch(line -> line.toLowerCase(Locale.ROOT).startsWith("sec-websocket-accept:"))
                    .noneMatch(line -> line.toLowerCase(Locale.ROOT).startsWith("sec-websocket-extensions:"));
        }
    }

    @Test
    void two_editors_see_each_others_batches_transformed_and_in_order_and_converge() {
        try (EditorClient kaz = editor("kaz.delegate", "art-international-law", "kaz-1", 0);
             EditorClient uzb = editor("uzb.delegate", "art-international-law", "uzb-1", 0)) {
            JsonNode kazSnapshot = kaz.awaitType("snapshot");
            JsonNode uzbSnapshot = uzb.awaitType("snapshot");
            long base = kazSnapshot.get("revision").asLong();
            String text = kazSnapshot.get("text").asText();
            assertThat(uzbSnapshot.get("revision").asLong()).isEqualTo(base);
            assertThat(uzbSnapshot.get("you").get("delegation").asText()).isEqualTo("UZB");
            assertThat(uzbSnapshot.get("editors")).extracting(editor -> editor.get("clientId").asText()).contains("kaz-1");
            assertThat(kazSnapshot.get("authorship")).isNotEmpty();

            // both write on the same revision; the second is transformed past the first
            kaz.send("{\"type\":\"submit\",\"clientSeq\":1,\"baseRevision\":" + base
                    + ",\"operation\":[\"Firmly, \"," + length(text) + "]}");
            uzb.send("{\"type\":\"submit\",\"clientSeq\":1,\"baseRevision\":" + base
                    + ",\"operation\":[" + length(text) + ",\" 𝒜\"]}");

            JsonNode kazAck = kaz.awaitType("ack");
            JsonNode uzbAck = uzb.awaitType("ack");
            assertThat(kazAck.get("clientSeq").asLong()).isEqualTo(1);
            assertThat(java.util.Set.of(kazAck.get("revision").asLong(), uzbAck.get("revision").asLong()))
                    .containsExactlyInAnyOrder(base + 1, base + 2);
            JsonNode toKaz = kaz.awaitType("op");
            JsonNode toUzb = uzb.awaitType("op");
            assertThat(toUzb.get("author").get("delegation").asText()).isEqualTo("KAZ");
            assertThat(toUzb.get("clientId").asText()).isEqualTo("kaz-1");

            // in the server's order: the first batch as sent, then the second as transformed and relayed
            boolean kazFirst = kazAck.get("revision").asLong() == base + 1;
            JsonNode firstAsRelayed = kazFirst ? toUzb : toKaz;
            JsonNode secondAsRelayed = kazFirst ? toKaz : toUzb;
            assertThat(firstAsRelayed.get("revision").asLong()).isEqualTo(base + 1);
            assertThat(secondAsRelayed.get("revision").asLong()).isEqualTo(base + 2);
            String merged = TextOperation.fromJson(secondAsRelayed.get("operation").toString())
                    .apply(TextOperation.fromJson(firstAsRelayed.get("operation").toString()).apply(text));
            assertThat(merged).isEqualTo("Firmly, " + text + " 𝒜");
            assertThat(editEvents("kaz-1")).isEqualTo(1);
            assertThat(editEvents("uzb-1")).isEqualTo(1);
        }
    }

    @Test
    void a_batch_sent_again_is_acknowledged_again_and_never_applied_twice() {
        try (EditorClient kaz = editor("kaz.delegate", "art-international-cooperation", "kaz-dup", 0);
             EditorClient tjk = editor("tjk.delegate", "art-international-cooperation", "tjk-dup", 0)) {
            JsonNode snapshot = kaz.awaitType("snapshot");
            tjk.awaitType("snapshot");
            String submit = "{\"type\":\"submit\",\"clientSeq\":1,\"baseRevision\":" + snapshot.get("revision")
                    + ",\"operation\":[\"¶ \"," + length(snapshot.get("text").asText()) + "]}";
            kaz.send(submit);
            JsonNode ack = kaz.awaitType("ack");
            int seen = kaz.received().size();
            kaz.send(submit);
            JsonNode again = kaz.await(seen, message -> message.path("type").asText().equals("ack"));

            assertThat(again.get("revision")).isEqualTo(ack.get("revision"));
            assertThat(editEvents("kaz-dup")).isEqualTo(1);
            await().until(() -> tjk.ofType("op").size() == 1);
            assertThat(tjk.ofType("op")).hasSize(1);
        }
    }

    @Test
    void a_client_that_lost_its_connection_receives_everything_it_missed_then_live_revisions() {
        try (EditorClient uzb = editor("uzb.delegate", "art-comprehensive-approach", "uzb-live", 0)) {
            JsonNode snapshot = uzb.awaitType("snapshot");
            long base = snapshot.get("revision").asLong();
            int length = length(snapshot.get("text").asText());

            EditorClient kaz = editor("kaz.head", "art-comprehensive-approach", "kaz-away", 0);
            kaz.awaitType("snapshot");
            kaz.drop();

            uzb.send("{\"type\":\"submit\",\"clientSeq\":1,\"baseRevision\":" + base + ",\"operation\":[\"A\"," + length + "]}");
            uzb.await(0, m -> m.path("type").asText().equals("ack") && m.get("revision").asLong() == base + 1);
            uzb.send("{\"type\":\"submit\",\"clientSeq\":2,\"baseRevision\":" + (base + 1) + ",\"operation\":[1,\"B\"," + length + "]}");
            uzb.await(0, m -> m.path("type").asText().equals("ack") && m.get("revision").asLong() == base + 2);

            try (EditorClient back = editor("kaz.head", "art-comprehensive-approach", "kaz-away", base)) {
                back.await(0, m -> m.path("type").asText().equals("op") && m.get("revision").asLong() == base + 2);
                assertThat(back.ofType("op")).extracting(m -> m.get("revision").asLong()).containsExactly(base + 1, base + 2);
                assertThat(back.ofType("snapshot")).isEmpty();

                uzb.send("{\"type\":\"submit\",\"clientSeq\":3,\"baseRevision\":" + (base + 2) + ",\"operation\":[2,\"C\"," + length + "]}");
                back.await(0, m -> m.path("type").asText().equals("op") && m.get("revision").asLong() == base + 3);
                assertThat(back.ofType("op")).extracting(m -> m.get("revision").asLong())
                        .containsExactly(base + 1, base + 2, base + 3);
            }
        }
    }

    @Test
    void presence_is_relayed_to_the_other_editors_and_their_departure_announced() {
        try (EditorClient kaz = editor("kaz.delegate", "art-risk-catalogue", "kaz-caret", 0);
             EditorClient kgz = editor("kgz.delegate", "art-risk-catalogue", "kgz-caret", 0)) {
            JsonNode snapshot = kaz.awaitType("snapshot");
            kgz.awaitType("snapshot");
            kaz.send("type", "presence", "revision", snapshot.get("revision").asLong(), "anchor", 3, "head", 7);
            JsonNode relayed = kgz.awaitType("presence");
            assertThat(relayed.get("clientId").asText()).isEqualTo("kaz-caret");
            assertThat(relayed.get("author").get("delegation").asText()).isEqualTo("KAZ");
            assertThat(relayed.get("anchor").asInt()).isEqualTo(3);
            assertThat(relayed.get("head").asInt()).isEqualTo(7);
            kaz.close();
            assertThat(kgz.awaitType("left").get("clientId").asText()).isEqualTo("kaz-caret");
        }
    }

    @Test
    void bad_input_is_refused_with_a_reason_and_nothing_is_stored() {
        try (EditorClient kaz = editor("kaz.delegate", "art-indivisible-security", "kaz-bad", 0)) {
            JsonNode snapshot = kaz.awaitType("snapshot");
            long base = snapshot.get("revision").asLong();
            int length = length(snapshot.get("text").asText());

            kaz.send("{\"type\":\"submit\",\"clientSeq\":1,\"baseRevision\":" + base + ",\"operation\":[\"x\"," + (length + 5) + "]}");
            assertThat(kaz.awaitType("error").get("reason").asText()).isEqualTo("INVALID_OPERATION");

            kaz.send("{\"type\":\"submit\",\"clientSeq\":1,\"baseRevision\":" + base + ",\"operation\":[\"\\ud800\"," + length + "]}");
            kaz.await(0, m -> m.path("type").asText().equals("error") && m.path("clientSeq").asLong() == 1
                    && kaz.ofType("error").size() == 2);
            assertThat(kaz.ofType("error").get(1).get("reason").asText()).as("a lone surrogate").isEqualTo("INVALID_OPERATION");

            kaz.send("{\"type\":\"submit\",\"clientSeq\":1,\"baseRevision\":" + (base + 7) + ",\"operation\":[\"x\"," + length + "]}");
            kaz.await(0, m -> kaz.ofType("error").size() == 3);
            assertThat(kaz.ofType("error").get(2).get("reason").asText()).as("a future revision").isEqualTo("INVALID_OPERATION");

            kaz.send("not json");
            kaz.await(0, m -> kaz.ofType("error").size() == 4);
            assertThat(kaz.ofType("error").get(3).get("reason").asText()).isEqualTo("MALFORMED_MESSAGE");

            kaz.send("{\"type\":\"submit\",\"clientSeq\":-1,\"baseRevision\":" + base + ",\"operation\":\"[1]\"}");
            kaz.await(0, m -> kaz.ofType("error").size() == 5);
            assertThat(kaz.ofType("error").get(4).get("reason").asText()).isEqualTo("MALFORMED_MESSAGE");

            assertThat(kaz.ofType("ack")).isEmpty();
            assertThat(editEvents("kaz-bad")).isZero();
        }
    }

    /**
     * The server reads a connection's messages in parts of {@code FRAGMENT} characters: a longer
     * one is put together and handled, one above {@code MAX_MESSAGE} closes the connection as
     * too big (1009) and records nothing.
     */
    @Test
    void a_long_message_is_put_together_and_one_above_the_limit_closes_the_connection() {
        try (EditorClient kaz = editor("kaz.delegate", "art-response-mechanisms-p2", "kaz-long", 0)) {
            JsonNode snapshot = kaz.awaitType("snapshot");
            long base = snapshot.get("revision").asLong();
            String text = snapshot.get("text").asText();
            String inserted = "Ω🌏 ".repeat(4_000);
            assertThat(inserted.length()).isGreaterThan(CoEditingSocketConfiguration.FRAGMENT);
            kaz.send("{\"type\":\"submit\",\"clientSeq\":1,\"baseRevision\":" + base + ",\"operation\":[\""
                    + inserted + "\"," + length(text) + "]}");
            kaz.await(0, m -> m.path("type").asText().equals("ack") && m.get("revision").asLong() == base + 1);

            try (EditorClient uzb = editor("uzb.delegate", "art-response-mechanisms-p2", "uzb-long", 0)) {
                assertThat(uzb.awaitType("snapshot").get("text").asText()).isEqualTo(inserted + text);
            }
            kaz.send("{\"type\":\"submit\",\"clientSeq\":2,\"baseRevision\":" + (base + 1) + ",\"operation\":[\""
                    + "x".repeat(CoEditingSocketConfiguration.MAX_MESSAGE) + "\"," + length(inserted + text) + "]}");
            await().until(kaz::isClosed);
            assertThat(kaz.closeStatus()).isEqualTo(1009);
            assertThat(editEvents("kaz-long")).isEqualTo(1);
        }
    }

    @Test
    void observers_and_strangers_cannot_edit() {
        try (EditorClient observer = editor("aze.observer", "art-indivisible-security", "aze-1", 0)) {
            assertThat(observer.awaitType("error").get("reason").asText()).isEqualTo("NOT_A_MEMBER");
            await().until(observer::isClosed);
            assertThat(observer.ofType("snapshot")).isEmpty();
        }
        assertThatThrownBy(() -> EditorClient.anonymous(baseUrl()).connect())
                .as("the handshake needs a signed-in session")
                .isInstanceOf(CompletionException.class);
    }
}
