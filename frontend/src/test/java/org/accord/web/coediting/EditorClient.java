package org.accord.web.coediting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;

/**
 * A real WebSocket client of {@code /coediting} for tests: signs in through the login form like a
 * browser (keeping the session cookie), then sends and records JSON messages.
 */
final class EditorClient implements WebSocket.Listener, AutoCloseable {

    static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http;
    private final String baseUrl;
    private final List<JsonNode> received = new CopyOnWriteArrayList<>();
    private final StringBuilder partial = new StringBuilder();
    private volatile WebSocket socket;
    private volatile boolean closed;
    private volatile int closeStatus;

    private final CookieManager cookies;

    private EditorClient(HttpClient http, CookieManager cookies, String baseUrl) {
        this.cookies = cookies;
        this.http = http;
        this.baseUrl = baseUrl;
    }

    static EditorClient signedIn(String baseUrl, String username, String password) {
        CookieManager cookies = new CookieManager();
        HttpClient http = HttpClient.newBuilder().cookieHandler(cookies).build();
        String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
        try {
            HttpResponse<Void> response = http.send(HttpRequest.newBuilder(URI.create(baseUrl + "/login"))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                    HttpResponse.BodyHandlers.discarding());
            String location = response.headers().firstValue("Location").orElse("");
            if (response.statusCode() != 302 || location.contains("error")) {
                throw new IllegalStateException(username + " could not sign in: " + response.statusCode() + " " + location);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return new EditorClient(http, cookies, baseUrl);
    }

    static EditorClient anonymous(String baseUrl) {
        return new EditorClient(HttpClient.newHttpClient(), new CookieManager(), baseUrl);
    }

    /** The session's cookies as a {@code Cookie} header's value, for a handshake written by hand. */
    String cookieHeader() {
        return String.join("; ", cookies.getCookieStore().get(URI.create(baseUrl)).stream()
                .map(cookie -> cookie.getName() + "=" + cookie.getValue()).toList());
    }

    EditorClient connect() {
        closed = false;
        socket = http.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(10))
                .buildAsync(URI.create(baseUrl.replace("http", "ws") + "/coediting"), this).join();
        return this;
    }

    void send(String json) {
        socket.sendText(json, true).join();
    }

    void send(Object... keysAndValues) {
        var message = JSON.createObjectNode();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            message.set((String) keysAndValues[i], JSON.valueToTree(keysAndValues[i + 1]));
        }
        send(message.toString());
    }

    /** Waits for the first message received (since {@code from}) that matches, and returns it. */
    JsonNode await(int from, Predicate<JsonNode> matching) {
        try {
            return Awaitility.await().atMost(Duration.ofSeconds(30)).until(
                    () -> received.stream().skip(from).filter(matching).findFirst().orElse(null), m -> m != null);
        } catch (ConditionTimeoutException e) {
            throw new AssertionError("No such message; received " + received + (closed ? ", closed" : ", open"), e);
        }
    }

    JsonNode awaitType(String type) {
        return await(0, message -> message.path("type").asText().equals(type));
    }

    List<JsonNode> received() {
        return received;
    }

    List<JsonNode> ofType(String type) {
        return received.stream().filter(message -> message.path("type").asText().equals(type)).toList();
    }

    boolean isClosed() {
        return closed;
    }

    /** The status the server closed the connection with, 0 while it is open. */
    int closeStatus() {
        return closeStatus;
    }

    /** Drops the connection abruptly, as a lost network would. */
    void drop() {
        socket.abort();
        closed = true;
    }

    @Override
    public void close() {
        if (socket != null && !closed) {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye").join();
        }
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        partial.append(data);
        if (last) {
            try {
                received.add(JSON.readTree(partial.toString()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            partial.setLength(0);
        }
        webSocket.request(1);
        return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
        closeStatus = statusCode;
        closed = true;
        return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
        closed = true;
    }
}
