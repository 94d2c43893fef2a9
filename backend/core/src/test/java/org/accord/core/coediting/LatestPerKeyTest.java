package org.accord.core.coediting;

import org.junit.jupiter.api.Test;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;

import static org.assertj.core.api.Assertions.assertThat;

/** What waits is done once per key, for the highest value asked; a request after the start queues again. */
class LatestPerKeyTest {

    private final Queue<Runnable> queued = new ArrayDeque<>();
    private final List<String> done = new ArrayList<>();
    private final LatestPerKey<String> latest = new LatestPerKey<>(queued::add, (key, value) -> done.add(key + "@" + value));

    @Test
    void requests_for_a_key_whose_task_waits_are_folded_into_that_task() {
        latest.request("art-1", 200);
        latest.request("art-2", 200);
        latest.request("art-1", 400);
        latest.request("art-1", 600);

        assertThat(queued).hasSize(2);
        runQueued();
        assertThat(done).containsExactly("art-1@600", "art-2@200");
    }

    @Test
    void a_lower_value_asked_late_does_not_lower_the_one_waiting() {
        latest.request("art-1", 400);
        latest.request("art-1", 200);

        runQueued();
        assertThat(done).containsExactly("art-1@400");
    }

    @Test
    void a_request_made_once_the_task_has_started_gets_a_task_of_its_own() {
        List<String> order = new ArrayList<>();
        LatestPerKey<String>[] self = new LatestPerKey[1];
        self[0] = new LatestPerKey<>(queued::add, (key, value) -> {
            order.add(key + "@" + value);
            if (value == 200) {
                self[0].request(key, 400); // asked while the work for 200 runs
            }
        });
        self[0].request("art-1", 200);

        runQueued();
        assertThat(order).containsExactly("art-1@200", "art-1@400");
    }

    private void runQueued() {
        for (Runnable next = queued.poll(); next != null; next = queued.poll()) {
            next.run();
        }
    }
}
