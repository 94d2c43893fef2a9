package org.accord.core.coediting;

import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * An installation whose events were recorded before {@code clause_edit_log} existed gets the
 * log filled once from the event store at start-up, before anything else runs: the subscribing
 * processor only sees events as they are published. On a new installation, or once filled, it
 * does nothing.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class ClauseEditLogBackfill implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ClauseEditLogBackfill.class);

    private final ClauseEditStore store;
    private final ClauseEditLog clauseEditLog;
    private final EventStorageEngine events;
    private final TransactionTemplate transaction;

    ClauseEditLogBackfill(ClauseEditStore store, ClauseEditLog clauseEditLog, EventStorageEngine events,
                          TransactionTemplate transaction) {
        this.store = store;
        this.clauseEditLog = clauseEditLog;
        this.events = events;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments args) {
        transaction.executeWithoutResult(status -> {
            if (!store.isEmpty()) {
                return;
            }
            AnnotationEventHandlerAdapter handler = new AnnotationEventHandlerAdapter(clauseEditLog);
            AtomicLong handled = new AtomicLong();
            try (Stream<? extends TrackedEventMessage<?>> stream = events.readEvents(null, false)) {
                stream.filter(handler::canHandle).forEachOrdered(event -> {
                    handle(handler, event);
                    handled.incrementAndGet();
                });
            }
            if (handled.get() > 0) {
                log.info("Filled clause_edit_log from {} recorded events", handled);
            }
        });
    }

    private static void handle(AnnotationEventHandlerAdapter handler, TrackedEventMessage<?> event) {
        try {
            handler.handle(event);
        } catch (Exception e) {
            throw new IllegalStateException("Could not fill clause_edit_log from event " + event.getIdentifier(), e);
        }
    }
}
