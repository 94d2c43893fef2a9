package org.accord.tools.trace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.accord.ot.Priority;
import org.accord.ot.TextOperation;
import org.junit.jupiter.api.Test;

class TombstoneTextTest {

    private static final TombstoneText.Flags FLAGS = new TombstoneText.Flags(0xFDD0, 0xFDD1);
    private static final String L = "\uFDD0";
    private static final String D = "\uFDD1";

    @Test
    void deletingAddsADeadFlagInsideTheCellAndInsertingAddsCellsAfterTheLeftVisibleNeighbour() {
        TombstoneText text = new TombstoneText(FLAGS, TombstoneText.encode("a😀b", FLAGS));

        TextOperation deletion = text.applyPatches(List.of(Patch.of(1, 1, "")), 0);
        TextOperation insertion = text.applyPatches(List.of(Patch.of(1, 0, "𝄞")), 1);

        assertThat(deletion).isEqualTo(TextOperation.builder().retain(3).insert(D).retain(3).build());
        assertThat(insertion).isEqualTo(TextOperation.builder().retain(2).insert("𝄞" + L).retain(5).build());
        String encoded = insertion.apply(deletion.apply(TombstoneText.encode("a😀b", FLAGS)));
        assertThat(encoded).isEqualTo("a" + L + "𝄞" + L + "😀" + D + L + "b" + L);
        assertThat(TombstoneText.visibleText(encoded, FLAGS)).isEqualTo("a𝄞b");
        assertThat(text.visibleLength()).isEqualTo(3);
    }

    @Test
    void patchesOfOneTransactionAreTranslatedOneAfterTheOther() {
        TombstoneText text = new TombstoneText(FLAGS, TombstoneText.encode("xy", FLAGS));

        // insert "c" after x, then delete x: c stays after x's tombstone, as the author saw it
        TextOperation transaction = text.applyPatches(List.of(Patch.of(1, 0, "c"), Patch.of(0, 1, "")), 0);

        assertThat(transaction.apply(TombstoneText.encode("xy", FLAGS))).isEqualTo("x" + D + L + "c" + L + "y" + L);
    }

    /** The case that makes plain positions fail on peer-to-peer traces (friendsforever, txns 22360-22377). */
    @Test
    void typingInPlaceOfADeletedCharacterStaysBeforeTextTypedConcurrentlyAfterIt() {
        String base = TombstoneText.encode("s.X", FLAGS);
        TombstoneText author = new TombstoneText(FLAGS, base);
        TombstoneText other = new TombstoneText(FLAGS, base);
        TextOperation replaceDot = author.applyPatches(List.of(Patch.of(1, 1, ""), Patch.of(1, 0, ",")), 0);
        TextOperation afterDot = other.applyPatches(List.of(Patch.of(2, 0, " The")), 1);

        for (Priority priority : Priority.values()) {
            String merged = TextOperation.transform(replaceDot, afterDot, priority).bPrime().apply(replaceDot.apply(base));
            assertThat(TombstoneText.visibleText(merged, FLAGS)).isEqualTo("s, TheX");
        }
    }

    @Test
    void concurrentDeletionsOfOneCharacterLeaveItHidden() {
        String base = TombstoneText.encode("ab", FLAGS);
        TextOperation one = new TombstoneText(FLAGS, base).applyPatches(List.of(Patch.of(0, 1, "")), 0);
        TextOperation two = new TombstoneText(FLAGS, base).applyPatches(List.of(Patch.of(0, 2, "")), 1);

        String merged = TextOperation.transform(one, two, Priority.LEFT).bPrime().apply(one.apply(base));
        TombstoneText index = new TombstoneText(FLAGS, merged);

        assertThat(TombstoneText.visibleText(merged, FLAGS)).isEmpty();
        assertThat(index.visibleLength()).isZero();
        assertThat(index.applyPatches(List.of(Patch.of(0, 0, "z")), 2).apply(merged)).startsWith("z" + L + "a");
    }

    @Test
    void aLongTextIsIndexedAcrossBlocks() {
        String plain = "ab😀".repeat(1000);
        TombstoneText text = new TombstoneText(FLAGS, TombstoneText.encode(plain, FLAGS));
        String encoded = TombstoneText.encode(plain, FLAGS);

        for (int i = 0; i < 50; i++) {
            int position = (i * 997) % text.visibleLength();
            encoded = text.applyPatches(List.of(Patch.of(position, 2, "é")), i).apply(encoded);
        }

        assertThat(text.visibleLength()).isEqualTo(3000 - 50);
        assertThat(new TombstoneText(FLAGS, encoded).visibleLength()).isEqualTo(text.visibleLength());
        assertThat(TombstoneText.visibleText(encoded, FLAGS).codePointCount(0, TombstoneText.visibleText(encoded, FLAGS).length()))
                .isEqualTo(text.visibleLength());
    }

    @Test
    void flagsAreNoncharactersTheTraceDoesNotUse() {
        EditingTrace trace = new EditingTrace(EditingTrace.Kind.CONCURRENT, "\uFDD0", "", 1,
                List.of(new Transaction(0, List.of(), List.of(Patch.of(0, 0, "\uFDD2")))));

        assertThat(TombstoneText.chooseFlags(trace)).isEqualTo(new TombstoneText.Flags(0xFDD1, 0xFDD3));
    }

    @Test
    void aPatchBeyondTheVisibleTextIsReported() {
        TombstoneText text = new TombstoneText(FLAGS, TombstoneText.encode("ab", FLAGS) + "c" + D + L);

        assertThatThrownBy(() -> text.applyPatches(List.of(Patch.of(2, 1, "")), 7))
                .isInstanceOf(TraceFormatException.class)
                .hasMessage("txns[7].patches[0]: position 2 with delete count 1 is outside the text of 2 code points");
    }
}
