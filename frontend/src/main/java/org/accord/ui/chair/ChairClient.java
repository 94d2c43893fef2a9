package org.accord.ui.chair;

import org.accord.ui.live.LatestStateClient;
import org.accord.api.adoption.AdoptCharter;
import org.accord.api.milestone.FindIssuedText;
import org.accord.api.milestone.IssueMilestone;
import org.accord.api.milestone.IssuedText;
import org.accord.api.milestone.MilestoneKind;
import org.accord.api.negotiation.AccreditMember;
import org.accord.api.negotiation.AccreditObserver;
import org.accord.api.negotiation.Capabilities;
import org.accord.api.negotiation.FindCapabilities;
import org.accord.api.negotiation.FindNegotiation;
import org.accord.api.negotiation.NegotiationView;
import org.accord.api.procedure.ChangeRulesOfProcedure;
import org.accord.api.procedure.FindRulesOfProcedure;
import org.accord.api.procedure.RulesOfProcedure;
import org.accord.api.procedure.ScheduleRound;
import org.accord.api.shared.ArticleId;
import org.accord.api.shared.DelegationCode;
import org.accord.api.shared.NegotiationId;
import org.accord.api.silence.OpenSilenceProcedure;
import org.accord.api.silence.SilenceId;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.SubscriptionQueryResult;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The chair console's only way to the backend. Every command carries the signed-in actor (set by
 * the server's dispatch interceptor) and the negotiation decides whether that actor is its chair.
 */
@Service
public class ChairClient {

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final Clock businessTime;

    ChairClient(CommandGateway commands, QueryGateway queries, Clock businessTime) {
        this.commands = commands;
        this.queries = queries;
        this.businessTime = businessTime;
    }

    public SubscriptionQueryResult<Optional<NegotiationView>, NegotiationView> watchNegotiation(NegotiationId id) {
        return LatestStateClient.watch(queries, new FindNegotiation(id),
                ResponseTypes.optionalInstanceOf(NegotiationView.class),
                ResponseTypes.instanceOf(NegotiationView.class));
    }

    /**
     * What the signed-in person may do, asked again on every call. The person is captured now:
     * a live update arrives on a thread that knows nobody, and the query must still be theirs.
     */
    public Supplier<Capabilities> capabilities(NegotiationId id) {
        return asSignedInNow(() -> queries.query(new FindCapabilities(id), Capabilities.class).join());
    }

    /** The rules of procedure in force, in full, asked again on every call as the person signed in now. */
    public Supplier<Optional<RulesOfProcedure>> rules(NegotiationId id) {
        return asSignedInNow(() -> queries.query(new FindRulesOfProcedure(id),
                ResponseTypes.optionalInstanceOf(RulesOfProcedure.class)).join());
    }

    private static <T> Supplier<T> asSignedInNow(Supplier<T> query) {
        SecurityContext signedIn = SecurityContextHolder.getContext();
        return () -> {
            SecurityContext before = SecurityContextHolder.getContext();
            SecurityContextHolder.setContext(signedIn);
            try {
                return query.get();
            } finally {
                SecurityContextHolder.setContext(before);
            }
        };
    }

    /** Business time: what a deadline is measured against (ADR 0008). */
    public Instant now() {
        return businessTime.instant();
    }

    public void changeRules(NegotiationId id, RulesOfProcedure rules) {
        commands.sendAndWait(new ChangeRulesOfProcedure(id, rules));
    }

    public void accreditMember(NegotiationId id, DelegationCode code, String name, String head, List<String> delegates) {
        commands.sendAndWait(new AccreditMember(id, code, name, head, delegates));
    }

    public void accreditObserver(NegotiationId id, DelegationCode code, String name) {
        commands.sendAndWait(new AccreditObserver(id, code, name));
    }

    public void scheduleRound(NegotiationId id, String title, Instant opensAt, Instant closesAt, Instant deadline) {
        commands.sendAndWait(new ScheduleRound(id, title, opensAt, closesAt, deadline));
    }

    public void issueMilestone(NegotiationId id, MilestoneKind kind, String symbol) {
        commands.sendAndWait(new IssueMilestone(id, kind, symbol));
    }

    /** Puts the listed clauses (none: the whole charter) under silence until {@code expiresAt}. */
    public SilenceId openSilence(NegotiationId id, List<ArticleId> clauses, Instant expiresAt) {
        SilenceId silence = SilenceId.random();
        commands.sendAndWait(new OpenSilenceProcedure(id, silence, clauses, expiresAt));
        return silence;
    }

    public void adopt(NegotiationId id) {
        commands.sendAndWait(new AdoptCharter(id));
    }

    public Optional<IssuedText> issuedText(NegotiationId id, int sequence) {
        return queries.query(new FindIssuedText(id, sequence), ResponseTypes.optionalInstanceOf(IssuedText.class)).join();
    }
}
