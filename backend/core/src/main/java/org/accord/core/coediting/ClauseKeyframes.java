package org.accord.core.coediting;

import org.accord.api.shared.ArticleId;
import org.accord.api.shared.NegotiationId;
import org.accord.core.infrastructure.AfterCommitExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Writes the keyframes of {@code clause_edit_log} (every {@link ClauseEditStore#KEYFRAME_EVERY}
 * revisions) on a thread of their own, once the revision's row is committed. Folding a long
 * clause's state and writing its wording and authorship took milliseconds; inside the edit's own
 * transaction it held up every batch of the negotiation queued behind it, and it was the largest
 * part of the editors' latency tail (docs/benchmarks.md, Full stack). A keyframe only shortens
 * loading: a revision whose keyframe was never written (the server stopped first) is loaded from
 * the keyframe before it, with more operations folded.
 */
@Component
class ClauseKeyframes implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ClauseKeyframes.class);

    private final ClauseEditStore store;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(task -> {
        Thread worker = new Thread(task, "accord-clause-keyframes");
        worker.setDaemon(true);
        return worker;
    });
    private final AfterCommitExecutor afterCommit = new AfterCommitExecutor(thread);

    ClauseKeyframes(ClauseEditStore store) {
        this.store = store;
    }

    /** After the current transaction commits (at once if none), writes the clause's keyframe at {@code revision}. */
    void write(NegotiationId negotiation, ArticleId clause, long revision) {
        afterCommit.execute(() -> {
            try {
                store.stateAt(negotiation, clause, revision)
                        .filter(state -> state.revision() == revision)
                        .ifPresent(state -> store.keyframe(negotiation, clause, state));
            } catch (RuntimeException e) {
                log.warn("Could not write the keyframe of clause {} of {} at revision {}; it loads from an earlier one",
                        clause, negotiation, revision, e);
            }
        });
    }

    @Override
    public void destroy() throws InterruptedException {
        thread.shutdown();
        thread.awaitTermination(10, TimeUnit.SECONDS);
    }
}
