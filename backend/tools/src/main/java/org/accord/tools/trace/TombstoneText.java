package org.accord.tools.trace;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.accord.ot.Component;
import org.accord.ot.TextOperation;
import org.accord.ot.TextOperationBuilder;

/**
 * The text a concurrent replay carries through the protocol, and an index into one replica's copy.
 *
 * <p>Why: with plain positions, "delete a character and type in its place" concurrent with "type
 * right after that character" leaves both inserts at the same position once the character is gone,
 * and the order in which they reached the server, not what their authors saw, decides which comes
 * first; a peer-to-peer trace then cannot be reproduced. Tombstones (Oster et al., "Tombstone
 * Transformation Functions", 2006) remove the ambiguity: a deleted character stays where it was,
 * only hidden.
 *
 * <p>How, with the unchanged engine: every character travels as a cell, the character followed by
 * {@code LIVE}; deleting it inserts {@code DEAD} between the two ({@code c DEAD LIVE}), so
 * operations only ever insert and no two positions ever merge. Ordinary inserts go at cell
 * boundaries, right after the cell of their left visible neighbour (before hidden cells), while
 * {@code DEAD} goes inside a cell, so the two never tie; two concurrent deletions of one character
 * leave two {@code DEAD}s, which is still hidden. The flags are two Unicode noncharacters the trace
 * does not use; the visible text is the characters of the cells without {@code DEAD}.
 *
 * <p>The index keeps the kind of every slot in blocks with counts, so finding the n-th visible
 * character costs O(number of blocks + block size).
 */
final class TombstoneText {

    private static final int BLOCK = 512;
    private static final byte CHARACTER = 0;
    private static final byte DEAD_FLAG = 1;
    private static final byte VISIBLE_LIVE = 2;
    private static final byte HIDDEN_LIVE = 3;

    /** The two flag code points of one replay. */
    record Flags(int live, int dead) {
    }

    private final Flags flags;
    private final String liveText;
    private final String deadText;
    private final List<Block> blocks = new ArrayList<>();
    private int slots;
    private int visible;

    private static final class Block {
        byte[] kinds;
        int size;
        int visible;

        Block(byte[] kinds, int from, int to) {
            this.kinds = Arrays.copyOfRange(kinds, from, from + Math.max(BLOCK, to - from));
            this.size = to - from;
            for (int i = 0; i < size; i++) {
                visible += this.kinds[i] == VISIBLE_LIVE ? 1 : 0;
            }
        }
    }

    /** The index of {@code text}, which is already in this encoding. */
    TombstoneText(Flags flags, String text) {
        this.flags = flags;
        this.liveText = Character.toString(flags.live());
        this.deadText = Character.toString(flags.dead());
        apply(TextOperation.builder().insert(text).build());
    }

    /**
     * The first two Unicode noncharacters (U+FDD0..U+FDEF, U+nFFFE, U+nFFFF) that the trace never
     * uses.
     *
     * @throws TraceFormatException if the trace uses all but one of them
     */
    static Flags chooseFlags(EditingTrace trace) {
        Set<Integer> used = new HashSet<>();
        collectNoncharacters(trace.startContent(), used);
        collectNoncharacters(trace.endContent(), used);
        for (Transaction transaction : trace.transactions()) {
            for (Patch patch : transaction.patches()) {
                collectNoncharacters(patch.inserted(), used);
            }
        }
        List<Integer> free = new ArrayList<>(2);
        for (int codePoint = 0xFDD0; codePoint <= 0xFDEF && free.size() < 2; codePoint++) {
            if (!used.contains(codePoint)) {
                free.add(codePoint);
            }
        }
        for (int plane = 0; plane <= 16 && free.size() < 2; plane++) {
            for (int low = 0xFFFE; low <= 0xFFFF && free.size() < 2; low++) {
                if (!used.contains(plane << 16 | low)) {
                    free.add(plane << 16 | low);
                }
            }
        }
        if (free.size() < 2) {
            throw new TraceFormatException("unsupported: the trace uses the Unicode noncharacters the replay needs as flags");
        }
        return new Flags(free.get(0), free.get(1));
    }

