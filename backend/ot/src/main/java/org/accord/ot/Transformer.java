package org.accord.ot;

/**
 * Inclusion transformation of two concurrent operations (the ot.js algorithm, generalised with an
 * explicit {@link Priority}). Walking both operations over the shared base document: an insert
 * is kept and the other side retains over it; a region both keep stays retained; a region deleted
 * by one side is deleted once by the other side's transformed operation; a region deleted by both
 * disappears from both.
 */
final class Transformer {

    private Transformer() {
    }

    static Transformed transform(TextOperation a, TextOperation b, Priority priority) {
        if (priority == null) {
            throw new InvalidOperationException("priority must not be null");
        }
        if (a.baseLength() != b.baseLength()) {
            throw new InvalidOperationException("cannot transform: operations apply to documents of different lengths ("
                    + a.baseLength() + " and " + b.baseLength() + " code points)");
        }
        TextOperationBuilder aPrime = TextOperation.builder();
        TextOperationBuilder bPrime = TextOperation.builder();
        ComponentCursor left = new ComponentCursor(a);
        ComponentCursor right = new ComponentCursor(b);
        while (!left.isDone() || !right.isDone()) {
            boolean leftInserts = left.current() instanceof Component.Insert;
            boolean rightInserts = right.current() instanceof Component.Insert;
            if (leftInserts && (!rightInserts || priority == Priority.LEFT)) {
                Component insert = left.takeAll();
                aPrime.add(insert);
                bPrime.retain(insert.length());
            } else if (rightInserts) {
                Component insert = right.takeAll();
                aPrime.retain(insert.length());
                bPrime.add(insert);
            } else {
                transformOverlap(left, right, aPrime, bPrime);
            }
        }
        return new Transformed(aPrime.build(), bPrime.build());
    }

    /** Both cursors are at a retain or delete covering the same base text. */
    private static void transformOverlap(ComponentCursor left, ComponentCursor right,
                                         TextOperationBuilder aPrime, TextOperationBuilder bPrime) {
        int count = Math.min(left.current().length(), right.current().length());
        boolean leftDeletes = left.take(count) instanceof Component.Delete;
        boolean rightDeletes = right.take(count) instanceof Component.Delete;
        if (!leftDeletes && !rightDeletes) {
            aPrime.retain(count);
            bPrime.retain(count);
        } else if (leftDeletes && !rightDeletes) {
            aPrime.delete(count);
        } else if (rightDeletes && !leftDeletes) {
            bPrime.delete(count);
        }
        // both delete: already gone on both sides.
    }
}
