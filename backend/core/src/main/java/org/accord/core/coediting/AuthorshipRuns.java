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

    private AuthorshipRuns(List<AuthorshipRun> runs) {
        this.runs = runs;
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
        return runs.stream().mapToInt(AuthorshipRun::length).sum();
    }

    /** The runs after {@code operation}, written by {@code author}, was applied to their text. */
    AuthorshipRuns apply(TextOperation operation, String author) {
        if (operation.baseLength() != length()) {
            throw new IllegalArgumentException("The operation applies to " + operation.baseLength()
                    + " characters, the runs cover " + length());
        }
        AuthorshipRuns result = new AuthorshipRuns(new ArrayList<>());
        int position = 0;
        for (Component component : operation.components()) {
            if (component instanceof Component.Retain retain) {
                result.appendAll(slice(position, position + retain.length()));
                position += retain.length();
            } else if (component instanceof Component.Delete delete) {
                position += delete.length();
            } else {
                result.append(component.length(), author);
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

    private void append(int length, String author) {
        if (length == 0) {
            return;
        }
        int last = runs.size() - 1;
        if (last >= 0 && runs.get(last).author().equals(author)) {
            runs.set(last, new AuthorshipRun(runs.get(last).length() + length, author));
        } else {
            runs.add(new AuthorshipRun(length, author));
        }
    }
}
