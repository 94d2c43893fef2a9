package org.accord.ot;

/**
 * A user's selection in code points: {@code anchor} is where it started, {@code head} where the
 * caret is (they are equal for a plain caret, and head may be before anchor). Selections are
 * transformed through remote operations so that a collaborator's edit elsewhere does not move
 * the user's caret onto different text.
 */
public record Selection(int anchor, int head) {

    public Selection {
        if (anchor < 0 || head < 0) {
            throw new IllegalArgumentException("selection positions must not be negative: " + anchor + ", " + head);
        }
    }

    public static Selection caret(int position) {
        return new Selection(position, position);
    }

    public boolean isCollapsed() {
        return anchor == head;
    }

    /**
     * Maps both ends through {@code operation}; see
     * {@link TextOperation#transformPosition(int, TextOperation, boolean)} for the meaning of
     * {@code stickToInsertBefore}.
     */
    public Selection transform(TextOperation operation, boolean stickToInsertBefore) {
        return new Selection(TextOperation.transformPosition(anchor, operation, stickToInsertBefore),
                TextOperation.transformPosition(head, operation, stickToInsertBefore));
    }
}
