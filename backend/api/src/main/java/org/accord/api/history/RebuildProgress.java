package org.accord.api.history;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The rebuild of the read models, from the event processors' status: whether any processor is
 * still replaying, the events processed (global index reached by the slowest processor) out of
 * {@code total} (the head of the event store), the rate since the rebuild started, and the time
 * remaining at that rate (null when unknown). {@code startedAt} is null if no rebuild was started
 * since this server started.
 */
public record RebuildProgress(boolean replaying, long processed, long total, double eventsPerSecond,
                              Duration remaining, Instant startedAt, List<Processor> processors) {

    public RebuildProgress {
        processors = List.copyOf(processors);
    }

    /** One tracking processor: its name, whether it replays, and the global index it has reached. */
    public record Processor(String name, boolean replaying, long position) {
    }
}
