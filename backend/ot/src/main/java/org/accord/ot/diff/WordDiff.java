package org.accord.ot.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Word-level diffs of wordings, for track changes: {@link #of} shows an amendment (code points
 * {@code [from, to)} of a wording become a new text; the replaced words are diffed against the new
 * words, so a change of one word in a long phrase shows as that word struck out and its
 * replacement inserted), {@link #between} two whole wordings (the history's comparison of two
 * points). Tokens are runs of letters, marks and digits, runs of white space, or single other code
 * points; the diff is the longest common subsequence of tokens. Pure Java, no dependencies.
 */
public final class WordDiff {

    /** Above this many token comparisons the replaced range is shown deleted and the new text inserted whole. */
    public static final int MAX_CELLS = 250_000;
    private static final Pattern TOKEN = Pattern.compile("\\s+|[\\p{L}\\p{M}\\p{N}]+|.", Pattern.DOTALL);

    public enum Kind { SAME, DELETED, INSERTED }

    public record Segment(Kind kind, String text) {
    }

    private WordDiff() {
    }

    /**
     * The wording {@code base} with code points {@code [from, to)} replaced by {@code text}, as
     * segments in reading order; adjacent segments never share a kind and none is empty.
     */
    public static List<Segment> of(String base, int from, int to, String text) {
        int length = base.codePointCount(0, base.length());
        if (from < 0 || to < from || to > length) {
            throw new IllegalArgumentException("Range [" + from + ", " + to + ") is outside a wording of "
                    + length + " code points");
        }
        int start = base.offsetByCodePoints(0, from);
        int end = base.offsetByCodePoints(start, to - from);
        Segments out = new Segments();
        out.add(Kind.SAME, base.substring(0, start));
        diffWords(base.substring(start, end), text, out);
        out.add(Kind.SAME, base.substring(end));
        return out.list;
    }

    /**
     * The word-level diff of two whole texts, as segments in reading order: joining the
     * {@code SAME} and {@code DELETED} segments gives {@code before}, the {@code SAME} and
     * {@code INSERTED} ones {@code after}; adjacent segments never share a kind and none is empty.
     * The tokens both texts begin and end with are set aside first, so that a long wording with a
     * small change costs little more than reading it; above {@link #MAX_CELLS} token comparisons
     * the rest is shown deleted, then inserted, whole.
     */
    public static List<Segment> between(String before, String after) {
        List<String> a = tokens(before);
        List<String> b = tokens(after);
        int prefix = 0;
        while (prefix < a.size() && prefix < b.size() && a.get(prefix).equals(b.get(prefix))) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < a.size() - prefix && suffix < b.size() - prefix
                && a.get(a.size() - 1 - suffix).equals(b.get(b.size() - 1 - suffix))) {
            suffix++;
        }
        Segments out = new Segments();
        out.add(Kind.SAME, String.join("", a.subList(0, prefix)));
        diffTokens(a.subList(prefix, a.size() - suffix), b.subList(prefix, b.size() - suffix), out);
        out.add(Kind.SAME, String.join("", a.subList(a.size() - suffix, a.size())));
        return out.list;
    }

    private static void diffWords(String replaced, String replacement, Segments out) {
        diffTokens(tokens(replaced), tokens(replacement), out);
    }

    private static void diffTokens(List<String> before, List<String> after, Segments out) {
        if ((long) before.size() * after.size() > MAX_CELLS) {
            out.change(String.join("", before), String.join("", after));
            return;
        }
        List<Segment> steps = lcsSteps(before, after);
        StringBuilder deleted = new StringBuilder();
        StringBuilder inserted = new StringBuilder();
        for (int i = 0; i < steps.size(); i++) {
            Segment step = steps.get(i);
            boolean blankBetweenChanges = step.kind() == Kind.SAME && step.text().isBlank()
                    && (deleted.length() > 0 || inserted.length() > 0) && changeFollows(steps, i);
            if (step.kind() == Kind.SAME && !blankBetweenChanges) {
                out.change(deleted.toString(), inserted.toString());
                deleted.setLength(0);
                inserted.setLength(0);
                out.add(Kind.SAME, step.text());
            } else {
                if (step.kind() != Kind.INSERTED) {
                    deleted.append(step.text());
                }
                if (step.kind() != Kind.DELETED) {
                    inserted.append(step.text());
                }
            }
        }
        out.change(deleted.toString(), inserted.toString());
    }

    private static boolean changeFollows(List<Segment> steps, int i) {
        return i + 1 < steps.size() && steps.get(i + 1).kind() != Kind.SAME;
    }

    /** One step per token: kept, deleted or inserted, by the longest common subsequence. */
    private static List<Segment> lcsSteps(List<String> a, List<String> b) {
        int n = a.size();
        int m = b.size();
        int[][] common = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                common[i][j] = a.get(i).equals(b.get(j)) ? common[i + 1][j + 1] + 1
                        : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        List<Segment> steps = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && a.get(i).equals(b.get(j))) {
                steps.add(new Segment(Kind.SAME, a.get(i++)));
                j++;
            } else if (j < m && (i == n || common[i][j + 1] >= common[i + 1][j])) {
                steps.add(new Segment(Kind.INSERTED, b.get(j++)));
            } else {
                steps.add(new Segment(Kind.DELETED, a.get(i++)));
            }
        }
        return steps;
    }

    static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher matcher = TOKEN.matcher(text);
        while (matcher.find()) {
            tokens.add(matcher.group());
        }
        return tokens;
    }

    /** Appends segments, merging neighbours of one kind and dropping empty ones. */
    private static final class Segments {
        final List<Segment> list = new ArrayList<>();

        void change(String deleted, String inserted) {
            add(Kind.DELETED, deleted);
            add(Kind.INSERTED, inserted);
        }

        void add(Kind kind, String text) {
            if (text.isEmpty()) {
                return;
            }
            int last = list.size() - 1;
            if (last >= 0 && list.get(last).kind() == kind) {
                list.set(last, new Segment(kind, list.get(last).text() + text));
            } else {
                list.add(new Segment(kind, text));
            }
        }
    }
}
