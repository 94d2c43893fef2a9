package org.accord.core.notification;

import org.accord.api.amendment.AmendmentTabled;
import org.accord.api.coediting.ClauseEdited;
import org.accord.api.drafting.ClauseRevised;
import org.accord.api.drafting.ClauseSplit;
import org.accord.api.drafting.ClausesMerged;
import org.accord.api.drafting.ParagraphAdded;
import org.accord.api.drafting.PreambleParagraphAdded;
import org.accord.api.milestone.MilestoneIssued;
import org.accord.api.negotiation.ArticleAdded;
import org.accord.api.negotiation.MemberAccredited;
import org.accord.api.negotiation.NegotiationOpened;
import org.accord.api.negotiation.ObserverAccredited;
import org.accord.api.position.ClauseReopened;
import org.accord.api.position.PositionDeclared;
import org.accord.api.procedure.RulesOfProcedureChanged;
import org.accord.api.silence.SilenceBroken;
import org.axonframework.eventhandling.ReplayStatus;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Instant;
import java.util.Set;

/**
 * The notifications rebuilt in bulk (ADR 0021): the processor's own handlers, called in stream
 * order with {@link ReplayStatus#REPLAY} (so nothing is pushed) on the rows in memory
 * ({@link ReplayedNotifications}), written to the emptied tables once at the end. Only the
 * handlers' event types are routed, as Axon routes them; {@link #TYPES} must follow
 * {@link NotificationProcessor}'s handlers ({@code NotificationReplayTest} checks it).
 */
public final class NotificationReplay {

    /** The processing group whose read model this rebuilds. */
    public static final String PROCESSING_GROUP = NotificationProcessor.PROCESSING_GROUP;

    static final Set<Class<?>> TYPES = Set.of(NegotiationOpened.class, RulesOfProcedureChanged.class,
            MemberAccredited.class, ObserverAccredited.class, ArticleAdded.class, PreambleParagraphAdded.class,
            ParagraphAdded.class, PositionDeclared.class, ClauseReopened.class, ClauseRevised.class, ClauseEdited.class,
            ClausesMerged.class, ClauseSplit.class, AmendmentTabled.class, SilenceBroken.class, MilestoneIssued.class);

    private final ReplayedNotifications state = new ReplayedNotifications();
    private final NotificationProcessor processor = new NotificationProcessor(state, null);

    /** Handles the next event of the stream as the processor would during a replay. */
    public void apply(TrackedEventMessage<?> event) {
        Class<?> type = event.getPayloadType();
        if (!TYPES.contains(type)) {
            return;
        }
        Object payload = event.getPayload();
        TrackingToken token = event.trackingToken();
        Instant at = event.getTimestamp();
        ReplayStatus replay = ReplayStatus.REPLAY;
        if (payload instanceof NegotiationOpened e) {
            processor.on(e);
        } else if (payload instanceof RulesOfProcedureChanged e) {
            processor.on(e);
        } else if (payload instanceof MemberAccredited e) {
            processor.on(e);
        } else if (payload instanceof ObserverAccredited e) {
            processor.on(e);
        } else if (payload instanceof ArticleAdded e) {
            processor.on(e);
        } else if (payload instanceof PreambleParagraphAdded e) {
            processor.on(e);
        } else if (payload instanceof ParagraphAdded e) {
            processor.on(e);
        } else if (payload instanceof PositionDeclared e) {
            processor.on(e);
        } else if (payload instanceof ClauseReopened e) {
            processor.on(e);
        } else if (payload instanceof ClauseRevised e) {
            processor.on(e, token, at, replay);
        } else if (payload instanceof ClauseEdited e) {
            processor.on(e, token, at, replay);
        } else if (payload instanceof ClausesMerged e) {
            processor.on(e, token, at, replay);
        } else if (payload instanceof ClauseSplit e) {
            processor.on(e, token, at, replay);
        } else if (payload instanceof AmendmentTabled e) {
            processor.on(e, token, at, replay);
        } else if (payload instanceof SilenceBroken e) {
            processor.on(e, token, at, replay);
        } else if (payload instanceof MilestoneIssued e) {
            processor.on(e, token, at, replay);
        }
    }

    /** Writes every notification row into the tables (emptied by the processor's reset handler). */
    public void write(JdbcTemplate jdbc) {
        state.write(jdbc);
    }
}
