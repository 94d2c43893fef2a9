package org.accord.core.coediting;

import org.accord.api.coediting.ClauseEditEntries;
import org.accord.api.coediting.ClauseEditEntry;
import org.accord.api.coediting.ClauseEditorSnapshot;
import org.accord.api.coediting.FindClauseEdits;
import org.accord.api.coediting.WatchClauseEdits;
import org.accord.api.shared.Actor;
import org.accord.api.shared.NegotiationId;
import org.accord.api.shared.QueryRefusedException;
import org.accord.api.shared.RejectionReason;
import org.accord.core.infrastructure.ActorMetaData;
import org.accord.core.negotiation.Participation;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * What a co-editing client loads: the snapshot of a clause, and the revisions it missed while
 * disconnected. Only participants (the chair and member delegations) are served: they are the
 * ones who may edit; observers follow the text through the negotiation's views.
 */
@Component
class ClauseEditQueries {

    /** A client further behind than this reloads the clause, as the server's window requires. */
    static final int CATCH_UP_LIMIT = 1_000;

    private final ClauseEditStore store;
    private final Participation participation;

    ClauseEditQueries(ClauseEditStore store, Participation participation) {
        this.store = store;
        this.participation = participation;
    }

    @QueryHandler
    ClauseEditorSnapshot handle(WatchClauseEdits query, @MetaDataValue(ActorMetaData.KEY) Actor viewer) {
        participant(query.negotiationId(), viewer);
        return store.state(query.negotiationId(), query.clauseId())
                .map(state -> new ClauseEditorSnapshot(state.revision(), state.text(), state.authorship().runs()))
                .orElseThrow(() -> new QueryRefusedException(RejectionReason.UNKNOWN_CLAUSE,
                        "No clause " + query.clauseId() + " in this negotiation"));
    }

    @QueryHandler
    ClauseEditEntries handle(FindClauseEdits query, @MetaDataValue(ActorMetaData.KEY) Actor viewer) {
        participant(query.negotiationId(), viewer);
        List<ClauseEditEntry> entries = store.after(query.negotiationId(), query.clauseId(), query.afterRevision(),
                CATCH_UP_LIMIT + 1);
        boolean known = !entries.isEmpty()
                || store.latestRevision(query.negotiationId(), query.clauseId()) >= query.afterRevision();
        if (!known || entries.size() > CATCH_UP_LIMIT || entries.stream().anyMatch(ClauseEditEntry::restart)) {
            return ClauseEditEntries.resync();
        }
        return new ClauseEditEntries(entries, false);
    }

    private void participant(NegotiationId negotiation, Actor viewer) {
        if (viewer == null) {
            throw new QueryRefusedException(RejectionReason.NOT_AUTHENTICATED,
                    "Only a signed-in person may edit a clause");
        }
        if (!participation.takesPart(negotiation, viewer)) {
            throw new QueryRefusedException(RejectionReason.NOT_A_MEMBER,
                    "Only the chair and member delegations edit the text of this negotiation");
        }
    }
}
