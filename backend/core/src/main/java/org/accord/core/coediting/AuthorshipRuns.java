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

    /**
     * The runs after {@code operation}, written by {@code author}, was applied to their text: one
     * pass over the runs, which keeps the runs it retains whole (no copy) and splits only those
     * an edit cuts through, so that a clause written by many hands costs a copy of references
     * per batch, not a new object per run.
     */
    AuthorshipRuns apply(TextOperation operation, String author) {
        if (operation.baseLength() != length) {
            throw new IllegalArgumentException("The operation applies to " + operation.baseLength()
                    + " characters, the runs cover " + length);
        }
        AuthorshipRuns result = new AuthorshipRuns(new ArrayList<>(runs.size() + 2));
        int index = 0;
        int offset = 0; // code points of runs.get(index) already passed
        for (Component component : operation.components()) {
            if (component instanceof Component.Insert) {
                result.append(component.length(), author);
                continue;
            }
            boolean keep = component instanceof Component.Retain;
            int remaining = component.length();
            while (remaining > 0) {
                AuthorshipRun run = runs.get(index);
                int taken = Math.min(remaining, run.length() - offset);
                if (keep) {
                    if (taken == run.length()) {
                        result.appendRun(run);
                    } else {
                        result.append(taken, run.author());
                    }
                }
                remaining -= taken;
                offset += taken;
                if (offset == run.length()) {
                    index++;
                    offset = 0;
                }
            }
        }
        return result;
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

    private void appendRun(AuthorshipRun run) {
        int last = runs.size() - 1;
        if (last >= 0 && runs.get(last).author().equals(run.author())) {
            runs.set(last, new AuthorshipRun(runs.get(last).length() + run.length(), run.author()));
            length += run.length();
        } else {
            runs.add(run);
            length += run.length();
        }
    }
}
