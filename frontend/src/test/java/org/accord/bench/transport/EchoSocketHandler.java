package org.accord.bench.transport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.handler.ConcurrentWebSocketSessionDecorator;
import org.springframework.web.socket.handler.TextWebSocketHandler;

import java.io.IOException;
import java.security.Principal;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The dedicated-socket half of the transport benchmark. The handshake must carry a signed-in
 * HTTP session (Spring Security's session cookie; the person is the session's, never the
 * message's). Each text frame is parsed as JSON, as a co-editing message would be: kind
 * {@code "relay"} goes to the connection of the user named by {@code "to"}, anything else is sent
 * back on the same connection. Sends go through a {@link ConcurrentWebSocketSessionDecorator},
 * as any handler that broadcasts from other connections' threads must.
 */
class EchoSocketHandler extends TextWebSocketHandler {

    private final ObjectMapper json = new ObjectMapper();
    private final Map<String, WebSocketSession> byId = new ConcurrentHashMap<>();
    private final Map<String, WebSocketSession> byUser = new ConcurrentHashMap<>();

    @Override
    public void afterConnectionEstablished(WebSocketSession session) throws IOException {
        Principal person = session.getPrincipal();
        if (person == null) {
            session.close(CloseStatus.POLICY_VIOLATION.withReason("not signed in"));
            return;
        }
        WebSocketSession sender = new ConcurrentWebSocketSessionDecorator(session, 5_000, 1 << 20);
        byId.put(session.getId(), sender);
        byUser.put(person.getName(), sender);
    }

    @Override
    protected void handleTextMessage(WebSocketSession session, TextMessage message) throws IOException {
        JsonNode read = json.readTree(message.getPayload());
        WebSocketSession target = "relay".equals(read.path("k").asText())
                ? byUser.get(read.path("to").asText())
                : byId.get(session.getId());
        if (target != null) {
            target.sendMessage(new TextMessage(message.getPayload()));
        }
    }

    @Override
    public void afterConnectionClosed(WebSocketSession session, CloseStatus status) {
        WebSocketSession sender = byId.remove(session.getId());
        if (sender != null && session.getPrincipal() != null) {
            byUser.remove(session.getPrincipal().getName(), sender);
        }
    }
}
