package org.accord.ui.history;

import org.accord.api.history.Comparison;
import org.accord.api.history.FindComparison;
import org.accord.api.history.FindHistoryExtent;
import org.accord.api.history.FindHistoryPoint;
import org.accord.api.history.FindNegotiationAt;
import org.accord.api.history.FindRebuildProgress;
import org.accord.api.history.FindTimeline;
import org.accord.api.history.HistoryExtent;
import org.accord.api.history.HistoryPoint;
import org.accord.api.history.RebuildProgress;
import org.accord.api.history.RebuildReadModels;
import org.accord.api.history.TimelineEntry;
import org.accord.api.history.TimelinePage;
import org.accord.api.negotiation.Capabilities;
import org.accord.api.negotiation.FindCapabilities;
import org.accord.api.negotiation.FindNegotiation;
import org.accord.api.negotiation.NegotiationView;
import org.accord.api.shared.NegotiationId;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

import java.time.Instant;
import java.util.Optional;

/**
 * The history screens' only way to the backend (issue 6): the timeline, the charter at a point,
 * the extent of the history, comparison of two points, and the rebuild of the read models. Every
 * query carries the signed-in actor and is refused by the server unless that actor is the chair.
 * Calls are made on the UI thread (the view's request), so the security context is the person's.
 */
@Service
public class HistoryClient {

    private final CommandGateway commands;
    private final QueryGateway queries;

    HistoryClient(CommandGateway commands, QueryGateway queries) {
        this.commands = commands;
        this.queries = queries;
    }

    public Capabilities capabilities(NegotiationId id) {
        return queries.query(new FindCapabilities(id), Capabilities.class).join();
    }

    /** The negotiation as it stands now (its title, members, time zone), without subscribing. */
    public Optional<NegotiationView> current(NegotiationId id) {
        return queries.query(new FindNegotiation(id), ResponseTypes.optionalInstanceOf(NegotiationView.class)).join();
    }

    public HistoryExtent extent(NegotiationId id) {
        return queries.query(new FindHistoryExtent(id), HistoryExtent.class).join();
    }

    /** The charter after the event {@code sequence}; empty before the negotiation was opened. */
    public Optional<NegotiationView> at(NegotiationId id, long sequence) {
        return queries.query(FindNegotiationAt.sequence(id, sequence),
                ResponseTypes.optionalInstanceOf(NegotiationView.class)).join();
    }

    /** The point of the history that stood at {@code at}. */
    public HistoryPoint pointAt(NegotiationId id, Instant at) {
        return queries.query(new FindHistoryPoint(id, at), HistoryPoint.class).join();
    }

    public TimelinePage timeline(FindTimeline page) {
        return queries.query(page, TimelinePage.class).join();
    }

    /** The act of the timeline with sequence number {@code sequence}, if the timeline holds it yet. */
    public Optional<TimelineEntry> entry(NegotiationId id, long sequence) {
        if (sequence < 0) {
            return Optional.empty();
        }
        return timeline(FindTimeline.first(id, 1).after(sequence - 1)).entries().stream()
                .filter(entry -> entry.sequence() == sequence).findFirst();
    }

    /**
     * {@code action} as the person signed in now, whichever thread runs it later: a timer's tick
     * (playback) arrives on a thread that knows nobody, and its queries must still be theirs.
     */
    public Runnable asSignedInNow(Runnable action) {
        SecurityContext signedIn = SecurityContextHolder.getContext();
        return () -> {
            SecurityContext before = SecurityContextHolder.getContext();
            SecurityContextHolder.setContext(signedIn);
            try {
                action.run();
            } finally {
                SecurityContextHolder.setContext(before);
            }
        };
    }

    public Comparison compare(NegotiationId id, long fromSequence, long toSequence) {
        return queries.query(new FindComparison(id, fromSequence, toSequence), Comparison.class).join();
    }

    public void rebuild() {
        commands.sendAndWait(new RebuildReadModels());
    }

    public RebuildProgress rebuildProgress() {
        return queries.query(new FindRebuildProgress(), RebuildProgress.class).join();
    }
}
