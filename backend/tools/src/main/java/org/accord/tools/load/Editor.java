package org.accord.tools.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.accord.ot.Priority;
import org.accord.ot.TextOperation;
import org.accord.ot.Transformed;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;

/**
 * One simulated editor of one clause over the real WebSocket protocol (docs/co-editing.md §5): the
 * Jupiter client state machine (one batch in flight, later keystrokes composed into a buffer
 * sent on the acknowledgement), typing one character at a random place per keystroke.
 */
final class Editor implements WebSocket.Listener {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyz ";

    private final String clientId;
    private final String clause;
    private final Latencies latencies;
    private final Random random;
    private final StringBuilder partial = new StringBuilder();
    private final CompletableFuture<Void> loaded = new CompletableFuture<>();
    /** The last send: java.net.http allows one outstanding send per socket, so sends are chained. */
    private CompletableFuture<WebSocket> sending;
    private String document;
    private long revision;
    private long clientSeq;
    private TextOperation inFlight;
    private TextOperation buffer;
    private long acknowledged;
    private boolean saturating;
    private volatile String failure;

    Editor(String clientId, String clause, Latencies latencies, long seed) {
        this.clientId = clientId;
        this.clause = clause;
        this.latencies = latencies;
        this.random = new Random(seed);
    }

    String clause() {
        return clause;
    }

    void open(HttpClient http, String baseUrl, String negotiation) {
        WebSocket socket = http.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(10))
                .buildAsync(URI.create(baseUrl.replaceFirst("^http", "ws") + "/coediting"), this).join();
        sending = CompletableFuture.completedFuture(socket);
        ObjectNode join = JSON.createObjectNode().put("type", "join").put("negotiationId", negotiation)
                .put("clauseId", clause).put("clientId", clientId).put("revision", 0);
        sendText(join.toString());
        loaded.orTimeout(30, TimeUnit.SECONDS).join();
    }

    /** One keystroke: a character inserted at a random place. */
    synchronized void type() {
        int length = document.codePointCount(0, document.length());
        int at = random.nextInt(length + 1);
        String key = String.valueOf(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        TextOperation keystroke = TextOperation.builder().retain(at).insert(key).retain(length - at).build();
        document = keystroke.apply(document);
        if (inFlight == null) {
            send(keystroke);
        } else {
            buffer = buffer == null ? keystroke : TextOperation.compose(buffer, keystroke);
        }
    }

    /** From now on a new keystroke is typed the moment the previous batch is acknowledged. */
    synchronized void saturate(boolean on) {
        saturating = on;
        if (on && inFlight == null) {
            type();
        }
    }

    synchronized long acknowledged() {
        return acknowledged;
    }

    synchronized boolean idle() {
        return inFlight == null && buffer == null;
    }

    synchronized long revision() {
        return revision;
    }

    synchronized String document() {
        return document;
    }

    String failure() {
        return failure;
    }

    synchronized void close() {
        sending = sending.thenCompose(socket -> socket.sendClose(WebSocket.NORMAL_CLOSURE, "done"));
    }

    private void send(TextOperation batch) {
        inFlight = batch;
        clientSeq++;
        latencies.sent(clientId, clientSeq);
        String message = "{\"type\":\"submit\",\"clientSeq\":" + clientSeq + ",\"baseRevision\":" + revision
                + ",\"operation\":" + batch.toJson() + "}";
        sendText(message);
    }

    private void sendText(String message) {
        sending = sending.thenCompose(socket -> socket.sendText(message, true));
        sending.whenComplete((socket, error) -> {
            if (error != null) {
                failure = clientId + " could not send: " + error;
            }
        });
    }

    private synchronized void received(JsonNode message) {
        switch (message.path("type").asText()) {
            case "snapshot" -> {
                document = message.get("text").asText();
                revision = message.get("revision").asLong();
                loaded.complete(null);
            }
            case "ack" -> {
                if (message.get("revision").asLong() <= revision) {
                    return; // a repeated acknowledgement
                }
                revision = message.get("revision").asLong();
                latencies.acknowledged(clientId, clientSeq);
                acknowledged++;
                inFlight = null;
                if (buffer != null) {
                    TextOperation next = buffer;
                    buffer = null;
                    send(next);
                } else if (saturating) {
                    type();
                }
            }
            case "op" -> {
                latencies.received(message.get("clientId").asText(), message.get("clientSeq").asLong());
                TextOperation remote = TextOperation.fromJson(message.get("operation").toString());
                if (inFlight != null) {
                    Transformed pair = TextOperation.transform(inFlight, remote, Priority.RIGHT);
                    inFlight = pair.aPrime();
                    remote = pair.bPrime();
                }
                if (buffer != null) {
                    Transformed pair = TextOperation.transform(buffer, remote, Priority.RIGHT);
                    buffer = pair.aPrime();
                    remote = pair.bPrime();
                }
                document = remote.apply(document);
                revision = message.get("revision").asLong();
            }
            case "presence", "left" -> {
            }
            default -> failure = clientId + " received " + message;
        }
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        partial.append(data);
        if (last) {
            try {
                received(JSON.readTree(partial.toString()));
            } catch (Exception e) {
                failure = clientId + ": " + e;
            }
            partial.setLength(0);
        }
        webSocket.request(1);
        return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
        failure = clientId + ": " + error;
    }
}
