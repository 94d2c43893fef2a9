package org.accord.api.amendment;

/** What each kind of amendment must look like, shared by tabling and revising. */
final class AmendmentShape {

    private AmendmentShape() {
    }

    static void check(AmendmentKind kind, long baseRevision, int from, int to, String text) {
        if (kind == AmendmentKind.MOVE) {
            if (!text.isEmpty()) {
                throw new IllegalArgumentException("A move changes no wording");
            }
            return;
        }
        if (kind == AmendmentKind.NEW_CLAUSE) {
            if (text.isBlank()) {
                throw new IllegalArgumentException("A new clause needs a wording");
            }
            return;
        }
        if (baseRevision < 1) {
            throw new IllegalArgumentException("A base revision starts at 1, got " + baseRevision);
        }
        if (from < 0 || to < from) {
            throw new IllegalArgumentException("A range needs 0 <= from <= to, got [" + from + ", " + to + ")");
        }
        switch (kind) {
            case INSERTION -> {
                if (from != to || text.isEmpty()) {
                    throw new IllegalArgumentException("An insertion adds text at a point (from = to)");
                }
            }
            case SUBSTITUTION -> {
                if (from == to || text.isEmpty()) {
                    throw new IllegalArgumentException("A substitution replaces a non-empty range by text");
                }
            }
            case DELETION -> {
                if (from == to || !text.isEmpty()) {
                    throw new IllegalArgumentException("A deletion removes a non-empty range and adds no text");
                }
            }
            default -> throw new IllegalStateException(kind.name());
        }
    }
}
