package org.accord.tools.trace;

import java.util.Arrays;
import java.util.List;

import org.accord.ot.TextOperation;

/**
 * The transactions of a concurrent trace as a causal graph. Every agent's transactions are totally
 * ordered, so a version (a set of transactions closed under "is a parent of") is a vector of
 * per-agent counts: {@code version[b]} = how many of agent b's transactions it holds.
 *
 * <p>Besides the recorded facts (author, parents' version) the graph holds what the replay learns:
 * each transaction's original operation on its parents' version, and its place in the server's
 * order once the server accepted it.
 */
final class CausalGraph {

    /** The order of a transaction the server has not accepted yet: after everything it has. */
    static final long NOT_ON_SERVER = Long.MAX_VALUE;

    private final int agents;
    private final int[] agentOf;
    private final int[] seqOf;
    /** {@code contextOf[t]}: the version transaction t was made on (the merge of its parents). */
    private final int[][] contextOf;
    private final int[][] byAgent;
    private final TextOperation[] original;
    private final long[] order;

    private CausalGraph(int agents, int[] agentOf, int[] seqOf, int[][] contextOf, int[][] byAgent) {
        this.agents = agents;
        this.agentOf = agentOf;
        this.seqOf = seqOf;
        this.contextOf = contextOf;
        this.byAgent = byAgent;
        this.original = new TextOperation[agentOf.length];
        this.order = new long[agentOf.length];
        Arrays.fill(order, NOT_ON_SERVER);
    }

    /**
     * @throws TraceFormatException if a transaction does not descend from its author's previous
     *                              one (the agent's transactions are not totally ordered)
     */
    static CausalGraph of(EditingTrace trace) {
        List<Transaction> transactions = trace.transactions();
        int agents = trace.numAgents();
        int size = transactions.size();
        int[] agentOf = new int[size];
        int[] seqOf = new int[size];
        int[][] contextOf = new int[size][];
        int[] counts = new int[agents];
        for (int t = 0; t < size; t++) {
            Transaction transaction = transactions.get(t);
            int agent = transaction.agent();
            int[] context = new int[agents];
            for (int parent : transaction.parents()) {
                int[] parentContext = contextOf[parent];
                for (int b = 0; b < agents; b++) {
                    context[b] = Math.max(context[b], parentContext[b]);
                }
                context[agentOf[parent]] = Math.max(context[agentOf[parent]], seqOf[parent] + 1);
            }
            if (context[agent] != counts[agent]) {
                throw new TraceFormatException("unsupported: txns[" + t + "] of agent " + agent + " does not descend from"
                        + " that agent's previous transaction (an agent's transactions must be totally ordered)");
            }
            agentOf[t] = agent;
            seqOf[t] = counts[agent]++;
            contextOf[t] = context;
        }
        int[][] byAgent = new int[agents][];
        for (int b = 0; b < agents; b++) {
            byAgent[b] = new int[counts[b]];
        }
        for (int t = 0; t < size; t++) {
            byAgent[agentOf[t]][seqOf[t]] = t;
        }
        return new CausalGraph(agents, agentOf, seqOf, contextOf, byAgent);
    }

    int agents() {
        return agents;
    }

    int size() {
        return agentOf.length;
    }

    int agent(int txn) {
        return agentOf[txn];
    }

    /** How many transactions its author made before this one. */
    int seq(int txn) {
        return seqOf[txn];
    }

    /** The version {@code txn} was made on; shared, do not modify. */
    int[] context(int txn) {
        return contextOf[txn];
    }

    /** Agent {@code agent}'s transaction number {@code seq} (from 0). */
    int txn(int agent, int seq) {
        return byAgent[agent][seq];
    }

    int transactionsOf(int agent) {
        return byAgent[agent].length;
    }

    TextOperation original(int txn) {
        return original[txn];
    }

    void recordOriginal(int txn, TextOperation operation) {
        original[txn] = operation;
    }

    /** The server's order: a smaller number was accepted earlier; {@link #NOT_ON_SERVER} if not yet. */
    long order(int txn) {
        return order[txn];
    }

    void recordServerOrder(int txn, long position) {
        order[txn] = position;
    }

    /**
     * The transaction of {@code version} that the server ordered last (one not yet on the server
     * counts as after all that are), among those not in {@code base}; -1 if {@code version} holds
     * nothing more than {@code base}. No transaction of {@code version} descends from it.
     */
    int latest(int[] version, int[] base) {
        int latest = -1;
        for (int b = 0; b < agents; b++) {
            if (version[b] > base[b]) {
                int candidate = byAgent[b][version[b] - 1];
                if (latest < 0 || order[candidate] > order[latest]) {
                    latest = candidate;
                }
            }
        }
        return latest;
    }
}
