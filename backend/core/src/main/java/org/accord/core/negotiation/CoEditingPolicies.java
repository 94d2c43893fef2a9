package org.accord.core.negotiation;

import org.accord.api.shared.CommandRejectedException;
import org.accord.api.shared.RejectionReason;
import org.accord.ot.InvalidOperationException;
import org.accord.ot.TextOperation;
import org.accord.ot.server.AuthoritativeDocument;

import java.util.List;

/** The rules a co-editing batch must pass before it is applied (docs/co-editing.md). */
final class CoEditingPolicies {

    private CoEditingPolicies() {
    }

    /** Well-formed JSON of a normalised, non-empty operation whose inserted text is valid Unicode. */
    static TextOperation wellFormed(String json) {
        TextOperation operation;
        try {
            operation = TextOperation.fromJson(json);
        } catch (IllegalArgumentException e) { // InvalidOperationException among them
            throw new CommandRejectedException(RejectionReason.INVALID_OPERATION, "Invalid operation: " + e.getMessage());
        }
        if (operation.isNoop()) {
            throw new CommandRejectedException(RejectionReason.INVALID_OPERATION, "An empty batch changes nothing");
        }
        return operation;
    }

    /** A base the server knows: not in the future, and still within the window of kept operations. */
    static List<String> concurrent(Clause clause, long baseRevision) {
        if (baseRevision > clause.revision()) {
            throw new CommandRejectedException(RejectionReason.INVALID_OPERATION, "Clause " + clause.id()
                    + " is at revision " + clause.revision() + "; revision " + baseRevision + " does not exist yet");
        }
        return clause.edits().since(baseRevision, clause.revision()).orElseThrow(() ->
                new CommandRejectedException(RejectionReason.RESYNC_REQUIRED, "Revision " + baseRevision
                        + " is older than the operations kept for clause " + clause.id() + " (from revision "
                        + clause.edits().oldestBase(clause.revision()) + "): reload the clause at revision " + clause.revision()));
    }

    /**
     * The batch transformed over every operation recorded after its base by the library's rule
     * ({@link AuthoritativeDocument#transformPast}: the server's order wins ties), checked
     * against the current wording's length.
     */
    static TextOperation rebased(TextOperation batch, List<String> concurrent, int currentLength) {
        TextOperation result;
        try {
            result = AuthoritativeDocument.transformPast(batch,
                    concurrent.stream().map(TextOperation::fromJson).toList());
        } catch (InvalidOperationException e) {
            throw new CommandRejectedException(RejectionReason.INVALID_OPERATION,
                    "The operation does not fit the wording it claims as its base: " + e.getMessage());
        }
        if (result.baseLength() != currentLength) {
            throw new CommandRejectedException(RejectionReason.INVALID_OPERATION, "The operation spans "
                    + result.baseLength() + " characters but the wording has " + currentLength);
        }
        return result;
    }
}
