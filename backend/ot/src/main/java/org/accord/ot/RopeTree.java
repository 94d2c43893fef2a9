package org.accord.ot;

import java.util.ArrayList;
import java.util.List;

/**
 * The persistent tree algorithms behind {@link Rope}: split and concatenate in O(log n), with
 * AVL-style height balancing (concatenation descends the taller tree's spine and rotates on the
 * way back, as in AVL join). Adjacent small leaves are merged when concatenated so that typing
 * character by character grows a chunk rather than the tree.
 */
final class RopeTree {

    /** Upper bound on a leaf's code points: large enough for cache-friendly chunks, small enough to copy cheaply. */
    static final int MAX_LEAF = 1024;
    /** Chunk size when building from a string, leaving room for leaves to grow by typing. */
    static final int BUILD_CHUNK = MAX_LEAF / 2;
    static final RopeNode.Leaf EMPTY = new RopeNode.Leaf("", 0);

    private RopeTree() {
    }

    record Split(RopeNode left, RopeNode right) {
    }

    static RopeNode build(String text) {
        List<RopeNode> leaves = new ArrayList<>();
        int charIndex = 0;
        while (charIndex < text.length()) {
            int remaining = Character.codePointCount(text, charIndex, text.length());
            int count = Math.min(remaining, BUILD_CHUNK);
            int end = text.offsetByCodePoints(charIndex, count);
            leaves.add(new RopeNode.Leaf(text.substring(charIndex, end), count));
            charIndex = end;
        }
        return leaves.isEmpty() ? EMPTY : buildBalanced(leaves, 0, leaves.size());
    }

    private static RopeNode buildBalanced(List<RopeNode> leaves, int from, int to) {
        if (to - from == 1) {
            return leaves.get(from);
        }
        int middle = (from + to) >>> 1;
        return RopeNode.Branch.of(buildBalanced(leaves, from, middle), buildBalanced(leaves, middle, to));
    }

    static RopeNode concat(RopeNode left, RopeNode right) {
        if (left.length() == 0) {
            return right;
        }
        if (right.length() == 0) {
            return left;
        }
        if (left instanceof RopeNode.Leaf a && right instanceof RopeNode.Leaf b && a.length() + b.length() <= MAX_LEAF) {
            return new RopeNode.Leaf(a.text() + b.text(), a.length() + b.length());
        }
        if (left.height() > right.height() + 1) {
            RopeNode.Branch tall = (RopeNode.Branch) left;
            return balance(tall.left(), concat(tall.right(), right));
        }
        if (right.height() > left.height() + 1) {
            RopeNode.Branch tall = (RopeNode.Branch) right;
            return balance(concat(left, tall.left()), tall.right());
        }
        return RopeNode.Branch.of(left, right);
    }

    /** Joins two subtrees whose heights differ by at most two, rotating if they differ by two. */
    private static RopeNode balance(RopeNode left, RopeNode right) {
        int difference = left.height() - right.height();
        if (difference > 2 || difference < -2) {
            return concat(left, right); // not reached by AVL join; kept as a safe fallback
        }
        if (difference == 2) {
            RopeNode.Branch l = (RopeNode.Branch) left;
            if (l.left().height() >= l.right().height()) {
                return RopeNode.Branch.of(l.left(), RopeNode.Branch.of(l.right(), right));
            }
            RopeNode.Branch lr = (RopeNode.Branch) l.right();
            return RopeNode.Branch.of(RopeNode.Branch.of(l.left(), lr.left()), RopeNode.Branch.of(lr.right(), right));
        }
        if (difference == -2) {
            RopeNode.Branch r = (RopeNode.Branch) right;
            if (r.right().height() >= r.left().height()) {
                return RopeNode.Branch.of(RopeNode.Branch.of(left, r.left()), r.right());
            }
            RopeNode.Branch rl = (RopeNode.Branch) r.left();
            return RopeNode.Branch.of(RopeNode.Branch.of(left, rl.left()), RopeNode.Branch.of(rl.right(), r.right()));
        }
        return RopeNode.Branch.of(left, right);
    }

    /** Splits into the first {@code index} code points and the rest. */
    static Split split(RopeNode node, int index) {
        if (index == 0) {
            return new Split(EMPTY, node);
        }
        if (index == node.length()) {
            return new Split(node, EMPTY);
        }
        if (node instanceof RopeNode.Leaf leaf) {
            int at = leaf.text().offsetByCodePoints(0, index);
            return new Split(new RopeNode.Leaf(leaf.text().substring(0, at), index),
                    new RopeNode.Leaf(leaf.text().substring(at), leaf.length() - index));
        }
        RopeNode.Branch branch = (RopeNode.Branch) node;
        int leftLength = branch.left().length();
        if (index <= leftLength) {
            Split inLeft = split(branch.left(), index);
            return new Split(inLeft.left(), concat(inLeft.right(), branch.right()));
        }
        Split inRight = split(branch.right(), index - leftLength);
        return new Split(concat(branch.left(), inRight.left()), inRight.right());
    }

    /** Appends code points {@code [from, to)} of the subtree to {@code out}. */
    static void appendRange(RopeNode node, int from, int to, StringBuilder out) {
        if (from >= to) {
            return;
        }
        if (node instanceof RopeNode.Leaf leaf) {
            if (from == 0 && to == leaf.length()) {
                out.append(leaf.text());
            } else {
                out.append(CodePoints.substring(leaf.text(), from, to));
            }
            return;
        }
        RopeNode.Branch branch = (RopeNode.Branch) node;
        int leftLength = branch.left().length();
        if (from < leftLength) {
            appendRange(branch.left(), from, Math.min(to, leftLength), out);
        }
        if (to > leftLength) {
            appendRange(branch.right(), Math.max(from - leftLength, 0), to - leftLength, out);
        }
    }

    static void forEachLeaf(RopeNode node, java.util.function.Consumer<String> action) {
        if (node instanceof RopeNode.Leaf leaf) {
            action.accept(leaf.text());
        } else {
            RopeNode.Branch branch = (RopeNode.Branch) node;
            forEachLeaf(branch.left(), action);
            forEachLeaf(branch.right(), action);
        }
    }
}
