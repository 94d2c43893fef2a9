package org.accord.tools.trace;

import org.accord.ot.InvalidOperationException;
import org.accord.ot.TextOperation;

/** Turns recorded splices into operations on the whole text, checking that each fits. */
final class PatchOperations {

    private PatchOperations() {
    }

    /**
     * Patch {@code patchIndex} of transaction {@code txn} as an operation on a text of
     * {@code length} code points.
     *
     * @throws TraceFormatException if the patch reaches beyond the text or inserts text the
     *                              engine refuses (a lone surrogate, NUL)
     */
    static TextOperation of(Patch patch, int length, int txn, int patchIndex) {
        if (patch.position() > length || patch.deleteCount() > length - patch.position()) {
            throw new TraceFormatException(where(txn, patchIndex) + ": position " + patch.position() + " with delete count "
                    + patch.deleteCount() + " is outside the text of " + length + " code points");
        }
        try {
            return TextOperation.builder()
                    .retain(patch.position())
                    .delete(patch.deleteCount())
                    .insert(patch.inserted())
                    .retain(length - patch.position() - patch.deleteCount())
                    .build();
        } catch (InvalidOperationException refused) {
            throw new TraceFormatException(where(txn, patchIndex) + ": " + refused.getMessage(), refused);
        }
    }

    private static String where(int txn, int patchIndex) {
        return "txns[" + txn + "].patches[" + patchIndex + "]";
    }
}
