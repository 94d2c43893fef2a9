package org.accord.web.coediting;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.accord.api.coediting.AuthorshipRun;
import org.accord.api.coediting.ClauseEditEntry;
import org.accord.api.coediting.ClauseEditorSnapshot;
import org.accord.api.shared.Actor;

import java.util.Collection;

/** The JSON messages of the wire protocol (docs/co-editing.md §5) that the server sends. */
final class Messages {

    static final ObjectMapper JSON = new ObjectMapper();

    private Messages() {
    }

    static String snapshot(ClauseEditorSnapshot snapshot, Editor you, Collection<Editor> editors) {
        ObjectNode message = message("snapshot");
        message.put("revision", snapshot.revision());
        message.put("text", snapshot.text());
        ArrayNode runs = message.putArray("authorship");
        for (AuthorshipRun run : snapshot.authorship()) {
            runs.addArray().add(run.length()).add(run.author());
        }
        message.set("you", editor(you));
        ArrayNode others = message.putArray("editors");
        editors.forEach(editor -> others.add(editor(editor)));
        return write(message);
    }

    static String ack(ClauseEditEntry entry) {
        return ack(entry.revision(), entry.clientSeq());
    }

    static String ack(long revision, long clientSeq) {
        ObjectNode message = message("ack");
        message.put("revision", revision);
        message.put("clientSeq", clientSeq);
        return write(message);
    }

    static String operation(ClauseEditEntry entry) {
        ObjectNode message = message("op");
        message.put("revision", entry.revision());
        message.set("operation", read(entry.operation()));
        message.put("clientId", entry.clientId() == null ? "" : entry.clientId());
        message.put("clientSeq", entry.clientSeq());
        ObjectNode author = message.putObject("author");
        author.put("delegation", entry.author());
        author.put("name", entry.authorName());
        return write(message);
    }

    static String presence(Editor editor, long revision, int anchor, int head) {
        ObjectNode message = message("presence");
        message.put("clientId", editor.clientId());
        message.set("author", author(editor));
        message.put("revision", revision);
        message.put("anchor", anchor);
        message.put("head", head);
        return write(message);
    }

    static String left(Editor editor) {
        ObjectNode message = message("left");
        message.put("clientId", editor.clientId());
        return write(message);
    }

    static String error(String reason, String text, Long clientSeq) {
        ObjectNode message = message("error");
        message.put("reason", reason);
        message.put("message", text);
        if (clientSeq != null) {
            message.put("clientSeq", clientSeq);
        }
        return write(message);
    }

    static String resync(String text) {
        ObjectNode message = message("resync");
        message.put("message", text);
        return write(message);
    }

    private static ObjectNode editor(Editor editor) {
        ObjectNode node = author(editor);
        node.put("clientId", editor.clientId());
        return node;
    }

    private static ObjectNode author(Editor editor) {
        ObjectNode node = JSON.createObjectNode();
        node.put("delegation", editor.delegation());
        node.put("name", editor.name());
        return node;
    }

    private static ObjectNode message(String type) {
        ObjectNode message = JSON.createObjectNode();
        message.put("type", type);
        return message;
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A recorded operation is valid JSON", e);
        }
    }

    private static String write(ObjectNode message) {
        try {
            return JSON.writeValueAsString(message);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Messages are plain JSON trees", e);
        }
    }

    /** Who is editing over one connection, as other editors are told. */
    record Editor(String clientId, String delegation, String name) {

        static Editor of(String clientId, Actor actor) {
            return new Editor(clientId, AuthorshipRun.authorOf(actor.delegation()),
                    actor.displayName());
        }
    }
}
