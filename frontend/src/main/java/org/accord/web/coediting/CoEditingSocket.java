package org.accord.web.coediting;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import org.accord.api.coediting.EditAcknowledgement;
import org.accord.api.coediting.EditClause;
import org.accord.api.coediting.WatchClauseEdits;
import org.accord.api.shared.Actor;
import org.accord.api.shared.ArticleId;
import org.accord.api.shared.NegotiationId;
import org.accord.api.shared.Refusal;
import org.accord.web.coediting.Messages.Editor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.handler.ConcurrentWebSocketSessionDecorator;
import org.springframework.web.socket.handler.TextWebSocketHandler;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;

/**
 * The co-editing endpoint (docs/co-editing.md §5): one connection edits one clause. Messages of
 * one connection are handled in order; a batch goes to the aggregate as {@link EditClause} in
 * the name of the session's person, and every revision comes back through the clause log to
 * every editor of the clause, the author included (its acknowledgement). Presence is relayed
 * between the editors of a clause and never stored.
 */
@Component
class CoEditingSocket extends TextWebSocketHandler {

    private static final Logger log = LoggerFactory.getLogger(CoEditingSocket.class);
    /** A message that is not JSON of the protocol, or out of place. */
    static final String MALFORMED = "MALFORMED_MESSAGE";
    private static final int SEND_TIME_LIMIT_MS = 10_000;
    private static final int SEND_BUFFER_LIMIT = 4 * 1024 * 1024;

    private final CoEditingBackend backend;
    private final CoEditingOutbox outbox;
    private final Map<String, WebSocketSession> sessions = new ConcurrentHashMap<>();
    /** The parts received so far of a connection's message, while it is incomplete. */
    private final Map<String, StringBuilder> partial = new ConcurrentHashMap<>();
    private final Map<String, EditorConnection> connections = new ConcurrentHashMap<>();
    private final Map<WatchClauseEdits, CopyOnWriteArraySet<EditorConnection>> rooms = new ConcurrentHashMap<>();
    /**
     * One lane per negotiation: its batches go to the aggregate from one thread at a time, in
     * groups sharing a transaction, instead of every socket thread taking a database connection
     * and then queueing for the negotiation's lock (the aggregate handles one command at a time
     * anyway).
     */
    private final Map<NegotiationId, CommitLane> lanes = new ConcurrentHashMap<>();

    CoEditingSocket(CoEditingBackend backend, CoEditingOutbox outbox) {
        this.backend = backend;
        this.outbox = outbox;
    }

    @Override
    public void afterConnectionEstablished(WebSocketSession session) {
        session.setTextMessageSizeLimit(CoEditingSocketConfiguration.FRAGMENT);
        sessions.put(session.getId(),
                new ConcurrentWebSocketSessionDecorator(session, SEND_TIME_LIMIT_MS, SEND_BUFFER_LIMIT));
    }

    /**
     * Messages arrive in parts of at most {@link CoEditingSocketConfiguration#FRAGMENT} characters:
     * the server keeps a buffer of that size per connection, not one of the largest message's
     * (1 MiB of characters each), and the rare long message is put together here.
     */
    @Override
    public boolean supportsPartialMessages() {
        return true;
    }

    @Override
    protected void handleTextMessage(WebSocketSession raw, TextMessage part) {
        WebSocketSession session = sessions.get(raw.getId());
        StringBuilder earlier = partial.get(raw.getId());
        String whole;
        if (earlier == null && part.isLast()) {
            whole = part.getPayload();
        } else {
            StringBuilder parts = earlier == null ? new StringBuilder(part.getPayloadLength() * 2) : earlier;
            if (parts.length() + part.getPayloadLength() > CoEditingSocketConfiguration.MAX_MESSAGE) {
                partial.remove(raw.getId());
                close(raw, CloseStatus.TOO_BIG_TO_PROCESS.withReason(
                        "A message is at most " + CoEditingSocketConfiguration.MAX_MESSAGE + " characters"));
                return;
            }
            parts.append(part.getPayload());
            if (!part.isLast()) {
                partial.putIfAbsent(raw.getId(), parts);
                return;
            }
            partial.remove(raw.getId());
            whole = parts.toString();
        }
        handle(session, whole);
    }

