package org.accord.core.negotiation;

import org.accord.api.shared.Actor;
import org.accord.api.shared.NegotiationId;
import org.accord.api.shared.Role;
import org.accord.api.silence.RearmSilenceExpiry;
import org.accord.api.silence.SilenceProcedureOpened;
import org.accord.core.infrastructure.ActorMetaData;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Re-arms, when the server starts, the expiry of every negotiation whose silence procedure may
 * still be open: its deadline lives in the scheduler's table, not in the events, so a history
 * imported into this installation (ADR 0021) or a database restored without that table would
 * otherwise keep a silence open forever. Every negotiation that ever opened a silence is asked;
 * the aggregate re-arms the open one and ignores the others (idempotent: the scheduled expiry is
 * replaced, never doubled). Runs off the startup thread.
 */
@Component
@ConditionalOnProperty(value = "accord.deadlines.rearm-on-start", havingValue = "true", matchIfMissing = true)
public class SilenceExpiryRecovery {

    private static final Logger log = LoggerFactory.getLogger(SilenceExpiryRecovery.class);
    /** The server acting for the secretariat on its own record. */
    static final Actor SECRETARIAT = new Actor("accord-server", "Accord server", Role.CHAIR, null);

    private final JdbcClient jdbc;
    private final CommandGateway commands;

    SilenceExpiryRecovery(JdbcClient jdbc, CommandGateway commands) {
        this.jdbc = jdbc;
        this.commands = commands;
    }

    @EventListener(ApplicationReadyEvent.class)
    void onStart() {
        CompletableFuture.runAsync(this::rearm).exceptionally(failure -> {
            log.error("Could not re-arm the expiry of open silence procedures", failure);
            return null;
        });
    }

    /** Sends {@link RearmSilenceExpiry} to every negotiation that opened a silence; returns them. */
    public List<NegotiationId> rearm() {
        List<NegotiationId> negotiations = jdbc.sql("""
                        select distinct aggregate_identifier from domain_event_entry where payload_type = :type""")
                .param("type", SilenceProcedureOpened.class.getName())
                .query(String.class).list().stream().map(NegotiationId::of).toList();
        negotiations.forEach(id -> commands.sendAndWait(new RearmSilenceExpiry(id), ActorMetaData.of(SECRETARIAT)));
        if (!negotiations.isEmpty()) {
            log.info("Re-armed the silence expiry of {} negotiation(s) that opened one", negotiations.size());
        }
        return negotiations;
    }
}
