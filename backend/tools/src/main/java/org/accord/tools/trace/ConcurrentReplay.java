package org.accord.tools.trace;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.accord.ot.Rope;
import org.accord.ot.TextOperation;
import org.accord.ot.server.AuthoritativeDocument;
import org.accord.ot.server.SubmissionOutcome;

/**
 * A concurrent trace through the server protocol: one {@link AuthoritativeDocument}, one
 * {@link ProtocolClient} per agent, transactions made in file order.
 *
 * <p>Submissions reach the server as soon as a client sends them; what the replay schedules is
 * when each client receives the server's messages (acknowledgements and other clients' operations,
 * in the server's order). A client receives them as far as its next transaction has seen (its
 * parents' version), so that the transaction can be made exactly on that version: the server
 * revision the client is at plus its own unacknowledged transactions. When the parents name
 * another agent's transaction that is still in that agent's buffer, that agent is made to receive
 * messages until its buffer is sent. If the client then holds more than the parents' version (the
 * other agent's batch carried later transactions too, or several agents' operations arrived in a
 * different order than the author saw them, as in traces recorded peer to peer), the transaction is
 * transformed from its parents' version to the client's by {@link CausalForms}, the general method.
 *
 * <p>The protocol carries tombstone text ({@link TombstoneText}: every character followed by a
 * flag, a deletion only adds a flag), so that concurrent inserts next to a deletion keep the order
 * their authors saw; the trace's patches speak of the visible text and are translated on the way
 * in, the general method works on tombstone text too, and the result is the server's visible text.
 */
final class ConcurrentReplay {

    /** A server revision: who sent it, how many of the author's transactions it carries, the operation. */
    private record Revision(int agent, int transactions, TextOperation operation) {
    }

    private static final int FORGET_EVERY = 1024;

    private final EditingTrace trace;
    private final CausalGraph graph;
    private final CausalForms forms;
    private final AuthoritativeDocument server;
    private final List<Revision> revisions = new ArrayList<>();
    /**
     * The server's text at each revision, for rebuilding versions no client holds; {@code null}
     * below the oldest revision a later transaction can still need (see {@link #forgetOldTexts}).
     */
    private final List<Rope> serverTexts = new ArrayList<>();
    /** Which transactions each revision's text holds, as a version. */
    private final List<int[]> serverVersions = new ArrayList<>();
    private final TombstoneText.Flags flags;
    /**
     * Per agent, the tombstone text its last general-method transaction was made on (with that
     * transaction applied), and the version it holds: the agent's next such transaction usually
     * sees a superset, so the text is extended rather than rebuilt.
     */
    private final TombstoneText[] lastParentsText;
    private final int[][] lastParentsVersion;
    private final ProtocolClient[] clients;
    /** Each client's index into its text: the protocol carries tombstone text, the trace speaks of visible text. */
    private final TombstoneText[] tombstones;
    /** {@code received[a][b]}: how many of agent b's transactions client a has received (b != a). */
    private final int[][] received;
    private final int[] made;
    private final int[] onServer;
    private long nextServerOrder;
    private int viaProtocol;
    private int viaGeneralMethod;
    private int forcedDeliveries;
    private int mostConcurrent;
    private long serverTransforms;

    private ConcurrentReplay(EditingTrace trace) {
        this.trace = trace;
        this.graph = CausalGraph.of(trace);
        int agents = graph.agents();
        this.flags = TombstoneText.chooseFlags(trace);
        String encodedStart = TombstoneText.encode(trace.startContent(), flags);
        Rope start = Rope.of(encodedStart);
        this.forms = new CausalForms(graph);
        this.server = new AuthoritativeDocument(start);
        serverTexts.add(start);
        serverVersions.add(new int[agents]);
        this.clients = new ProtocolClient[agents];
        this.tombstones = new TombstoneText[agents];
        this.lastParentsText = new TombstoneText[agents];
        this.lastParentsVersion = new int[agents][];
        for (int a = 0; a < agents; a++) {
            clients[a] = new ProtocolClient("agent-" + a, start, 0);
            tombstones[a] = new TombstoneText(flags, encodedStart);
        }
        this.received = new int[agents][agents];
        this.made = new int[agents];
        this.onServer = new int[agents];
    }