    private void handle(WebSocketSession session, String text) {
        JsonNode message;
        try {
            message = Messages.JSON.readTree(text);
        } catch (JsonProcessingException e) {
            refuse(session, MALFORMED, "A message is one JSON object", null);
            return;
        }
        if (message == null || !message.isObject() || !message.path("type").isTextual()) {
            refuse(session, MALFORMED, "A message is a JSON object with a \"type\"", null);
            return;
        }
        EditorConnection connection = connections.get(session.getId());
        switch (message.get("type").asText()) {
            case "join" -> join(session, connection, message);
            case "submit" -> submit(session, connection, message);
            case "presence" -> presence(session, connection, message);
            default -> refuse(session, MALFORMED, "Unknown message type " + message.get("type"), null);
        }
    }

    @Override
    public void afterConnectionClosed(WebSocketSession session, CloseStatus status) {
        sessions.remove(session.getId());
        partial.remove(session.getId());
        EditorConnection connection = connections.remove(session.getId());
        if (connection != null) {
            connection.close(status);
            Optional.ofNullable(rooms.get(connection.clause())).ifPresent(room -> {
                room.remove(connection);
                room.forEach(other -> other.send(Messages.left(connection.editor())));
            });
        }
    }

    @Override
    public void handleTransportError(WebSocketSession session, Throwable exception) {
        log.debug("Co-editing connection {} failed: {}", session.getId(), exception.getMessage());
    }

    private void join(WebSocketSession session, EditorConnection existing, JsonNode message) {
        if (existing != null) {
            refuse(session, MALFORMED, "This connection has already joined a clause", null);
            return;
        }
        Authentication person = (Authentication) session.getPrincipal();
        Optional<Actor> actor = person == null ? Optional.empty() : backend.actor(person);
        if (actor.isEmpty()) {
            refuse(session, "NOT_AUTHENTICATED", "Sign in to edit", null);
            close(session, CloseStatus.POLICY_VIOLATION);
            return;
        }
        EditorConnection connection;
        long revision;
        try {
            WatchClauseEdits clause = new WatchClauseEdits(NegotiationId.of(text(message, "negotiationId")),
                    ArticleId.of(text(message, "clauseId")));
            String clientId = text(message, "clientId");
            if (!clientId.matches("[A-Za-z0-9_-]{1,64}")) {
                throw new IllegalArgumentException("A client id is 1 to 64 letters, digits, '-' or '_'");
            }
            revision = number(message, "revision");
            connection = new EditorConnection(session, person, actor.get(), backend, clause, clientId, outbox.queue());
        } catch (IllegalArgumentException e) {
            refuse(session, MALFORMED, e.getMessage(), null);
            return;
        }
        CopyOnWriteArraySet<EditorConnection> room = rooms.computeIfAbsent(connection.clause(),
                key -> new CopyOnWriteArraySet<>());
        List<Editor> others = room.stream().map(EditorConnection::editor).toList();
        try {
            connection.join(revision, others);
        } catch (RuntimeException e) {
            Refusal refusal = Refusal.in(e).orElse(null);
            if (refusal == null) {
                log.warn("Could not open a clause for co-editing", e);
            }
            refuse(session, refusal == null ? "UNAVAILABLE" : refusal.reason().name(),
                    refusal == null ? "The clause could not be loaded; try again" : refusal.getMessage(), null);
            close(session, CloseStatus.POLICY_VIOLATION);
            return;
        }
        connections.put(session.getId(), connection);
        room.add(connection);
        room.forEach(other -> {
            EditorConnection.Presence presence = other.lastPresence();
            if (other != connection && presence != null) {
                connection.send(Messages.presence(other.editor(), presence.revision(), presence.anchor(), presence.head()));
            }
        });
    }

