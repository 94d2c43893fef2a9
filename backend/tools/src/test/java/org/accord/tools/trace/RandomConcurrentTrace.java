package org.accord.tools.trace;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Random;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

/**
 * Generates peer-to-peer editing histories in the concurrent editing-traces format, with the final
 * text computed by an independent model: every character ever inserted stays in one sequence
 * (deleted ones as tombstones), an author's view is the characters its known transactions inserted
 * and did not delete, and an insert goes right after its left neighbour in the author's view. Agents
 * edit on what they know and learn each other's transactions in random causal order, so the
 * histories have concurrent inserts and deletes, concurrent deletes of the same text, merges
 * (several parents) and long divergent runs, over an alphabet full of characters above U+FFFF.
 *
 * <p>As the shared traces promise, no two agents insert concurrently at the same place: an insert
 * right after a character whose next neighbour in the sequence is a concurrent insert is not made.
 */
final class RandomConcurrentTrace {

    private static final String[] ALPHABET = {"a", "b", "c", " ", "\n", "é", "中", "😀", "𝄞", "👍", "\uD83C\uDFFD", "\u200D", "\"", "\\"};

    private record Item(String codePoint, int insertedBy, List<Integer> deletedBy) {
    }

    private record Txn(int agent, List<Integer> parents, List<Object[]> patches) {
    }

    private final Random random;
    private final int agents;
    private final List<Item> sequence = new ArrayList<>();
    private final List<Txn> txns = new ArrayList<>();
    private final List<BitSet> ancestry = new ArrayList<>();
    private final BitSet[] known;

    private RandomConcurrentTrace(long seed, int agents) {
        this.random = new Random(seed);
        this.agents = agents;
        this.known = new BitSet[agents];
        for (int a = 0; a < agents; a++) {
            known[a] = new BitSet();
        }
    }

    /** A trace of about {@code steps} edits and deliveries among {@code agents} agents, as JSON. */
    static String generate(long seed, int agents, int steps) {
        RandomConcurrentTrace trace = new RandomConcurrentTrace(seed, agents);
        for (int step = 0; step < steps; step++) {
            int agent = trace.random.nextInt(agents);
            if (trace.random.nextInt(5) < 3 || !trace.learnSomething(agent)) {
                trace.edit(agent);
            }
        }
        return trace.toJson();
    }

    private boolean learnSomething(int agent) {
        List<Integer> ready = new ArrayList<>();
        for (int t = 0; t < txns.size(); t++) {
            if (!known[agent].get(t) && isSubset(ancestry.get(t), known[agent], t)) {
                ready.add(t);
            }
        }
        if (ready.isEmpty()) {
            return false;
        }
        known[agent].set(ready.get(random.nextInt(ready.size())));
        return true;
    }

    private static boolean isSubset(BitSet ancestors, BitSet of, int self) {
        for (int t = ancestors.nextSetBit(0); t >= 0; t = ancestors.nextSetBit(t + 1)) {
            if (t != self && !of.get(t)) {
                return false;
            }
        }
        return true;
    }

    private void edit(int agent) {
        int txn = txns.size();
        List<Integer> parents = frontier(known[agent]);
        BitSet ancestors = (BitSet) known[agent].clone();
        ancestors.set(txn);
        ancestry.add(ancestors);
        txns.add(new Txn(agent, parents, new ArrayList<>()));
        known[agent].set(txn);
        int patches = random.nextInt(10) == 0 ? 0 : 1 + random.nextInt(2);
        for (int p = 0; p < patches; p++) {
            patch(agent, txn);
        }
    }

    private void patch(int agent, int txn) {
        List<Integer> view = view(known[agent]);
        int position = random.nextInt(view.size() + 1);
        int deleted = random.nextInt(3) == 0 ? Math.min(view.size() - position, 1 + random.nextInt(4)) : 0;
        for (int i = position; i < position + deleted; i++) {
            sequence.get(view.get(i)).deletedBy().add(txn);
        }
        String inserted = "";
        int left = position == 0 ? -1 : view.get(position - 1);
        boolean insertHere = deleted == 0 || random.nextBoolean();
        if (insertHere && nextIsKnown(left, known[agent])) {
            StringBuilder text = new StringBuilder();
            int count = 1 + random.nextInt(3);
            for (int i = 0; i < count; i++) {
                String codePoint = ALPHABET[random.nextInt(ALPHABET.length)];
                sequence.add(left + 1 + i, new Item(codePoint, txn, new ArrayList<>()));
                text.append(codePoint);
            }
            inserted = text.toString();
        }
        if (deleted > 0 || !inserted.isEmpty()) {
            txns.get(txn).patches().add(new Object[] {position, deleted, inserted});
        }
    }

    /** False if the character right after {@code left} in the sequence was inserted concurrently: that would be a tie. */
    private boolean nextIsKnown(int left, BitSet knownTxns) {
        int next = left + 1;
        return next >= sequence.size() || knownTxns.get(sequence.get(next).insertedBy());
    }

    /** Indexes into the sequence of the characters visible to someone who knows {@code knownTxns}. */
    private List<Integer> view(BitSet knownTxns) {
        List<Integer> view = new ArrayList<>();
        for (int i = 0; i < sequence.size(); i++) {
            Item item = sequence.get(i);
            if (knownTxns.get(item.insertedBy()) && item.deletedBy().stream().noneMatch(knownTxns::get)) {
                view.add(i);
            }
        }
        return view;
    }

    private List<Integer> frontier(BitSet knownTxns) {
        BitSet covered = new BitSet();
        for (int t = knownTxns.nextSetBit(0); t >= 0; t = knownTxns.nextSetBit(t + 1)) {
            BitSet strictAncestors = (BitSet) ancestry.get(t).clone();
            strictAncestors.clear(t);
            covered.or(strictAncestors);
        }
        List<Integer> frontier = new ArrayList<>();
        for (int t = knownTxns.nextSetBit(0); t >= 0; t = knownTxns.nextSetBit(t + 1)) {
            if (!covered.get(t)) {
                frontier.add(t);
            }
        }
        return frontier;
    }

    private String toJson() {
        BitSet everything = new BitSet();
        everything.set(0, txns.size());
        StringBuilder end = new StringBuilder();
        view(everything).forEach(i -> end.append(sequence.get(i).codePoint()));
        StringWriter out = new StringWriter();
        try (JsonGenerator json = new JsonFactory().createGenerator(out)) {
            json.writeStartObject();
            json.writeStringField("kind", "concurrent");
            json.writeStringField("endContent", end.toString());
            json.writeNumberField("numAgents", agents);
            json.writeArrayFieldStart("txns");
            for (Txn txn : txns) {
                json.writeStartObject();
                json.writeArrayFieldStart("parents");
                for (int parent : txn.parents()) {
                    json.writeNumber(parent);
                }
                json.writeEndArray();
                json.writeNumberField("agent", txn.agent());
                json.writeArrayFieldStart("patches");
                for (Object[] patch : txn.patches()) {
                    json.writeStartArray();
                    json.writeNumber((Integer) patch[0]);
                    json.writeNumber((Integer) patch[1]);
                    json.writeString((String) patch[2]);
                    json.writeEndArray();
                }
                json.writeEndArray();
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        return out.toString();
    }
}
