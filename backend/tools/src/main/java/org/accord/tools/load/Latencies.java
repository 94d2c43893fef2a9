package org.accord.tools.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
    /** When each sample's batch arrived, in milliseconds since the epoch, for a time series. */
    private final List<Long> arrivals = new ArrayList<>();
    /** The acknowledgement's latency, submit to ack at the sender, kept apart (diagnostics). */
    private final List<Double> acks = new ArrayList<>();
    private volatile boolean recording;

    void sent(String clientId, long clientSeq) {
        sentAt.put(clientId + "#" + clientSeq, System.nanoTime());
    }

    void received(String clientId, long clientSeq) {
        Double millis = since(clientId, clientSeq);
        if (millis != null) {
            synchronized (samples) {
                samples.add(millis);
                arrivals.add(System.currentTimeMillis());
            }
        }
    }

    void acknowledged(String clientId, long clientSeq) {
        Double millis = since(clientId, clientSeq);
        if (millis != null) {
            synchronized (acks) {
                acks.add(millis);
            }
        }
    }

    /** Milliseconds since the batch was sent, or null when not recording or unknown. */
    private Double since(String clientId, long clientSeq) {
        Long sent = sentAt.get(clientId + "#" + clientSeq);
        return sent == null || !recording ? null : (System.nanoTime() - sent) / 1e6;
    }

    double ackPercentile(double percentile) {
        synchronized (acks) {
            return percentileOf(acks, percentile);
        }
    }

    void recording(boolean on) {
        recording = on;
    }

    double percentile(double percentile) {
        synchronized (samples) {
            return percentileOf(samples, percentile);
        }
    }

    private static double percentileOf(List<Double> values, double percentile) {
        List<Double> sorted = values.stream().sorted().toList();
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1)));
    }

    /** Writes one line per sample, "arrival_epoch_ms latency_ms", to look at the tail over time. */
    void write(Path file) throws IOException {
        StringBuilder lines = new StringBuilder();
        synchronized (samples) {
            for (int i = 0; i < samples.size(); i++) {
                lines.append(arrivals.get(i)).append(' ').append(String.format("%.3f", samples.get(i))).append('\n');
            }
        }
        Files.writeString(file, lines);
    }

    int count() {
        synchronized (samples) {
            return samples.size();
        }
    }
}
