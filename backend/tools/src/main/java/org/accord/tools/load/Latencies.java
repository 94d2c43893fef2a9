package org.accord.tools.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * When each batch was sent, and how long it took to reach each other editor of its clause: one
 * sample per receiver, in milliseconds (all editors run in this process, on one clock).
 */
final class Latencies {

    private final Map<String, Long> sentAt = new ConcurrentHashMap<>();
    private final List<Double> samples = new ArrayList<>();
    private volatile boolean recording;

    void sent(String clientId, long clientSeq) {
        sentAt.put(clientId + "#" + clientSeq, System.nanoTime());
    }

    void received(String clientId, long clientSeq) {
        Long sent = sentAt.get(clientId + "#" + clientSeq);
        if (sent != null && recording) {
            double millis = (System.nanoTime() - sent) / 1e6;
            synchronized (samples) {
                samples.add(millis);
            }
        }
    }

    void recording(boolean on) {
        recording = on;
    }

    double percentile(double percentile) {
        List<Double> sorted;
        synchronized (samples) {
            sorted = samples.stream().sorted().toList();
        }
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1)));
    }

    int count() {
        synchronized (samples) {
            return samples.size();
        }
    }
}