    private static void collectNoncharacters(String text, Set<Integer> used) {
        text.codePoints().filter(TombstoneText::isNoncharacter).forEach(used::add);
    }

    private static boolean isNoncharacter(int codePoint) {
        return (codePoint >= 0xFDD0 && codePoint <= 0xFDEF) || (codePoint & 0xFFFE) == 0xFFFE;
    }

    /** {@code text} (plain, visible) in this encoding: every character followed by {@code LIVE}. */
    static String encode(String text, Flags flags) {
        StringBuilder encoded = new StringBuilder(text.length() * 2);
        text.codePoints().forEach(codePoint -> encoded.appendCodePoint(codePoint).appendCodePoint(flags.live()));
        return encoded.toString();
    }

    /** The visible text of an encoded text: the characters of the cells without {@code DEAD}. */
    static String visibleText(String encoded, Flags flags) {
        StringBuilder visibleText = new StringBuilder(encoded.length() / 2);
        int character = -1;
        boolean dead = false;
        for (int offset = 0; offset < encoded.length(); ) {
            int codePoint = encoded.codePointAt(offset);
            offset += Character.charCount(codePoint);
            if (codePoint == flags.dead()) {
                dead = true;
            } else if (codePoint == flags.live()) {
                if (!dead) {
                    visibleText.appendCodePoint(character);
                }
                dead = false;
            } else {
                character = codePoint;
            }
        }
        return visibleText.toString();
    }

    int visibleLength() {
        return visible;
    }

    /** Mirrors an operation applied to the encoded text this index describes (operations only insert). */
    void apply(TextOperation operation) {
        int position = 0;
        for (Component component : operation.components()) {
            if (component instanceof Component.Retain) {
                position += component.length();
            } else if (component instanceof Component.Insert insert) {
                insertSlots(position, kinds(insert.text()));
                position += insert.length();
            } else {
                throw new IllegalStateException("a replay operation deleted " + component.length()
                        + " code points: tombstone text only grows");
            }
        }
    }

    /**
     * An operation on the visible text as the operation with the same effect on the encoded text:
     * each inserted character becomes a cell right after the cell of its left visible neighbour,
     * each deleted character gets {@code DEAD}.
     */
    TextOperation toEncoded(TextOperation onVisible) {
        if (onVisible.baseLength() != visible) {
            throw new IllegalArgumentException("operation expects " + onVisible.baseLength()
                    + " visible code points but the text has " + visible);
        }
        TextOperationBuilder encoded = TextOperation.builder();
        int slot = 0;
        int visibleDone = 0;
        for (Component component : onVisible.components()) {
            if (component instanceof Component.Retain) {
                visibleDone += component.length();
                int end = slotAfterVisible(visibleDone);
                encoded.retain(end - slot);
                slot = end;
            } else if (component instanceof Component.Insert insert) {
                encoded.insert(encode(insert.text(), flags));
            } else {
                int toDelete = component.length();
                while (toDelete > 0) {
                    int cellEnd = slot + 1;
                    while (kind(cellEnd) == DEAD_FLAG) {
                        cellEnd++;
                    }
                    if (kind(cellEnd) == VISIBLE_LIVE) {
                        encoded.retain(1).insert(deadText).retain(1);
                        toDelete--;
                    } else {
                        encoded.retain(cellEnd + 1 - slot);
                    }
                    slot = cellEnd + 1;
                }
                visibleDone += component.length();
            }
        }
        return encoded.retain(slots - slot).build();
    }

