package org.accord.core.coediting;

import org.accord.api.coediting.AuthorshipRun;
import org.accord.ot.Component;
import org.accord.ot.TextOperation;

import java.util.ArrayList;
import java.util.List;

/**
 * Who wrote which part of a wording, as runs of code points: an operation by one author keeps
 * the runs it retains, drops what it deletes and adds what it inserts under that author's name.
 * Adjacent runs of the same author are merged, so the runs stay as few as the text's authors
 * alternate.
 */
final class AuthorshipRuns {

    private final List<AuthorshipRun> runs;
    private int length;

    /** Takes {@code runs} as they are: adjacent runs of one author must already be merged. */
    private AuthorshipRuns(List<AuthorshipRun> runs) {
        this.runs = runs;
        this.length = runs.stream().mapToInt(AuthorshipRun::length).sum();
    }

    static AuthorshipRuns of(List<AuthorshipRun> runs) {
        AuthorshipRuns result = new AuthorshipRuns(new ArrayList<>());
        runs.forEach(run -> result.append(run.length(), run.author()));
        return result;
    }

    /** A whole text written by one author. */
    static AuthorshipRuns single(int length, String author) {
        AuthorshipRuns result = new AuthorshipRuns(new ArrayList<>());
        result.append(length, author);
        return result;
    }

    List<AuthorshipRun> runs() {
        return List.copyOf(runs);
    }

    int length() {
        return length;
    }

    /** The runs after {@code operation}, written by {@code author}, was applied to their text; these stay as they are. */
    AuthorshipRuns apply(TextOperation operation, String author) {
        AuthorshipRuns copy = new AuthorshipRuns(new ArrayList<>(runs));
        copy.applyInPlace(operation, author);
        return copy;
    }

    /**
     * Changes these runs as {@code operation}, written by {@code author}, changes their text. Only
     * the runs an edit touches are replaced: the pass counts its way to each edit and splits,
     * shortens, removes or inserts runs there, then merges neighbours of one author around the
     * edits, so a clause written by many hands costs no new object per run.
     */
    void applyInPlace(TextOperation operation, String author) {
        if (operation.baseLength() != length) {
            throw new IllegalArgumentException("The operation applies to " + operation.baseLength()
                    + " characters, the runs cover " + length);
        }
        int index = 0;      // the run at the cursor
        int offset = 0;     // code points of that run before the cursor
        int firstTouched = -1;
        int lastTouched = -1;
        for (Component component : operation.components()) {
            int count = component.length();
            if (component instanceof Component.Retain) {
                while (count > 0) {
                    int left = runs.get(index).length() - offset;
                    if (count < left) {
                        offset += count;
                        count = 0;
                    } else {
                        count -= left;
                        index++;
                        offset = 0;
                    }
                }
                continue;
            }
            if (offset > 0) {
                AuthorshipRun run = runs.get(index);
                runs.set(index, new AuthorshipRun(offset, run.author()));
                runs.add(index + 1, new AuthorshipRun(run.length() - offset, run.author()));
                index++;
                offset = 0;
            }
            if (firstTouched < 0) {
                firstTouched = index;
            }
            if (component instanceof Component.Delete) {
                length -= count;
                while (count > 0) {
                    AuthorshipRun run = runs.get(index);
                    if (run.length() <= count) {
                        runs.remove(index);
                        count -= run.length();
                    } else {
                        runs.set(index, new AuthorshipRun(run.length() - count, run.author()));
                        count = 0;
                    }
                }
            } else {
                runs.add(index, new AuthorshipRun(count, author));
                length += count;
                index++;
            }
            lastTouched = index;
        }
        if (firstTouched >= 0) {
            mergeNeighbours(Math.max(1, firstTouched), lastTouched);
        }
    }

    /** Merges runs of one author that became neighbours among the runs {@code [from - 1, to]}. */
    private void mergeNeighbours(int from, int to) {
        int i = from;
        int end = Math.min(to, runs.size() - 1);
        while (i <= end) {
            AuthorshipRun previous = runs.get(i - 1);
            AuthorshipRun run = runs.get(i);
            if (previous.author().equals(run.author())) {
                runs.set(i - 1, new AuthorshipRun(previous.length() + run.length(), run.author()));
                runs.remove(i);
                end--;
            } else {
                i++;
            }
        }
    }

    /** The runs of code points {@code [from, to)}. */
    List<AuthorshipRun> slice(int from, int to) {
        List<AuthorshipRun> slice = new ArrayList<>();
        int start = 0;
        for (AuthorshipRun run : runs) {
            int end = start + run.length();
            int overlap = Math.min(end, to) - Math.max(start, from);
            if (overlap > 0) {
                slice.add(new AuthorshipRun(overlap, run.author()));
            }
            if (end >= to) {
                break;
            }
            start = end;
        }
        return slice;
    }

    /**
     * The runs of {@code text}, a wording made of a head kept from {@code before} (the longest
     * common prefix) and a tail kept from {@code after} (the longest common suffix of the rest);
     * what lies between is {@code author}'s. Splitting keeps each part's authors; merging keeps
     * both clauses' authors.
     */
    static AuthorshipRuns stitch(String before, AuthorshipRuns beforeRuns, String after, AuthorshipRuns afterRuns,
                                 String text, String author) {
        int[] textPoints = text.codePoints().toArray();
        int[] beforePoints = before.codePoints().toArray();
        int[] afterPoints = after.codePoints().toArray();
        int prefix = 0;
        while (prefix < textPoints.length && prefix < beforePoints.length && textPoints[prefix] == beforePoints[prefix]) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < textPoints.length - prefix && suffix < afterPoints.length
                && textPoints[textPoints.length - 1 - suffix] == afterPoints[afterPoints.length - 1 - suffix]) {
            suffix++;
        }
        AuthorshipRuns result = new AuthorshipRuns(new ArrayList<>());
        result.appendAll(beforeRuns.slice(0, prefix));
        result.append(textPoints.length - prefix - suffix, author);
        result.appendAll(afterRuns.slice(afterPoints.length - suffix, afterPoints.length));
        return result;
    }

    static AuthorshipRuns empty() {
        return new AuthorshipRuns(new ArrayList<>());
    }

    private void appendAll(List<AuthorshipRun> more) {
        more.forEach(run -> append(run.length(), run.author()));
    }

    private void append(int count, String author) {
        if (count == 0) {
            return;
        }
        int last = runs.size() - 1;
        if (last >= 0 && runs.get(last).author().equals(author)) {
            runs.set(last, new AuthorshipRun(runs.get(last).length() + count, author));
        } else {
            runs.add(new AuthorshipRun(count, author));
        }
        length += count;
    }
}
