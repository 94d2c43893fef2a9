package org.accord.tools.trace;

import java.util.List;

/**
 * One recorded transaction: patches applied in order, each relative to the text the previous one
 * left. In a concurrent trace, {@code parents} are the indexes of the earlier transactions whose
 * merged version the author was looking at ({@code []}: the start text) and {@code agent} is the
 * author; a sequential trace has agent 0 and no parents.
 */
record Transaction(int agent, List<Integer> parents, List<Patch> patches) {

    Transaction {
        parents = List.copyOf(parents);
        patches = List.copyOf(patches);
    }
}