    /**
     * Transaction {@code txn}'s patches, recorded on the visible text, as one operation on the
     * encoded text, which this index then describes. Each patch is translated on the text the
     * previous one left: composing them on the visible text first would lose where an insert stood
     * relative to a character a later patch deletes.
     *
     * @throws TraceFormatException if a patch reaches beyond the visible text
     */
    TextOperation applyPatches(List<Patch> patches, int txn) {
        TextOperation combined = TextOperation.identity(slots);
        for (int i = 0; i < patches.size(); i++) {
            TextOperation encoded = toEncoded(PatchOperations.of(patches.get(i), visible, txn, i));
            apply(encoded);
            combined = TextOperation.compose(combined, encoded);
        }
        return combined;
    }

    private byte[] kinds(String text) {
        byte[] kinds = new byte[text.codePointCount(0, text.length())];
        int i = 0;
        for (int offset = 0; offset < text.length(); i++) {
            int codePoint = text.codePointAt(offset);
            offset += Character.charCount(codePoint);
            kinds[i] = codePoint == flags.dead() ? DEAD_FLAG : codePoint == flags.live() ? VISIBLE_LIVE : CHARACTER;
        }
        return kinds;
    }

    /** The slot right after the cell of the {@code count}-th visible character (0 for none). */
    private int slotAfterVisible(int count) {
        if (count == 0) {
            return 0;
        }
        int start = 0;
        int remaining = count;
        for (Block block : blocks) {
            if (remaining <= block.visible) {
                for (int i = 0; i < block.size; i++) {
                    if (block.kinds[i] == VISIBLE_LIVE && --remaining == 0) {
                        return start + i + 1;
                    }
                }
            }
            remaining -= block.visible;
            start += block.size;
        }
        throw new IllegalArgumentException("the text has fewer than " + count + " visible code points");
    }

    private byte kind(int slot) {
        int start = 0;
        for (Block block : blocks) {
            if (slot < start + block.size) {
                return block.kinds[slot - start];
            }
            start += block.size;
        }
        throw new IllegalArgumentException("slot " + slot + " is beyond the text of " + slots + " slots");
    }

    private void setKind(int slot, byte kind) {
        int start = 0;
        for (Block block : blocks) {
            if (slot < start + block.size) {
                byte old = block.kinds[slot - start];
                block.kinds[slot - start] = kind;
                int change = (kind == VISIBLE_LIVE ? 1 : 0) - (old == VISIBLE_LIVE ? 1 : 0);
                block.visible += change;
                visible += change;
                return;
            }
            start += block.size;
        }
    }

    private void insertSlots(int position, byte[] kinds) {
        byte before = position == 0 ? DEAD_FLAG : kind(position - 1);
        for (int i = 0; i < kinds.length; i++) {
            if (kinds[i] == VISIBLE_LIVE && (i == 0 ? before : kinds[i - 1]) != CHARACTER) {
                kinds[i] = HIDDEN_LIVE;
            }
        }
        int index = 0;
        int start = 0;
        while (index < blocks.size() && position > start + blocks.get(index).size) {
            start += blocks.get(index).size;
            index++;
        }
        byte[] merged;
        if (index == blocks.size()) {
            merged = kinds;
        } else {
            Block block = blocks.remove(index);
            visible -= block.visible;
            int offset = position - start;
            merged = new byte[block.size + kinds.length];
            System.arraycopy(block.kinds, 0, merged, 0, offset);
            System.arraycopy(kinds, 0, merged, offset, kinds.length);
            System.arraycopy(block.kinds, offset, merged, offset + kinds.length, block.size - offset);
        }
        int chunk = merged.length <= 2 * BLOCK ? merged.length : BLOCK;
        List<Block> parts = new ArrayList<>();
        for (int from = 0; from < merged.length; from += chunk) {
            Block part = new Block(merged, from, Math.min(merged.length, from + chunk));
            parts.add(part);
            visible += part.visible;
        }
        blocks.addAll(index, parts);
        slots += kinds.length;
        int after = position + kinds.length;
        if (after < slots && kind(after) == VISIBLE_LIVE && kinds[kinds.length - 1] != CHARACTER) {
            setKind(after, HIDDEN_LIVE); // a DEAD went into the cell this LIVE closes
        }
    }
}
