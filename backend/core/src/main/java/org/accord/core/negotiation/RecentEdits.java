package org.accord.core.negotiation;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.accord.api.coediting.EditAcknowledgement;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The server side of co-editing for one clause: the window of the latest operations (the last
 * one produced the current revision, each earlier one the revision before), against which a batch
 * written on an older revision is transformed, and the last batch of each editing session, so
 * that a batch sent again is acknowledged again instead of applied twice. State only, part of
 * the aggregate's snapshot; a base older than the window gets a resync answer.
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
final class RecentEdits {

    /** How many operations each clause keeps for transforming late batches. */
    static final int WINDOW = 1_000;

    private final List<String> operations = new ArrayList<>();
    private final Map<String, Batch> lastBatches = new HashMap<>();

    record Batch(long clientSeq, long revision, String operation) {
    }

    /** The acknowledgement already given to this batch, if the session sent it before. */
    Optional<EditAcknowledgement> repeated(String clientId, long clientSeq) {
        Batch last = lastBatches.get(clientId);
        if (last == null || clientSeq > last.clientSeq()) {
            return Optional.empty();
        }
        // only the batch in flight can come again; an older one was acknowledged before it
        return Optional.of(new EditAcknowledgement(clientSeq == last.clientSeq() ? last.revision() : 0,
                clientSeq == last.clientSeq() ? last.operation() : "[]", true));
    }

    /** The operations recorded after {@code base}, oldest first; empty when the window no longer reaches it. */
    Optional<List<String>> since(long base, long current) {
        if (base < oldestBase(current)) {
            return Optional.empty();
        }
        return Optional.of(List.copyOf(operations.subList(operations.size() - Math.toIntExact(current - base),
                operations.size())));
    }

    /** The oldest revision a batch may still be written on, the clause being at {@code current}. */
    long oldestBase(long current) {
        return current - operations.size();
    }

    void recorded(String operation, String clientId, long clientSeq, long revision) {
        operations.add(operation);
        if (clientId != null) {
            lastBatches.put(clientId, new Batch(clientSeq, revision, operation));
        }
        if (operations.size() > WINDOW) {
            operations.subList(0, operations.size() - WINDOW).clear();
            long oldest = oldestBase(revision);
            lastBatches.values().removeIf(batch -> batch.revision() < oldest);
        }
    }

    /** The wording was rewritten as a whole (split, merge): earlier bases can no longer be transformed. */
    void restart() {
        operations.clear();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RecentEdits that && operations.equals(that.operations)
                && lastBatches.equals(that.lastBatches);
    }

    @Override
    public int hashCode() {
        return Objects.hash(operations.size(), lastBatches.size());
    }
}
