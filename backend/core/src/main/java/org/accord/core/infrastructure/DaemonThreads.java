package org.accord.core.infrastructure;

import java.util.concurrent.ThreadFactory;

/** Threads of the application's background work: named, so that profiles and dumps tell them apart, and daemons. */
public final class DaemonThreads {

    private DaemonThreads() {
    }

    /** A factory of daemon threads called {@code name}. */
    public static ThreadFactory named(String name) {
        return task -> {
            Thread thread = new Thread(task, name);
            thread.setDaemon(true);
            return thread;
        };
    }
}
