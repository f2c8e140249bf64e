package io.steward.load;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** Response times and errors per kind of interaction, as a person feels them: from the click to the answer. */
final class Latencies {

    private static final class Kind {
        private long[] nanos = new long[1024];
        private int count;
        private final AtomicLong errors = new AtomicLong();
        private final List<String> firstErrors = new ArrayList<>();

        synchronized void add(long value) {
            if (count == nanos.length) {
                nanos = Arrays.copyOf(nanos, count * 2);
            }
            nanos[count++] = value;
        }

        synchronized long[] sorted() {
            long[] copy = Arrays.copyOf(nanos, count);
            Arrays.sort(copy);
            return copy;
        }

        synchronized void error(String message) {
            errors.incrementAndGet();
            if (firstErrors.size() < 3) {
                firstErrors.add(message);
            }
        }
    }

    private final Map<String, Kind> kinds = new ConcurrentHashMap<>();
    private volatile boolean recording = true;

    void stopRecording() {
        recording = false;
    }

    void record(String kind, long nanos) {
        if (recording) {
            kinds.computeIfAbsent(kind, k -> new Kind()).add(nanos);
        }
    }

    void error(String kind, Throwable failure) {
        kinds.computeIfAbsent(kind, k -> new Kind()).error(failure.getClass().getSimpleName() + ": "
                + failure.getMessage());
    }

    long count(String kind) {
        Kind k = kinds.get(kind);
        return k == null ? 0 : k.sorted().length;
    }

    long totalErrors() {
        return kinds.values().stream().mapToLong(k -> k.errors.get()).sum();
    }

    long totalCount() {
        return kinds.values().stream().mapToLong(k -> k.sorted().length).sum();
    }

    /** One line per kind: count, p50, p95, p99, max in milliseconds, and errors. */
    String table() {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%-14s %8s %8s %8s %8s %8s %7s%n",
                "interaction", "count", "p50 ms", "p95 ms", "p99 ms", "max ms", "errors"));
        for (Map.Entry<String, Kind> entry : new TreeMap<>(kinds).entrySet()) {
            long[] sorted = entry.getValue().sorted();
            out.append(String.format(Locale.ROOT, "%-14s %8d %8.1f %8.1f %8.1f %8.1f %7d%n", entry.getKey(),
                    sorted.length, ms(sorted, 0.50), ms(sorted, 0.95), ms(sorted, 0.99), ms(sorted, 1.0),
                    entry.getValue().errors.get()));
            for (String error : entry.getValue().firstErrors) {
                out.append("    e.g. ").append(error).append('\n');
            }
        }
        return out.toString();
    }

    double p95(String kind) {
        Kind k = kinds.get(kind);
        return k == null ? 0 : ms(k.sorted(), 0.95);
    }

    private static double ms(long[] sorted, double quantile) {
        if (sorted.length == 0) {
            return 0;
        }
        int index = (int) Math.ceil(quantile * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
    }
}
