package org.accord.core.history;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.concurrent.CompletableFuture;

/**
 * Rebuilds the timeline when PostgreSQL has emptied it. {@code timeline_entry} is an unlogged table
 * (V11, ADR 0021): its rows are derived from the event store and cost no WAL, but PostgreSQL empties
 * an unlogged table after a crash, and a physical backup or a streaming replica holds none of its
 * rows. {@code timeline_intact}, unlogged too, holds one row from the moment the timeline is whole
 * (created with it by V11, written again by every reset of the timeline's processor): emptied with
 * it, it tells the loss, while the processor's token (a logged table) still says the rows were
 * written. On start, without that row, the timeline's processor alone is reset and rebuilt, in bulk
 * (the other read models are logged and untouched). Runs off the startup thread.
 */
@Component
class TimelineRecovery {

    private static final Logger LOG = LoggerFactory.getLogger(TimelineRecovery.class);

    private final JdbcClient jdbc;
    private final ReadModelRebuild rebuild;

    TimelineRecovery(JdbcClient jdbc, ReadModelRebuild rebuild) {
        this.jdbc = jdbc;
        this.rebuild = rebuild;
    }

    @EventListener(ApplicationReadyEvent.class)
    void onStart() {
        CompletableFuture.runAsync(this::recover).exceptionally(failure -> {
            LOG.error("Could not check or rebuild the timeline", failure);
            return null;
        });
    }

    /** Rebuilds the timeline if it was lost; whether it was. */
    boolean recover() {
        boolean intact = jdbc.sql("select exists (select 1 from timeline_intact)").query(Boolean.class).single();
        if (intact) {
            return false;
        }
        LOG.warn("The timeline (an unlogged table) was emptied by PostgreSQL (a crash, a restored backup or a "
                + "replica): rebuilding it from the event store");
        rebuild.rebuild(TimelineProjection.PROCESSING_GROUP::equals);
        return true;
    }
}
