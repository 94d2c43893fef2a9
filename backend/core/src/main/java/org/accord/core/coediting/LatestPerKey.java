package org.accord.core.coediting;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.function.ObjLongConsumer;

/**
 * Work asked for per key with a growing value (a clause and a revision), done on an executor with
 * at most one task waiting per key: asking again while a key's task waits only raises the value
 * that task will use, and the task does the work once, for the highest value asked. Once the task
 * has started, the next request queues a new one.
 */
final class LatestPerKey<K> {

    private final Executor executor;
    private final ObjLongConsumer<K> work;
    private final ConcurrentHashMap<K, Long> waiting = new ConcurrentHashMap<>();

    LatestPerKey(Executor executor, ObjLongConsumer<K> work) {
        this.executor = executor;
        this.work = work;
    }

    void request(K key, long value) {
        boolean[] queue = {false};
        waiting.compute(key, (k, earlier) -> {
            queue[0] = earlier == null;
            return earlier == null ? value : Math.max(earlier, value);
        });
        if (queue[0]) {
            executor.execute(() -> {
                Long latest = waiting.remove(key);
                if (latest != null) {
                    work.accept(key, latest);
                }
            });
        }
    }
}