    static ReplayOutcome run(EditingTrace trace) {
        long start = System.nanoTime();
        ConcurrentReplay replay = new ConcurrentReplay(trace);
        for (int txn = 0; txn < replay.graph.size(); txn++) {
            replay.make(txn);
        }
        replay.deliverWhatClientsHaveSeen();
        Rope text = Rope.of(TombstoneText.visibleText(replay.server.document().toString(), replay.flags));
        long nanos = System.nanoTime() - start;
        return new ReplayOutcome(text, nanos, replay.clientsConverged(), replay.details());
    }

    private void make(int txn) {
        int agent = graph.agent(txn);
        int[] parents = graph.context(txn);
        deliverWhatClientsHaveSeen();
        bringOntoServer(parents, agent);
        receiveUpTo(parents, agent);
        List<Patch> patches = trace.transactions().get(txn).patches();
        TextOperation edit;
        if (holdsExactly(parents, agent)) {
            edit = tombstones[agent].applyPatches(patches, txn);
            graph.recordOriginal(txn, edit);
            viaProtocol++;
        } else {
            TombstoneText atParents = tombstoneTextAt(parents, agent);
            graph.recordOriginal(txn, atParents.applyPatches(patches, txn));
            lastParentsText[agent] = atParents;
            lastParentsVersion[agent] = parents.clone();
            lastParentsVersion[agent][agent]++;
            int[] clientVersion = received[agent].clone();
            clientVersion[agent] = made[agent];
            edit = forms.form(txn, clientVersion);
            tombstones[agent].apply(edit);
            viaGeneralMethod++;
        }
        made[agent]++;
        send(agent, clients[agent].edit(edit));
    }

    /**
     * The tombstone text at a version no client holds: the server's text at the latest revision
     * inside {@code version} (or {@code agent}'s previous such text, if inside it and larger), then
     * the rest of the version's transactions in the server's order, each in its form on what
     * precedes it. Tombstone text only grows, so every order of the same transactions gives the
     * same text.
     */
    private TombstoneText tombstoneTextAt(int[] version, int agent) {
        int revision = latestRevisionWithin(version);
        int[] cached = lastParentsVersion[agent];
        TombstoneText text;
        int[] current;
        if (cached != null && within(cached, version) && size(cached) > size(serverVersions.get(revision))) {
            text = lastParentsText[agent];
            current = cached.clone();
        } else {
            text = new TombstoneText(flags, serverTexts.get(revision).toString());
            current = serverVersions.get(revision).clone();
        }
        while (!Arrays.equals(current, version)) {
            int next = earliestBeyond(current, version);
            text.apply(forms.form(next, current));
            current[graph.agent(next)]++;
        }
        return text;
    }

    private int latestRevisionWithin(int[] version) {
        int low = 0;
        int high = serverVersions.size() - 1;
        while (low < high) {
            int middle = (low + high + 1) >>> 1;
            if (within(serverVersions.get(middle), version)) {
                low = middle;
            } else {
                high = middle - 1;
            }
        }
        return low;
    }

    private static long size(int[] version) {
        long size = 0;
        for (int count : version) {
            size += count;
        }
        return size;
    }

    private static boolean within(int[] version, int[] container) {
        for (int b = 0; b < version.length; b++) {
            if (version[b] > container[b]) {
                return false;
            }
        }
        return true;
    }

    /** The transaction of {@code version} outside {@code current} that the server ordered first. */
    private int earliestBeyond(int[] current, int[] version) {
        int earliest = -1;
        for (int b = 0; b < version.length; b++) {
            if (version[b] > current[b]) {
                int candidate = graph.txn(b, current[b]);
                if (earliest < 0 || graph.order(candidate) < graph.order(earliest)) {
                    earliest = candidate;
                }
            }
        }
        return earliest;
    }

    /** Lets every client receive what its next transaction has seen (all of it once it has none left). */
    private void deliverWhatClientsHaveSeen() {
        boolean delivered = true;
        while (delivered) {
            delivered = false;
            for (int a = 0; a < clients.length; a++) {
                while (mayReceiveNext(a)) {
                    receiveNext(a);
                    delivered = true;
                }
            }
        }
    }

