package org.accord.ot;

/**
 * A node of a {@link Rope}'s tree: a leaf holds a chunk of text, a branch concatenates two
 * subtrees. Lengths are code points; heights drive AVL-style rebalancing.
 */
sealed interface RopeNode {

    int length();

    int height();

    /** A chunk of at most {@link RopeTree#MAX_LEAF} code points, never splitting a surrogate pair. */
    record Leaf(String text, int length) implements RopeNode {
        @Override
        public int height() {
            return 0;
        }
    }

    record Branch(RopeNode left, RopeNode right, int length, int height) implements RopeNode {
        static Branch of(RopeNode left, RopeNode right) {
            return new Branch(left, right, Math.addExact(left.length(), right.length()),
                    1 + Math.max(left.height(), right.height()));
        }
    }
}
