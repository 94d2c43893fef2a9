package org.accord.tools.trace;

import java.util.List;
import java.util.Objects;

/** A parsed editing-traces file. */
record EditingTrace(Kind kind, String startContent, String endContent, int numAgents, List<Transaction> transactions) {

    enum Kind { SEQUENTIAL, CONCURRENT }

    EditingTrace {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(startContent, "startContent");
        Objects.requireNonNull(endContent, "endContent");
        transactions = List.copyOf(transactions);
    }

    long patchCount() {
        long count = 0;
        for (Transaction transaction : transactions) {
            count += transaction.patches().size();
        }
        return count;
    }
}
