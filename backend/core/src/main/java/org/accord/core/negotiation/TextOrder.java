package org.accord.core.negotiation;

import org.accord.api.drafting.ClauseKind;
import org.accord.api.shared.ArticleId;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The reading order of a charter and the numbers that follow from it: the preamble first
 * (unnumbered), then each article (numbered 1, 2, …) followed by its paragraphs (numbered within
 * it). Numbers are presentation; identities never change. Used by the aggregate (frozen texts)
 * and by the read model (what people see), so both number alike.
 */
final class TextOrder {

    /** Where a unit sits in the structure. */
    record Unit(ArticleId id, ClauseKind kind, ArticleId parent) {
    }

    /** An item at its place in the text, with its derived number (0 for the preamble). */
    record Placed<T>(T item, int number) {
    }

    private TextOrder() {
    }

    /** {@code items} in their stored order (the order in which they were added or moved). */
    static <T> List<Placed<T>> of(List<T> items, Function<T, Unit> unit) {
        List<Placed<T>> placed = new ArrayList<>();
        items.stream().filter(i -> unit.apply(i).kind() == ClauseKind.PREAMBLE)
                .forEach(i -> placed.add(new Placed<>(i, 0)));
        int article = 0;
        for (T candidate : items) {
            if (unit.apply(candidate).kind() != ClauseKind.ARTICLE) {
                continue;
            }
            placed.add(new Placed<>(candidate, ++article));
            int paragraph = 0;
            for (T child : items) {
                Unit childUnit = unit.apply(child);
                if (childUnit.kind() == ClauseKind.PARAGRAPH && unit.apply(candidate).id().equals(childUnit.parent())) {
                    placed.add(new Placed<>(child, ++paragraph));
                }
            }
        }
        return placed;
    }
}