    private boolean mayReceiveNext(int agent) {
        int revision = clients[agent].revision();
        if (revision == revisions.size()) {
            return false;
        }
        Revision next = revisions.get(revision);
        if (next.agent() == agent || made[agent] == graph.transactionsOf(agent)) {
            return true;
        }
        int[] needed = graph.context(graph.txn(agent, made[agent]));
        return received[agent][next.agent()] + next.transactions() <= needed[next.agent()];
    }

    /** Makes other agents receive messages until every transaction in {@code version} has reached the server. */
    private void bringOntoServer(int[] version, int author) {
        for (int b = 0; b < version.length; b++) {
            while (b != author && onServer[b] < version[b]) {
                receiveNext(b);
                forcedDeliveries++;
            }
        }
    }

    private void receiveUpTo(int[] version, int agent) {
        for (int b = 0; b < version.length; b++) {
            while (b != agent && received[agent][b] < version[b]) {
                receiveNext(agent);
            }
        }
    }

    private boolean holdsExactly(int[] version, int agent) {
        for (int b = 0; b < version.length; b++) {
            if (b != agent && received[agent][b] != version[b]) {
                return false;
            }
        }
        return true;
    }

    private void receiveNext(int agent) {
        ProtocolClient client = clients[agent];
        int revision = client.revision();
        if (revision == revisions.size()) {
            throw new IllegalStateException("agent " + agent + " waits for a server message that will never come");
        }
        Revision next = revisions.get(revision);
        if (next.agent() == agent) {
            send(agent, client.acknowledged(revision + 1));
        } else {
            tombstones[agent].apply(client.receive(revision + 1, next.operation()));
            received[agent][next.agent()] += next.transactions();
        }
    }

    private void send(int agent, ProtocolClient.Outgoing outgoing) {
        if (outgoing == null) {
            return;
        }
        SubmissionOutcome outcome = server.submit(outgoing.submission());
        if (!(outcome instanceof SubmissionOutcome.Applied applied)) {
            throw new IllegalStateException("the server did not apply " + outgoing.submission() + ": " + outcome);
        }
        revisions.add(new Revision(agent, outgoing.edits(), applied.operation()));
        mostConcurrent = Math.max(mostConcurrent, applied.concurrentOperations());
        serverTransforms += applied.concurrentOperations();
        for (int i = 0; i < outgoing.edits(); i++) {
            graph.recordServerOrder(graph.txn(agent, onServer[agent]++), nextServerOrder++);
        }
        serverTexts.add(server.document());
        serverVersions.add(onServer.clone());
        if (serverTexts.size() % FORGET_EVERY == 0) {
            forgetOldTexts();
        }
    }

    /**
     * Drops the server texts below the latest revision inside every agent's next parents' version:
     * an agent's parents' versions only grow, so no later transaction rebuilds from an older one.
     * Each kept rope pins a copied chunk, so keeping them all would grow with the revisions.
     */
    private void forgetOldTexts() {
        int oldestNeeded = serverTexts.size() - 1;
        for (int a = 0; a < clients.length; a++) {
            if (made[a] < graph.transactionsOf(a)) {
                oldestNeeded = Math.min(oldestNeeded, latestRevisionWithin(graph.context(graph.txn(a, made[a]))));
            }
        }
        for (int r = oldestNeeded - 1; r >= 0 && serverTexts.get(r) != null; r--) {
            serverTexts.set(r, null);
        }
    }

    /** Once every message is delivered: true if every client holds the server's text. */
    private boolean clientsConverged() {
        String text = server.document().toString();
        for (ProtocolClient client : clients) {
            if (!client.isSynchronized() || client.revision() != server.revision()
                    || !client.document().toString().equals(text)) {
                return false;
            }
        }
        return true;
    }

    private String details() {
        return "concurrent agents=" + graph.agents() + " protocol_txns=" + viaProtocol + " general_txns=" + viaGeneralMethod
                + " server_revisions=" + server.revision() + " forced_deliveries=" + forcedDeliveries
                + " server_transforms=" + serverTransforms + " most_concurrent=" + mostConcurrent + " memoised_forms=" + forms.memoised();
    }
}
