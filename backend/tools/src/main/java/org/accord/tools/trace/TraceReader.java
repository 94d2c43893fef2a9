package org.accord.tools.trace;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;

/**
 * Reads an editing-traces file, gzipped (recognised by its magic bytes) or plain, with Jackson's
 * streaming parser. Fields it does not use ({@code time}, {@code numChildren}, anything new) are
 * skipped; everything it uses is checked, and every problem is reported with where it is.
 */
final class TraceReader {

    private static final JsonFactory JSON = new JsonFactory();
    private static final int BUFFER = 1 << 16;

    private final JsonParser parser;

    private TraceReader(JsonParser parser) {
        this.parser = parser;
    }

    static EditingTrace read(Path file) {
        try (InputStream in = open(file); JsonParser parser = JSON.createParser(in)) {
            return new TraceReader(parser).readTrace();
        } catch (JsonProcessingException malformed) {
            JsonLocation at = malformed.getLocation();
            String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            throw new TraceFormatException("malformed JSON" + where + ": " + firstLine(malformed.getOriginalMessage()), malformed);
        } catch (NoSuchFileException missing) {
            throw new TraceFormatException("no such file", missing);
        } catch (IOException unreadable) {
            throw new TraceFormatException("cannot read: " + firstLine(String.valueOf(unreadable.getMessage())), unreadable);
        }
    }

    private static InputStream open(Path file) throws IOException {
        if (Files.isDirectory(file)) {
            throw new IOException("is a directory");
        }
        BufferedInputStream in = new BufferedInputStream(Files.newInputStream(file), BUFFER);
        in.mark(2);
        int first = in.read();
        int second = in.read();
        in.reset();
        return first == 0x1f && second == 0x8b ? new GZIPInputStream(in, BUFFER) : in;
    }

    private EditingTrace readTrace() throws IOException {
        expect(parser.nextToken() == JsonToken.START_OBJECT, "the file must hold one JSON object");
        String kind = null;
        String startContent = null;
        String endContent = null;
        int numAgents = -1;
        List<RawTransaction> transactions = null;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            parser.nextToken();
            switch (field) {
                case "kind" -> kind = string("kind");
                case "startContent" -> startContent = string("startContent");
                case "endContent" -> endContent = string("endContent");
                case "numAgents" -> numAgents = nonNegativeInt("numAgents");
                case "txns" -> transactions = readTransactions();
                default -> parser.skipChildren();
            }
        }
        expect(parser.nextToken() == null, "unexpected content after the top-level object");
        expect(endContent != null, "missing \"endContent\"");
        expect(transactions != null, "missing \"txns\"");
        String start = startContent == null ? "" : startContent;
        if (kind == null || kind.equals("sequential")) {
            return new EditingTrace(EditingTrace.Kind.SEQUENTIAL, start, endContent, 1,
                    transactions.stream().map(raw -> new Transaction(0, List.of(), raw.patches)).toList());
        }
        expect(kind.equals("concurrent"), "unknown \"kind\" " + quoted(kind) + " (expected \"concurrent\" or none)");
        return concurrent(start, endContent, numAgents, transactions);
    }

    private static EditingTrace concurrent(String start, String end, int declaredAgents, List<RawTransaction> raws) {
        int maxAgent = -1;
        List<Transaction> transactions = new ArrayList<>(raws.size());
        for (int i = 0; i < raws.size(); i++) {
            RawTransaction raw = raws.get(i);
            expect(raw.agent >= 0, "txns[" + i + "]: a concurrent trace's transaction needs \"agent\"");
            expect(raw.parents != null, "txns[" + i + "]: a concurrent trace's transaction needs \"parents\"");
            expect(declaredAgents < 0 || raw.agent < declaredAgents,
                    "txns[" + i + "]: agent " + raw.agent + " but \"numAgents\" is " + declaredAgents);
            for (int parent : raw.parents) {
                expect(parent < i, "txns[" + i + "].parents: " + parent + " is not an earlier transaction");
            }
            maxAgent = Math.max(maxAgent, raw.agent);
            transactions.add(new Transaction(raw.agent, raw.parents, raw.patches));
        }
        int numAgents = declaredAgents >= 0 ? declaredAgents : maxAgent + 1;
        return new EditingTrace(EditingTrace.Kind.CONCURRENT, start, end, numAgents, transactions);
    }

    private static final class RawTransaction {
        int agent = -1;
        List<Integer> parents;
        List<Patch> patches = List.of();
    }

    private List<RawTransaction> readTransactions() throws IOException {
        expect(parser.currentToken() == JsonToken.START_ARRAY, "\"txns\" must be an array");
        List<RawTransaction> transactions = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            transactions.add(readTransaction("txns[" + transactions.size() + "]"));
        }
        return transactions;
    }

    private RawTransaction readTransaction(String where) throws IOException {
        expect(parser.currentToken() == JsonToken.START_OBJECT, where + " must be an object");
        RawTransaction transaction = new RawTransaction();
        boolean hasPatches = false;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            parser.nextToken();
            switch (field) {
                case "patches" -> {
                    transaction.patches = readPatches(where + ".patches");
                    hasPatches = true;
                }
                case "parents" -> transaction.parents = readParents(where + ".parents");
                case "agent" -> transaction.agent = nonNegativeInt(where + ".agent");
                default -> parser.skipChildren();
            }
        }
        expect(hasPatches, where + ": missing \"patches\"");
        return transaction;
    }

    private List<Patch> readPatches(String where) throws IOException {
        expect(parser.currentToken() == JsonToken.START_ARRAY, where + " must be an array");
        List<Patch> patches = new ArrayList<>(1);
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            String at = where + "[" + patches.size() + "]";
            expect(parser.currentToken() == JsonToken.START_ARRAY, at + " must be [position, deleteCount, \"inserted\"]");
            parser.nextToken();
            int position = nonNegativeInt(at + " position");
            parser.nextToken();
            int deleteCount = nonNegativeInt(at + " delete count");
            parser.nextToken();
            String inserted = string(at + " inserted text");
            expect(parser.nextToken() == JsonToken.END_ARRAY, at + " must have exactly three elements");
            patches.add(Patch.of(position, deleteCount, inserted));
        }
        return patches;
    }

    private List<Integer> readParents(String where) throws IOException {
        expect(parser.currentToken() == JsonToken.START_ARRAY, where + " must be an array");
        List<Integer> parents = new ArrayList<>(2);
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            parents.add(nonNegativeInt(where + "[" + parents.size() + "]"));
        }
        return parents;
    }

    private String string(String what) throws IOException {
        expect(parser.currentToken() == JsonToken.VALUE_STRING, what + " must be a string");
        return parser.getText();
    }

    private int nonNegativeInt(String what) throws IOException {
        expect(parser.currentToken() == JsonToken.VALUE_NUMBER_INT, what + " must be an integer");
        expect(parser.getNumberType() == JsonParser.NumberType.INT && parser.getIntValue() >= 0,
                what + " must be between 0 and " + Integer.MAX_VALUE + " but is " + parser.getText());
        return parser.getIntValue();
    }

    private static void expect(boolean condition, String problem) {
        if (!condition) {
            throw new TraceFormatException(problem);
        }
    }

    private static String quoted(String text) {
        return "\"" + (text.length() > 40 ? text.substring(0, 40) + "…" : text) + "\"";
    }

    private static String firstLine(String message) {
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }
}
