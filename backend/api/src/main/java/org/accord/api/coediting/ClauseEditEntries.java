package org.accord.api.coediting;

import java.util.List;

/**
 * Answer to {@link FindClauseEdits}: the entries after the asked revision, oldest first; or,
 * with {@code resyncRequired}, none because the client must reload the clause (its revision is
 * older than the kept window, the clause was split or merged since, or it does not exist).
 */
public record ClauseEditEntries(List<ClauseEditEntry> entries, boolean resyncRequired) {

    public ClauseEditEntries {
        entries = List.copyOf(entries);
    }

    public static ClauseEditEntries resync() {
        return new ClauseEditEntries(List.of(), true);
    }
}
