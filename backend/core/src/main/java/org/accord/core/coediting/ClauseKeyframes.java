package org.accord.core.coediting;

import org.accord.api.shared.ArticleId;
import org.accord.api.shared.NegotiationId;
import org.accord.core.infrastructure.AfterCommitExecutor;
import org.accord.core.infrastructure.DaemonThreads;
import org.accord.core.infrastructure.DerivedWrites;
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
 * <p>
 * A clause has at most one keyframe waiting: one asked for while an earlier one of the same
 * clause still waits replaces it (the later keyframe serves every load the earlier one would).
 * Under a sustained load the thread fell behind, and its backlog kept a core busy long after the
 * load ended (ADR 0026); now it writes what it can, and a skipped keyframe only means that a
 * load folds the operations since the one before. A keyframe commits without waiting for the
 * disk ({@link DerivedWrites}): its large row no longer holds up the editors' durable commits.
 */
@Component
class ClauseKeyframes implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ClauseKeyframes.class);

    private record Clause(NegotiationId negotiation, ArticleId clause) {
    }

    private final ClauseEditStore store;
    private final DerivedWrites derived;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(DaemonThreads.named("accord-clause-keyframes"));
    /** Runs the request on the committing thread, once its revision is committed. */
    private final AfterCommitExecutor afterCommit = new AfterCommitExecutor(Runnable::run);
    private final LatestPerKey<Clause> waiting = new LatestPerKey<>(thread, this::writeNow);

    ClauseKeyframes(ClauseEditStore store, DerivedWrites derived) {
        this.store = store;
        this.derived = derived;
    }

    /** After the current transaction commits (at once if none), writes the clause's keyframe at {@code revision}. */
    void write(NegotiationId negotiation, ArticleId clause, long revision) {
        afterCommit.execute(() -> waiting.request(new Clause(negotiation, clause), revision));
    }

    private void writeNow(Clause clause, long revision) {
        try {
            derived.inOwnTransaction(() -> store.stateAt(clause.negotiation(), clause.clause(), revision)
                    .filter(state -> state.revision() == revision)
                    .ifPresent(state -> store.keyframe(clause.negotiation(), clause.clause(), state)));
        } catch (RuntimeException e) {
            log.warn("Could not write the keyframe of clause {} of {} at revision {}; it loads from an earlier one",
                    clause.clause(), clause.negotiation(), revision, e);
        }
    }

    @Override
    public void destroy() throws InterruptedException {
        thread.shutdown();
        thread.awaitTermination(10, TimeUnit.SECONDS);
    }
}
