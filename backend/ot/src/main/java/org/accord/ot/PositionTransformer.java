package org.accord.ot;

/**
 * Maps a caret position through an operation, so remote edits do not move a user's caret or
 * selection to the wrong text. Consistent with {@link Transformer}: the result is where a
 * zero-width marker inserted at the position would end up, with {@code stickToInsertBefore}
 * playing the role of the marker's priority.
 */
final class PositionTransformer {

    private PositionTransformer() {
    }

    static int transform(int position, TextOperation operation, boolean stickToInsertBefore) {
        if (position < 0 || position > operation.baseLength()) {
            throw new InvalidOperationException("position " + position + " is outside the document of "
                    + operation.baseLength() + " code points");
        }
        int remaining = position; // base-document code points between the walk and the position
        int result = position;
        for (Component component : operation.components()) {
            if (component instanceof Component.Retain) {
                remaining -= component.length();
            } else if (component instanceof Component.Insert) {
                if (remaining > 0 || (remaining == 0 && !stickToInsertBefore)) {
                    result += component.length();
                }
            } else {
                result -= Math.min(Math.max(remaining, 0), component.length());
                remaining -= component.length();
            }
            if (remaining < 0) {
                break;
            }
        }
        return result;
    }
}
