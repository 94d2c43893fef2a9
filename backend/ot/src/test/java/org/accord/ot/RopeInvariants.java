package org.accord.ot;

import static org.assertj.core.api.Assertions.assertThat;

/** Structural checks on a rope's tree: AVL balance, cached lengths, bounded non-empty chunks. */
final class RopeInvariants {

    private RopeInvariants() {
    }

    static void assertValid(Rope rope) {
        check(rope.root(), rope.length() == 0);
    }

    private static void check(RopeNode node, boolean mayBeEmpty) {
        if (node instanceof RopeNode.Leaf leaf) {
            assertThat(leaf.length()).isEqualTo(leaf.text().codePointCount(0, leaf.text().length()));
            assertThat(leaf.length()).isLessThanOrEqualTo(RopeTree.MAX_LEAF);
            if (!mayBeEmpty) {
                assertThat(leaf.length()).as("no empty leaves inside a tree").isPositive();
            }
            return;
        }
        RopeNode.Branch branch = (RopeNode.Branch) node;
        assertThat(Math.abs(branch.left().height() - branch.right().height())).as("AVL balance").isLessThanOrEqualTo(1);
        assertThat(branch.height()).isEqualTo(1 + Math.max(branch.left().height(), branch.right().height()));
        assertThat(branch.length()).isEqualTo(branch.left().length() + branch.right().length());
        check(branch.left(), false);
        check(branch.right(), false);
    }
}