    private void submit(WebSocketSession session, EditorConnection connection, JsonNode message) {
        if (connection == null) {
            refuse(session, MALFORMED, "Join a clause before sending batches", null);
            return;
        }
        Long clientSeq = message.path("clientSeq").canConvertToLong() ? message.get("clientSeq").asLong() : null;
        EditClause command;
        try {
            JsonNode operation = message.get("operation");
            if (operation == null || !operation.isArray()) {
                throw new IllegalArgumentException("\"operation\" is a JSON array");
            }
            command = new EditClause(connection.clause().negotiationId(), connection.clause().clauseId(),
                    connection.editor().clientId(), number(message, "clientSeq"), number(message, "baseRevision"),
                    operation.toString());
        } catch (IllegalArgumentException e) {
            refuse(session, MALFORMED, e.getMessage(), clientSeq);
            return;
        }
        lanes.computeIfAbsent(command.negotiationId(), negotiation -> outbox.lane(backend))
                .submit(connection.person(), command, (acknowledgement, failure) -> {
            if (failure != null) {
                Optional<Refusal> refusal = Refusal.in(failure);
                if (refusal.isEmpty()) {
                    log.warn("A co-editing batch failed", failure);
                }
                connection.send(Messages.error(refusal.map(r -> r.reason().name()).orElse("UNAVAILABLE"),
                        refusal.map(Throwable::getMessage).orElse("The batch could not be recorded; send it again"),
                        command.clientSeq()));
            } else if (acknowledgement.duplicate()) {
                connection.acknowledgeAgain(acknowledgement.revision(), command.clientSeq());
            }
            // a new revision is acknowledged through the clause log, in order with everyone else's
        });
    }

    private void presence(WebSocketSession session, EditorConnection connection, JsonNode message) {
        if (connection == null) {
            refuse(session, MALFORMED, "Join a clause before sending your selection", null);
            return;
        }
        long revision;
        int anchor;
        int head;
        try {
            revision = number(message, "revision");
            anchor = Math.toIntExact(number(message, "anchor"));
            head = Math.toIntExact(number(message, "head"));
        } catch (IllegalArgumentException | ArithmeticException e) {
            refuse(session, MALFORMED, "A presence names a revision, an anchor and a head (whole numbers >= 0)", null);
            return;
        }
        connection.presence(revision, anchor, head);
        String relayed = Messages.presence(connection.editor(), revision, anchor, head);
        rooms.getOrDefault(connection.clause(), new CopyOnWriteArraySet<>()).forEach(other -> {
            if (other != connection) {
                other.send(relayed);
            }
        });
    }

    private static String text(JsonNode message, String field) {
        JsonNode value = message.get(field);
        if (value == null || !value.isTextual()) {
            throw new IllegalArgumentException("\"" + field + "\" is a string");
        }
        return value.asText();
    }

    private static long number(JsonNode message, String field) {
        JsonNode value = message.get(field);
        if (value == null || !value.isIntegralNumber() || !value.canConvertToLong() || value.asLong() < 0) {
            throw new IllegalArgumentException("\"" + field + "\" is a whole number >= 0");
        }
        return value.asLong();
    }

    private static void refuse(WebSocketSession session, String reason, String text, Long clientSeq) {
        try {
            session.sendMessage(new TextMessage(Messages.error(reason, text, clientSeq)));
        } catch (Exception e) {
            log.debug("Could not tell co-editing connection {} why: {}", session.getId(), e.getMessage());
        }
    }

    private static void close(WebSocketSession session, CloseStatus status) {
        try {
            session.close(status);
        } catch (Exception e) {
            log.debug("Co-editing connection {} was already gone", session.getId());
        }
    }
}
