package org.accord.ot;

/**
 * Composition: the single operation with the effect of one operation followed by another. The
 * client uses it to buffer edits made while an earlier one awaits acknowledgement; the server
 * can use it to squash history.
 */
final class Composer {

    private Composer() {
    }

    static TextOperation compose(TextOperation first, TextOperation second) {
        if (first.targetLength() != second.baseLength()) {
            throw new InvalidOperationException("cannot compose: first operation produces " + first.targetLength()
                    + " code points but second operation expects " + second.baseLength());
        }
        TextOperationBuilder result = TextOperation.builder();
        ComponentCursor a = new ComponentCursor(first);
        ComponentCursor b = new ComponentCursor(second);
        while (!a.isDone() || !b.isDone()) {
            if (a.current() instanceof Component.Delete) {
                result.add(a.takeAll()); // text the second operation never sees
            } else if (b.current() instanceof Component.Insert) {
                result.add(b.takeAll()); // text the first operation never saw
            } else {
                combineOverlap(a, b, result);
            }
        }
        return result.build();
    }

    /** a is at a retain or insert, b at a retain or delete: both cover the same target text. */
    private static void combineOverlap(ComponentCursor a, ComponentCursor b, TextOperationBuilder result) {
        int count = Math.min(a.current().length(), b.current().length());
        Component fromFirst = a.take(count);
        Component fromSecond = b.take(count);
        if (fromSecond instanceof Component.Retain) {
            result.add(fromFirst);
        } else if (fromFirst instanceof Component.Retain) {
            result.add(fromSecond);
        }
        // else: the second operation deletes what the first inserted, so neither survives.
    }
}
