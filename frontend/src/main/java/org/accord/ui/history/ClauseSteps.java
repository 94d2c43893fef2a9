package org.accord.ui.history;

import org.accord.api.history.FindTimeline;
import org.accord.api.history.TimelineEntry;
import org.accord.api.history.TimelinePage;
import org.accord.api.shared.ArticleId;
import org.accord.api.shared.NegotiationId;

import java.util.List;
import java.util.OptionalLong;
import java.util.Set;

/**
 * The next or previous act on one clause, from the timeline filtered by that clause, so that
 * stepping within a clause reaches every keystroke batch of its co-editing. The timeline pages
 * forwards only (keyset); the previous act is found in windows before the current point that
 * double until one holds an act on the clause: a few index range scans, never a count.
 */
final class ClauseSteps {

    private static final int WINDOW = FindTimeline.MAX_LIMIT;

    private final HistoryClient client;

    ClauseSteps(HistoryClient client) {
        this.client = client;
    }

    OptionalLong next(NegotiationId id, ArticleId clause, long after) {
        TimelinePage page = client.timeline(query(id, clause, after, 1));
        return page.entries().isEmpty() ? OptionalLong.empty() : OptionalLong.of(page.entries().get(0).sequence());
    }

    OptionalLong previous(NegotiationId id, ArticleId clause, long before) {
        long span = WINDOW;
        while (true) {
            long start = Math.max(-1, before - span);
            OptionalLong found = lastBefore(id, clause, start, before);
            if (found.isPresent() || start == -1) {
                return found;
            }
            span *= 2;
        }
    }

    /** The last act on the clause in {@code (start, before)}, paging forward through that window. */
    private OptionalLong lastBefore(NegotiationId id, ArticleId clause, long start, long before) {
        OptionalLong last = OptionalLong.empty();
        long after = start;
        while (true) {
            List<TimelineEntry> entries = client.timeline(query(id, clause, after, WINDOW)).entries();
            for (TimelineEntry entry : entries) {
                if (entry.sequence() >= before) {
                    return last;
                }
                last = OptionalLong.of(entry.sequence());
            }
            if (entries.size() < WINDOW) {
                return last;
            }
            after = entries.get(entries.size() - 1).sequence();
        }
    }

    private static FindTimeline query(NegotiationId id, ArticleId clause, long after, int limit) {
        return new FindTimeline(id, null, clause, Set.of(), null, null, after, limit);
    }
}
