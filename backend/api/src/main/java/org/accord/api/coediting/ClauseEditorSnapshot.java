package org.accord.api.coediting;

import java.util.List;

/**
 * A clause as a co-editing client loads it: the wording at {@code revision} and, in runs that
 * cover it exactly, who wrote which part of it.
 */
public record ClauseEditorSnapshot(long revision, String text, List<AuthorshipRun> authorship) {

    public ClauseEditorSnapshot {
        authorship = List.copyOf(authorship);
    }
}
