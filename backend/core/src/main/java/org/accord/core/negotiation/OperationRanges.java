package org.accord.core.negotiation;

import org.accord.ot.Component;
import org.accord.ot.TextOperation;

import java.util.ArrayList;
import java.util.List;

/**
 * An operation as the successive range replacements it makes, each in the coordinates left by
 * the previous ones, so that amendment ranges can be carried over it with {@link TextRange#rebase}.
 */
final class OperationRanges {

    record Replacement(int from, int to, int insertedLength) {
    }

    private OperationRanges() {
    }

    static List<Replacement> of(TextOperation operation) {
        List<Replacement> replacements = new ArrayList<>();
        int position = 0;
        int deleted = 0;
        int inserted = 0;
        for (Component component : operation.components()) {
            if (component instanceof Component.Retain retain) {
                if (deleted + inserted > 0) {
                    replacements.add(new Replacement(position, position + deleted, inserted));
                    position += inserted;
                    deleted = 0;
                    inserted = 0;
                }
                position += retain.length();
            } else if (component instanceof Component.Delete delete) {
                deleted += delete.length();
            } else if (component instanceof Component.Insert insert) {
                inserted += insert.length();
            }
        }
        if (deleted + inserted > 0) {
            replacements.add(new Replacement(position, position + deleted, inserted));
        }
        return replacements;
    }
}
