package org.accord.ot;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * An immutable text indexed by code points, stored as a balanced tree of bounded chunks so that
 * {@link #insert}, {@link #delete} and {@link #substring} cost O(log n) plus a chunk, instead of
 * copying the whole text for every keystroke as {@code String} would. Edits return a new rope
 * sharing most of its tree with the old one, so old revisions stay cheap to keep.
 */
public final class Rope {

    private static final Rope EMPTY = new Rope(RopeTree.EMPTY);

    private final RopeNode root;

    private Rope(RopeNode root) {
        this.root = root;
    }

    public static Rope empty() {
        return EMPTY;
    }

    public static Rope of(String text) {
        Objects.requireNonNull(text, "text");
        return text.isEmpty() ? EMPTY : new Rope(RopeTree.build(text));
    }

    /** Length in code points. */
    public int length() {
        return root.length();
    }

    public Rope insert(int index, String text) {
        Objects.requireNonNull(text, "text");
        checkIndex(index, "insert index");
        if (text.isEmpty()) {
            return this;
        }
        RopeTree.Split parts = RopeTree.split(root, index);
        return new Rope(RopeTree.concat(RopeTree.concat(parts.left(), RopeTree.build(text)), parts.right()));
    }

    /** Removes {@code count} code points starting at {@code from}. */
    public Rope delete(int from, int count) {
        checkRange(from, count);
        if (count == 0) {
            return this;
        }
        RopeTree.Split head = RopeTree.split(root, from);
        RopeTree.Split tail = RopeTree.split(head.right(), count);
        return new Rope(RopeTree.concat(head.left(), tail.right()));
    }

    /** Code points {@code [from, to)}. */
    public String substring(int from, int to) {
        if (to < from) {
            throw new IndexOutOfBoundsException("substring end " + to + " is before start " + from);
        }
        checkRange(from, to - from);
        StringBuilder out = new StringBuilder();
        RopeTree.appendRange(root, from, to, out);
        return out.toString();
    }

    /** Lowercase hex SHA-256 of the UTF-8 encoding, streamed chunk by chunk. */
    public String sha256Hex() {
        MessageDigest digest = sha256();
        RopeTree.forEachLeaf(root, chunk -> digest.update(chunk.getBytes(StandardCharsets.UTF_8)));
        return HexFormat.of().formatHex(digest.digest());
    }

    /** Tree height, exposed to tests to check that the rope stays balanced. */
    int height() {
        return root.height();
    }

    RopeNode root() {
        return root;
    }

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder();
        RopeTree.forEachLeaf(root, out::append);
        return out.toString();
    }

    /** Equal if the texts are equal; O(n). */
    @Override
    public boolean equals(Object other) {
        return other instanceof Rope that && length() == that.length() && toString().equals(that.toString());
    }

    @Override
    public int hashCode() {
        return toString().hashCode();
    }

    private void checkIndex(int index, String what) {
        if (index < 0 || index > length()) {
            throw new IndexOutOfBoundsException(what + " " + index + " is outside the rope of " + length() + " code points");
        }
    }

    private void checkRange(int from, int count) {
        if (from < 0 || count < 0 || from > length() - count) {
            throw new IndexOutOfBoundsException("range from " + from + " of " + count
                    + " code points is outside the rope of " + length() + " code points");
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every Java platform must provide SHA-256", impossible);
        }
    }
}
