package org.accord.ui.workspace;

import java.util.Optional;

/** Where words a person typed stand in a wording, in code points (what amendments count in). Pure. */
final class Phrases {

    private Phrases() {
    }

    /** The code-point range {@code [from, to)} of the {@code occurrence}-th (from 1) {@code phrase} in {@code wording}. */
    static Optional<int[]> find(String wording, String phrase, int occurrence) {
        if (phrase.isEmpty() || occurrence < 1) {
            return Optional.empty();
        }
        int at = -1;
        for (int seen = 0; seen < occurrence; seen++) {
            at = wording.indexOf(phrase, at + 1);
            if (at < 0) {
                return Optional.empty();
            }
        }
        int from = wording.codePointCount(0, at);
        return Optional.of(new int[]{from, from + phrase.codePointCount(0, phrase.length())});
    }

    /** How often {@code phrase} occurs in {@code wording}, overlapping occurrences included. */
    static int count(String wording, String phrase) {
        if (phrase.isEmpty()) {
            return 0;
        }
        int count = 0;
        for (int at = wording.indexOf(phrase); at >= 0; at = wording.indexOf(phrase, at + 1)) {
            count++;
        }
        return count;
    }
}
