package org.accord.core.history;

import org.accord.api.adoption.CharterAdopted;
import org.accord.api.adoption.CharterAuthenticated;
import org.accord.api.adoption.StatementAttached;
import org.accord.api.amendment.AmendmentCosponsorJoined;
import org.accord.api.amendment.AmendmentCosponsorLeft;
import org.accord.api.amendment.AmendmentIncorporated;
import org.accord.api.amendment.AmendmentNeedsRevision;
import org.accord.api.amendment.AmendmentRebased;
import org.accord.api.amendment.AmendmentRejected;
import org.accord.api.amendment.AmendmentRevised;
import org.accord.api.amendment.AmendmentSuperseded;
import org.accord.api.amendment.AmendmentTabled;
import org.accord.api.amendment.AmendmentWithdrawn;
import org.accord.api.amendment.AmendmentsCombinedIntoOptions;
import org.accord.api.comment.ClauseCommented;
import org.accord.api.coediting.ClauseEdited;
import org.accord.api.drafting.ClauseRevised;
import org.accord.api.drafting.ClauseSplit;
import org.accord.api.drafting.ClausesMerged;
import org.accord.api.drafting.ParagraphAdded;
import org.accord.api.drafting.PreambleParagraphAdded;
import org.accord.api.milestone.MilestoneIssued;
import org.accord.api.negotiation.ArticleAdded;
import org.accord.api.negotiation.ArticleMoved;
import org.accord.api.negotiation.MemberAccredited;
import org.accord.api.negotiation.NegotiationOpened;
import org.accord.api.negotiation.ObserverAccredited;
import org.accord.api.position.ClauseReopened;
import org.accord.api.position.PositionDeclared;
import org.accord.api.procedure.RoundScheduled;
import org.accord.api.procedure.RulesOfProcedureChanged;
import org.accord.api.silence.LateObjectionRecorded;
import org.accord.api.silence.SilenceBroken;
import org.accord.api.silence.SilenceHeld;
import org.accord.api.silence.SilenceProcedureOpened;
import org.accord.core.negotiation.ReadModelUpdates;
import org.axonframework.eventhandling.EventMessage;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Sends each event message to the {@link ReadModelUpdates} method for its payload type, with
 * what the projection's handler takes from the message: the timestamp, and for attachments the
 * message identifier. These are exactly the event types that {@code NegotiationProjection} handles.
 */
final class EventRoutes {

    private interface Route {
        void apply(ReadModelUpdates updates, Object payload, EventMessage<?> message);
    }

    private interface Timed<E> {
        void apply(ReadModelUpdates updates, E event, Instant at);
    }

    private interface Untimed<E> {
        void apply(ReadModelUpdates updates, E event);
    }

    private interface Identified<E> {
        void apply(ReadModelUpdates updates, E event, String eventId, Instant at);
    }

    private static final Map<Class<?>, Route> ROUTES = routes();

    private EventRoutes() {
    }

    /** Applies the event; {@code false} when the read model has nothing to do with its type. */
    static boolean apply(ReadModelUpdates updates, EventMessage<?> message) {
        Route route = ROUTES.get(message.getPayloadType());
        if (route == null) {
            return false;
        }
        route.apply(updates, message.getPayload(), message);
        return true;
    }

    static Set<Class<?>> eventTypes() {
        return ROUTES.keySet();
    }

    private static Map<Class<?>, Route> routes() {
        Map<Class<?>, Route> routes = new HashMap<>();
        timed(routes, NegotiationOpened.class, ReadModelUpdates::on);
        timed(routes, RulesOfProcedureChanged.class, ReadModelUpdates::on);
        timed(routes, RoundScheduled.class, ReadModelUpdates::on);
        timed(routes, MemberAccredited.class, ReadModelUpdates::on);
        timed(routes, ObserverAccredited.class, ReadModelUpdates::on);
        timed(routes, ArticleAdded.class, ReadModelUpdates::on);
        timed(routes, PreambleParagraphAdded.class, ReadModelUpdates::on);
        timed(routes, ParagraphAdded.class, ReadModelUpdates::on);
        timed(routes, ClauseRevised.class, ReadModelUpdates::on);
        timed(routes, ClauseEdited.class, ReadModelUpdates::on);
        timed(routes, ClauseSplit.class, ReadModelUpdates::on);
        timed(routes, ClausesMerged.class, ReadModelUpdates::on);
        timed(routes, ArticleMoved.class, ReadModelUpdates::on);
        timed(routes, PositionDeclared.class, ReadModelUpdates::on);
        timed(routes, ClauseReopened.class, ReadModelUpdates::on);
        timed(routes, AmendmentTabled.class, ReadModelUpdates::on);
        timed(routes, AmendmentRevised.class, ReadModelUpdates::on);
        untimed(routes, AmendmentRebased.class, ReadModelUpdates::on);
        timed(routes, AmendmentNeedsRevision.class, ReadModelUpdates::on);
        timed(routes, AmendmentCosponsorJoined.class, ReadModelUpdates::on);
        timed(routes, AmendmentCosponsorLeft.class, ReadModelUpdates::on);
        timed(routes, AmendmentWithdrawn.class, ReadModelUpdates::on);
        timed(routes, AmendmentRejected.class, ReadModelUpdates::on);
        timed(routes, AmendmentIncorporated.class, ReadModelUpdates::on);
        timed(routes, AmendmentSuperseded.class, ReadModelUpdates::on);
        timed(routes, AmendmentsCombinedIntoOptions.class, ReadModelUpdates::on);
        timed(routes, ClauseCommented.class, ReadModelUpdates::on);
        timed(routes, MilestoneIssued.class, ReadModelUpdates::on);
        timed(routes, CharterAdopted.class, ReadModelUpdates::on);
        identified(routes, CharterAuthenticated.class, ReadModelUpdates::on);
        identified(routes, StatementAttached.class, ReadModelUpdates::on);
        timed(routes, SilenceProcedureOpened.class, ReadModelUpdates::on);
        untimed(routes, SilenceBroken.class, ReadModelUpdates::on);
        untimed(routes, SilenceHeld.class, ReadModelUpdates::on);
        untimed(routes, LateObjectionRecorded.class, ReadModelUpdates::on);
        return Map.copyOf(routes);
    }

    private static <E> void timed(Map<Class<?>, Route> routes, Class<E> type, Timed<E> update) {
        routes.put(type, (updates, payload, message) ->
                update.apply(updates, type.cast(payload), message.getTimestamp()));
    }

    private static <E> void untimed(Map<Class<?>, Route> routes, Class<E> type, Untimed<E> update) {
        routes.put(type, (updates, payload, message) -> update.apply(updates, type.cast(payload)));
    }

    private static <E> void identified(Map<Class<?>, Route> routes, Class<E> type, Identified<E> update) {
        routes.put(type, (updates, payload, message) ->
                update.apply(updates, type.cast(payload), message.getIdentifier(), message.getTimestamp()));
    }
}
