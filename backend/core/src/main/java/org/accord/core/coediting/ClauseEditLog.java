package org.accord.core.coediting;

import org.accord.api.coediting.AuthorshipRun;
import org.accord.api.coediting.ClauseEditEntry;
import org.accord.api.coediting.ClauseEdited;
import org.accord.api.coediting.WatchClauseEdits;
import org.accord.api.drafting.ClauseRevised;
import org.accord.api.drafting.ClauseSplit;
import org.accord.api.drafting.ClausesMerged;
import org.accord.api.drafting.ParagraphAdded;
import org.accord.api.drafting.PreambleParagraphAdded;
import org.accord.api.negotiation.ArticleAdded;
import org.accord.api.shared.Actor;
import org.accord.api.shared.ArticleId;
import org.accord.api.shared.NegotiationId;
import org.accord.ot.TextOperation;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Keeps {@code clause_edit_log} and tells co-editing sessions about every new revision. It runs
 * in a <em>subscribing</em> processor: in the command's own unit of work and database
 * transaction, so the row commits with the event or not at all, and the update reaches
 * {@link WatchClauseEdits} subscribers after that commit (the emitter defers it), in revision
 * order (the negotiation's lock is held until then). docs/adr/0014.
 */
@Component
@ProcessingGroup(ClauseEditLog.PROCESSING_GROUP)
class ClauseEditLog {

    static final String PROCESSING_GROUP = "clause-edit-log";

    /** The unit of work's resource holding the revisions not yet inserted. */
    private static final String PENDING = ClauseEditLog.class.getName() + ".pending";

    private final ClauseEditStore store;
    private final ClauseKeyframes keyframes;
    private final QueryUpdateEmitter updates;

    ClauseEditLog(ClauseEditStore store, ClauseKeyframes keyframes, QueryUpdateEmitter updates) {
        this.store = store;
        this.keyframes = keyframes;
        this.updates = updates;
    }

    @EventHandler
    void on(ArticleAdded event, @Timestamp Instant at) {
        started(event.negotiationId(), event.articleId(), 1, event.text(), event.by(), at);
    }

    @EventHandler
    void on(ParagraphAdded event, @Timestamp Instant at) {
        started(event.negotiationId(), event.clauseId(), 1, event.text(), event.by(), at);
    }

    @EventHandler
    void on(PreambleParagraphAdded event, @Timestamp Instant at) {
        started(event.negotiationId(), event.clauseId(), 1, event.text(), event.by(), at);
    }

    @EventHandler
    void on(ClauseEdited event, @Timestamp Instant at) {
        ClauseEditEntry entry = new ClauseEditEntry(event.negotiationId(), event.clauseId(), event.revision(),
                event.operation(), event.clientId(), event.clientSeq(), event.by().delegation(),
                event.by().displayName(), false);
        changed(entry, at);
    }

    @EventHandler
    void on(ClauseRevised event, @Timestamp Instant at) {
        int length = event.wording().codePointCount(0, event.wording().length());
        int inserted = event.replacement().codePointCount(0, event.replacement().length());
        TextOperation operation = TextOperation.builder()
                .retain(event.from())
                .delete(event.to() - event.from())
                .insert(event.replacement())
                .retain(length - event.from() - inserted)
                .build();
        ClauseEditEntry entry = new ClauseEditEntry(event.negotiationId(), event.clauseId(), event.revision(),
                operation.toJson(), null, 0, event.by().delegation(), event.by().displayName(), false);
        changed(entry, at);
    }

    @EventHandler
    void on(ClauseSplit event, @Timestamp Instant at) {
        ClauseState before = current(event.negotiationId(), event.clauseId());
        String author = author(event.by());
        restarted(event.negotiationId(), event.clauseId(), event.revision(), event.firstWording(),
                AuthorshipRuns.stitch(before.text(), before.authorship(), "", AuthorshipRuns.empty(),
                        event.firstWording(), author), event.by(), at);
        restarted(event.negotiationId(), event.newClauseId(), 1, event.secondWording(),
                AuthorshipRuns.stitch("", AuthorshipRuns.empty(), before.text(), before.authorship(),
                        event.secondWording(), author), event.by(), at);
    }

    @EventHandler
    void on(ClausesMerged event, @Timestamp Instant at) {
        ClauseState first = current(event.negotiationId(), event.clauseId());
        ClauseState second = current(event.negotiationId(), event.mergedClauseId());
        restarted(event.negotiationId(), event.clauseId(), event.revision(), event.wording(),
                AuthorshipRuns.stitch(first.text(), first.authorship(), second.text(), second.authorship(),
                        event.wording(), author(event.by())), event.by(), at);
        // the merged clause is gone: its editors are told to reload, nothing more is recorded for it
        emit(restart(event.negotiationId(), event.mergedClauseId(), second.revision() + 1, event.by()));
    }

    private void started(NegotiationId negotiation, ArticleId clause, long revision, String text, Actor by,
                         Instant at) {
        restarted(negotiation, clause, revision, text,
                AuthorshipRuns.single(text.codePointCount(0, text.length()), author(by)), by, at);
    }

    private void restarted(NegotiationId negotiation, ArticleId clause, long revision, String text,
                           AuthorshipRuns authorship, Actor by, Instant at) {
        ClauseEditEntry entry = restart(negotiation, clause, revision, by);
        flush();
        store.record(entry, Optional.of(new ClauseState(revision, text, authorship)), at);
        emit(entry);
    }

    /**
     * A new revision; every {@link ClauseEditStore#KEYFRAME_EVERY} its keyframe follows, after the
     * commit. The revisions of one batch of events (all those of a group commit, ADR 0020) are
     * inserted together when the batch's unit of work prepares its commit.
     */
    private void changed(ClauseEditEntry entry, Instant at) {
        if (CurrentUnitOfWork.isStarted()) {
            UnitOfWork<?> unit = CurrentUnitOfWork.get();
            unit.<List<ClauseEditStore.Revision>>getOrComputeResource(PENDING, key -> {
                List<ClauseEditStore.Revision> pending = new ArrayList<>();
                unit.onPrepareCommit(u -> flush(u));
                return pending;
            }).add(new ClauseEditStore.Revision(entry, at));
        } else {
            store.record(entry, Optional.empty(), at);
        }
        if (entry.revision() % ClauseEditStore.KEYFRAME_EVERY == 0) {
            keyframes.write(entry.negotiationId(), entry.clauseId(), entry.revision());
        }
        emit(entry);
    }

    /** Inserts the unit of work's pending revisions, before anything reads or writes the log. */
    private void flush(UnitOfWork<?> unit) {
        List<ClauseEditStore.Revision> pending = unit.getResource(PENDING);
        if (pending != null && !pending.isEmpty()) {
            store.recordAll(List.copyOf(pending));
            pending.clear();
        }
    }

    private void flush() {
        if (CurrentUnitOfWork.isStarted()) {
            flush(CurrentUnitOfWork.get());
        }
    }

    private ClauseState current(NegotiationId negotiation, ArticleId clause) {
        flush();
        return store.state(negotiation, clause).orElseThrow(() -> new IllegalStateException(
                "clause_edit_log has no keyframe of clause " + clause + " of " + negotiation));
    }

    private void emit(ClauseEditEntry entry) {
        updates.emit(WatchClauseEdits.class, query -> query.concerns(entry.negotiationId(), entry.clauseId()), entry);
    }

    private static ClauseEditEntry restart(NegotiationId negotiation, ArticleId clause, long revision, Actor by) {
        return new ClauseEditEntry(negotiation, clause, revision, null, null, 0, by.delegation(), by.displayName(), true);
    }

    private static String author(Actor by) {
        return AuthorshipRun.authorOf(by.delegation());
    }
}
