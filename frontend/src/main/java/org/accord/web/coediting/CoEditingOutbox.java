package org.accord.web.coediting;

import org.axonframework.common.transaction.TransactionManager;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The threads that send to editors' connections and record their batches: revisions are handed
 * over by the thread that committed them (which holds the negotiation's lock until it returns),
 * presence by the sender's thread; each negotiation's {@link CommitLane} runs on them too. Threads are made as needed and end when idle, so one stalled client never starves
 * the others.
 */
@Component
class CoEditingOutbox implements DisposableBean {

    private final ExecutorService pool;

    private final TransactionManager transactions;

    CoEditingOutbox(TransactionManager transactions) {
        this.transactions = transactions;
        AtomicInteger count = new AtomicInteger();
        ThreadFactory threads = task -> {
            Thread thread = new Thread(task, "coediting-outbox-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
        this.pool = Executors.newCachedThreadPool(threads);
    }

    /** A new, empty queue of sends for one connection. */
    SerialExecutor queue() {
        return new SerialExecutor(pool);
    }

    /** A new lane of editing batches for one negotiation, committed in groups on these threads. */
    CommitLane lane(CoEditingBackend backend) {
        return new CommitLane(backend, transactions, pool);
    }

    @Override
    public void destroy() {
        pool.shutdownNow();
    }
}
