package org.accord.web.coediting;

import org.accord.api.coediting.ClauseEditEntries;
import org.accord.api.coediting.ClauseEditEntry;
import org.accord.api.coediting.ClauseEditorSnapshot;
import org.accord.api.coediting.FindClauseEdits;
import org.accord.api.coediting.WatchClauseEdits;
import org.accord.api.shared.Actor;
import org.accord.web.coediting.Messages.Editor;
import org.axonframework.queryhandling.SubscriptionQueryResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketSession;

import java.io.IOException;
import java.time.Duration;
import java.util.Collection;

/**
 * One editor's connection to one clause, after its {@code join}: it sends the connection every
 * revision of the clause exactly once and in order — the editor's own batches as {@code ack},
 * the others as {@code op} — whether they arrive live from the clause log or must be fetched to
 * fill a gap. Delivery is serialised per connection.
 */
final class EditorConnection {

    private static final Logger log = LoggerFactory.getLogger(EditorConnection.class);
    private static final Duration LOAD_TIMEOUT = Duration.ofSeconds(30);

    private final WebSocketSession session;
    private final Authentication person;
    private final CoEditingBackend backend;
    private final WatchClauseEdits clause;
    private final Editor editor;
    /** Every send to this connection, in order, off the committing and receiving threads. */
    private final SerialExecutor outbox;
    private SubscriptionQueryResult<ClauseEditorSnapshot, ClauseEditEntry> live;
    /** The last revision this connection was sent; entries at or below it are not sent again. */
    private long delivered;
    private boolean ready;
    private boolean closed;
    private Presence presence;

    EditorConnection(WebSocketSession session, Authentication person, Actor actor, CoEditingBackend backend,
                     WatchClauseEdits clause, String clientId, SerialExecutor outbox) {
        this.session = session;
        this.outbox = outbox;
        this.person = person;
        this.backend = backend;
        this.clause = clause;
        this.editor = Editor.of(clientId, actor);
    }

    WatchClauseEdits clause() {
        return clause;
    }

    Editor editor() {
        return editor;
    }

    Authentication person() {
        return person;
    }

    /**
     * Subscribes to the clause's revisions, then sends the snapshot ({@code revision == 0}) or
     * every revision after {@code revision}; live revisions are held back until that is done.
     * A refusal of the subscription (not a participant, no such clause) propagates.
     */
    void join(long revision, Collection<Editor> others) {
        long started = System.nanoTime();
        live = backend.watch(person, clause);
        ClauseEditorSnapshot snapshot = live.initialResult().block(LOAD_TIMEOUT);
        outbox.execute(() -> start(revision, snapshot, others));
        live.updates().subscribe(this::deliver, this::failed);
        log.debug("{} joined {} of {} from revision {} in {} ms", editor.clientId(), clause.clauseId(),
                clause.negotiationId(), revision, (System.nanoTime() - started) / 1_000_000);
    }

    /** Hands a revision of the clause log over to this connection's queue. */
    void deliver(ClauseEditEntry entry) {
        outbox.execute(() -> deliverNow(entry));
    }

    private synchronized void start(long revision, ClauseEditorSnapshot snapshot, Collection<Editor> others) {
        if (revision == 0) {
            delivered = snapshot.revision();
            sendNow(Messages.snapshot(snapshot, editor, others));
        } else {
            delivered = revision;
            if (!catchUp()) {
                return;
            }
        }
        ready = true;
    }

    private synchronized void deliverNow(ClauseEditEntry entry) {
        if (!ready || closed || entry.revision() <= delivered) {
            return;
        }
        if (entry.restart()) {
            resync("The clause was restructured (split or merged); load it again");
            return;
        }
        if (entry.revision() > delivered + 1 && (!catchUp() || entry.revision() <= delivered)) {
            return;
        }
        sendEntry(entry);
    }

    /** A repeated batch's acknowledgement: sent only once the genuine one has been. */
    void acknowledgeAgain(long revision, long clientSeq) {
        outbox.execute(() -> {
            synchronized (this) {
                if (revision > 0 && revision <= delivered) {
                    sendNow(Messages.ack(revision, clientSeq));
                }
            }
        });
    }

    synchronized void presence(long revision, int anchor, int head) {
        presence = new Presence(revision, anchor, head);
    }

    synchronized Presence lastPresence() {
        return presence;
    }

    /** Queues a message unrelated to revisions (presence, errors); nothing is sent once closed. */
    void send(String message) {
        outbox.execute(() -> sendNow(message));
    }

    private synchronized void sendNow(String message) {
        if (closed) {
            return;
        }
        try {
            session.sendMessage(new TextMessage(message));
        } catch (IOException | IllegalStateException e) {
            log.debug("Could not send to co-editing connection {}: {}", session.getId(), e.getMessage());
            close(CloseStatus.SESSION_NOT_RELIABLE);
        }
    }

    synchronized void close(CloseStatus status) {
        if (closed) {
            return;
        }
        closed = true;
        if (live != null) {
            live.cancel();
        }
        try {
            session.close(status);
        } catch (IOException e) {
            log.debug("Co-editing connection {} was already gone", session.getId());
        }
    }

    /** Fetches and sends the revisions after {@link #delivered}; false when the client must reload. */
    private boolean catchUp() {
        ClauseEditEntries missed = backend.after(person,
                new FindClauseEdits(clause.negotiationId(), clause.clauseId(), delivered));
        if (missed.resyncRequired()) {
            resync("The clause changed too much while you were away; load it again");
            return false;
        }
        missed.entries().forEach(this::sendEntry);
        return true;
    }

    private void sendEntry(ClauseEditEntry entry) {
        delivered = entry.revision();
        sendNow(editor.clientId().equals(entry.clientId()) ? Messages.ack(entry) : Messages.operation(entry));
    }

    private void resync(String reason) {
        sendNow(Messages.resync(reason));
        close(CloseStatus.NORMAL);
    }

    private void failed(Throwable error) {
        log.warn("The live feed of a co-editing connection failed; closing it so the client reconnects", error);
        close(CloseStatus.SERVER_ERROR);
    }

    record Presence(long revision, int anchor, int head) {
    }
}
