package org.accord.api.history;

import java.util.List;

/**
 * A page of the timeline; {@code nextAfter} is the {@code afterSequence} of the next page, or null
 * when this page is the last.
 */
public record TimelinePage(List<TimelineEntry> entries, Long nextAfter) {

    public TimelinePage {
        entries = List.copyOf(entries);
    }
}
