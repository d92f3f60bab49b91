package org.podium.launcher;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.collections.api.list.ImmutableList;
import org.podium.model.Classification;
import org.podium.model.Event;

/**
 * Writes one input's outputs side by side when that is cheap. A conversion to every format is
 * mostly the exporters' start (their libraries' classes loaded, their code not yet compiled), which
 * leaves a second core idle; written side by side, the bundled sample's four outputs take about
 * the time of the longest. A large event's outputs are written one after the other instead: each
 * exporter then has the heap to itself, which is what lets a million-row sheet fit in 512 MiB.
 */
final class ParallelExports {

    /**
     * The most classification rows an event may hold for its outputs to be written side by side:
     * a real event holds a few tens of thousands (the Dakar's 500 crews, 16 stages, a stage and a
     * general classification each: 16 000); a generated 100 000-row sheet holds 245 000.
     */
    static final int MAX_ROWS_SIDE_BY_SIDE = 100_000;

    private ParallelExports() {
    }

    /** Whether the outputs of {@code event} are written side by side on this machine. */
    static boolean sideBySide(Event event) {
        long rows = 0;
        for (Classification classification : event.classifications()) {
            rows += classification.rows().size();
        }
        return rows <= MAX_ROWS_SIDE_BY_SIDE && Runtime.getRuntime().availableProcessors() > 1;
    }

    /**
     * Runs every write, side by side or in order; returns once all have ended. A write's own
     * failures are its own to record; what one throws (a bug) is thrown here once all have ended.
     */
    static void run(ImmutableList<Runnable> writes, boolean sideBySide) {
        if (!sideBySide || writes.size() < 2) {
            writes.forEach(Runnable::run);
            return;
        }
        AtomicInteger count = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(writes.size(),
                Runtime.getRuntime().availableProcessors()), task -> {
                    Thread thread = new Thread(task, "podium-export-" + count.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
        try {
            List<Future<?>> running = new ArrayList<>();
            writes.forEach(write -> running.add(pool.submit(write)));
            Throwable thrown = null;
            for (Future<?> write : running) {
                try {
                    write.get();
                } catch (ExecutionException e) {
                    thrown = thrown == null ? e.getCause() : thrown;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while writing the outputs", e);
                }
            }
            if (thrown instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (thrown instanceof Error error) {
                throw error;
            }
            if (thrown != null) {
                throw new IllegalStateException(thrown);
            }
        } finally {
            pool.shutdown();
        }
    }
}
