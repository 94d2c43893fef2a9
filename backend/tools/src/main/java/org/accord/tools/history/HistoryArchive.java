package org.accord.tools.history;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * A negotiation's full history as JSON Lines, and the digests that tell whether two histories are
 * the same (ADR 0021). Plain JDBC on Accord's event table ({@code domain_event_entry}), no Spring.
 * <p>
 * One line per event, in sequence order: {@code negotiationId}, {@code sequence}, {@code eventId},
 * {@code aggregateType}, {@code type} (the payload's class), {@code revision}, {@code timestamp}
 * (as stored), {@code actor} (the payload's {@code by}, for readers; not used on import),
 * {@code metaData}, {@code payload} (JSON objects) and {@code digest}: SHA-256 over the previous
 * event's digest and this event's fields, so that the last digest stands for the whole history and
 * the first differing event can be named.
 */
public final class HistoryArchive {

    private static final ObjectMapper JSON = new ObjectMapper();
    static final String GENESIS = "accord-history-v1";

    /** One event as stored. */
    public record StoredEvent(String negotiationId, long sequence, String eventId, String aggregateType, String type,
                              String revision, String timestamp, JsonNode metaData, JsonNode payload) {
    }

    /** The chained digests of a history, one per event in order. */
    public record Digests(List<Long> sequences, List<String> digests) {

        public String last() {
            return digests.isEmpty() ? digest(GENESIS) : digests.get(digests.size() - 1);
        }

        public int size() {
            return digests.size();
        }
    }

    /** Whether two histories are the same; if not, the first sequence number at which they differ. */
    public record Comparison(boolean identical, long events, long otherEvents, Long firstDifference, String digest,
                             String otherDigest) {
    }

    private HistoryArchive() {
    }

    /** Writes every event of the negotiation; returns its digests. */
    public static Digests export(Connection db, String negotiationId, Writer out) throws SQLException, IOException {
        List<Long> sequences = new ArrayList<>();
        List<String> digests = new ArrayList<>();
        String previous = digest(GENESIS);
        for (StoredEvent event : read(db, negotiationId)) {
            previous = digest(previous, event);
            sequences.add(event.sequence());
            digests.add(previous);
            out.write(line(event, previous));
            out.write('\n');
        }
        out.flush();
        return new Digests(sequences, digests);
    }

    /** The events of a negotiation, in order (all in memory: a million events is a few hundred MB at most). */
    public static List<StoredEvent> read(Connection db, String negotiationId) throws SQLException {
        List<StoredEvent> events = new ArrayList<>();
        boolean autoCommit = db.getAutoCommit();
        db.setAutoCommit(false); // a cursor: fetch size is honoured only inside a transaction
        try (PreparedStatement select = db.prepareStatement("""
                select aggregate_identifier, sequence_number, event_identifier, type, payload_type, payload_revision,
                       time_stamp, meta_data, payload
                from domain_event_entry where aggregate_identifier = ? order by sequence_number""")) {
            select.setFetchSize(5_000);
            select.setString(1, negotiationId);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    byte[] meta = rows.getBytes(8);
                    events.add(new StoredEvent(rows.getString(1), rows.getLong(2), rows.getString(3), rows.getString(4),
                            rows.getString(5), rows.getString(6), rows.getString(7),
                            meta == null ? NullNode.instance : JSON.readTree(meta), JSON.readTree(rows.getBytes(9))));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        } finally {
            db.commit();
            db.setAutoCommit(autoCommit);
        }
        return events;
    }

    /** The digests of a negotiation in a database. */
    public static Digests digests(Connection db, String negotiationId) throws SQLException {
        return digestsOf(read(db, negotiationId));
    }

    /**
     * The digests of an export, recomputed from each line's content; a line whose stored digest does
     * not match its content makes it fail (the file was altered by hand).
     */
    public static Digests digests(BufferedReader export) throws IOException {
        List<StoredEvent> events = new ArrayList<>();
        List<String> stored = new ArrayList<>();
        parse(export, events, stored);
        Digests digests = digestsOf(events);
        for (int i = 0; i < stored.size(); i++) {
            if (!stored.get(i).equals(digests.digests().get(i))) {
                throw new IllegalArgumentException("line " + (i + 1) + " (sequence " + events.get(i).sequence()
                        + "): its digest does not match its content");
            }
        }
        return digests;
    }

    /** The digests of an export as recomputed from its content, without checking the digests it carries. */
    public static Digests contentDigests(BufferedReader export) throws IOException {
        List<StoredEvent> events = new ArrayList<>();
        parse(export, events, new ArrayList<>());
        return digestsOf(events);
    }

    public static Comparison compare(Digests one, Digests other) {
        int common = Math.min(one.size(), other.size());
        for (int i = 0; i < common; i++) {
            if (!one.sequences().get(i).equals(other.sequences().get(i)) || !one.digests().get(i).equals(other.digests().get(i))) {
                return new Comparison(false, one.size(), other.size(), one.sequences().get(i), one.last(), other.last());
            }
        }
        Long difference = one.size() == other.size() ? null
                : (one.size() > common ? one.sequences().get(common) : other.sequences().get(common));
        return new Comparison(difference == null, one.size(), other.size(), difference, one.last(), other.last());
    }

    /**
     * Imports an export into a database whose schema exists (an Accord installation started once) and
     * that does not hold this negotiation yet; checks every digest first. One transaction. Returns
     * the number of events imported. Tracking processors of a running installation pick them up.
     */
    public static long importInto(Connection db, BufferedReader export) throws SQLException, IOException {
        List<StoredEvent> events = new ArrayList<>();
        List<String> stored = new ArrayList<>();
        parse(export, events, stored);
        Digests digests = digestsOf(events);
        if (!digests.digests().equals(stored)) {
            throw new IllegalArgumentException("the export's digests do not match its content: it was altered");
        }
        if (events.isEmpty()) {
            return 0;
        }
        boolean autoCommit = db.getAutoCommit();
        db.setAutoCommit(false);
        try {
            try (PreparedStatement existing = db.prepareStatement(
                    "select count(*) from domain_event_entry where aggregate_identifier = ?")) {
                existing.setString(1, events.get(0).negotiationId());
                try (ResultSet count = existing.executeQuery()) {
                    count.next();
                    if (count.getLong(1) > 0) {
                        throw new IllegalStateException("this installation already holds negotiation "
                                + events.get(0).negotiationId());
                    }
                }
            }
            try (PreparedStatement insert = db.prepareStatement("""
                    insert into domain_event_entry (aggregate_identifier, sequence_number, type, event_identifier,
                        meta_data, payload, payload_revision, payload_type, time_stamp)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
                int batched = 0;
                for (StoredEvent e : events) {
                    insert.setString(1, e.negotiationId());
                    insert.setLong(2, e.sequence());
                    insert.setString(3, e.aggregateType());
                    insert.setString(4, e.eventId());
                    insert.setBytes(5, e.metaData().isNull() ? null : JSON.writeValueAsBytes(e.metaData()));
                    insert.setBytes(6, JSON.writeValueAsBytes(e.payload()));
                    insert.setString(7, e.revision());
                    insert.setString(8, e.type());
                    insert.setString(9, e.timestamp());
                    insert.addBatch();
                    if (++batched % 1_000 == 0) {
                        insert.executeBatch();
                    }
                }
                insert.executeBatch();
            }
            db.commit();
            return events.size();
        } catch (SQLException | RuntimeException e) {
            db.rollback();
            throw e;
        } finally {
            db.setAutoCommit(autoCommit);
        }
    }

    private static void parse(BufferedReader export, List<StoredEvent> events, List<String> stored) throws IOException {
        String line;
        int number = 0;
        while ((line = export.readLine()) != null) {
            number++;
            if (line.isBlank()) {
                continue;
            }
            JsonNode node;
            try {
                node = JSON.readTree(line);
            } catch (IOException e) {
                throw new IllegalArgumentException("line " + number + " is not JSON: " + e.getMessage());
            }
            events.add(new StoredEvent(text(node, "negotiationId"), node.path("sequence").asLong(),
                    text(node, "eventId"), text(node, "aggregateType"), text(node, "type"),
                    node.path("revision").isNull() ? null : node.path("revision").asText(null),
                    text(node, "timestamp"), node.path("metaData").isMissingNode() ? NullNode.instance : node.get("metaData"),
                    node.get("payload")));
            stored.add(text(node, "digest"));
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    static String line(StoredEvent e, String digest) throws IOException {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("negotiationId", e.negotiationId());
        node.put("sequence", e.sequence());
        node.put("eventId", e.eventId());
        node.put("aggregateType", e.aggregateType());
        node.put("type", e.type());
        node.put("revision", e.revision());
        node.put("timestamp", e.timestamp());
        JsonNode by = e.payload().has("by") ? e.payload().get("by") : e.payload().get("openedBy");
        node.set("actor", by == null ? NullNode.instance : by);
        node.set("metaData", e.metaData());
        node.set("payload", e.payload());
        node.put("digest", digest);
        return JSON.writeValueAsString(node);
    }

    private static Digests digestsOf(List<StoredEvent> events) {
        List<Long> sequences = new ArrayList<>(events.size());
        List<String> digests = new ArrayList<>(events.size());
        String previous = digest(GENESIS);
        for (StoredEvent event : events) {
            previous = digest(previous, event);
            sequences.add(event.sequence());
            digests.add(previous);
        }
        return new Digests(sequences, digests);
    }

    static String digest(String previous, StoredEvent e) {
        try {
            return digest(String.join("\n", previous, e.negotiationId(), Long.toString(e.sequence()), e.eventId(),
                    String.valueOf(e.aggregateType()), e.type(), String.valueOf(e.revision()), e.timestamp(),
                    JSON.writeValueAsString(e.metaData()), JSON.writeValueAsString(e.payload())));
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    static String digest(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
