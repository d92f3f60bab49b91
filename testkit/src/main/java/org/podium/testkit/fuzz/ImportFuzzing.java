package org.podium.testkit.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.podium.spi.ImportException;

/**
 * What a reader may do with any input, however damaged or hostile: give an event (with
 * diagnostics), or refuse the input with the SPI's {@link ImportException} — never another
 * exception or error (no {@code NumberFormatException}, {@code IndexOutOfBoundsException},
 * {@code StackOverflowError}, {@code OutOfMemoryError}…), and never take longer than
 * {@link #bound(long)}: 2 s plus 10 s per megabyte, generous for a linear reader and far too short
 * for a quadratic one on a few megabytes.
 *
 * <p>The reading runs on a worker thread with the JVM's default stack size, as a conversion does;
 * a reading that overruns is abandoned (the thread is a daemon) and the next one gets a new thread.
 */
public final class ImportFuzzing {

    /** The time any input gets, however small. */
    public static final Duration BASE = Duration.ofSeconds(2);
    /** The time each further megabyte (10^6 bytes) gets. */
    public static final Duration PER_MEGABYTE = Duration.ofSeconds(10);

    private static ExecutorService worker = newWorker();

    private ImportFuzzing() {
    }

    /** A folder of the calling test's class path, such as {@code /samples}. */
    public static Path resourceFolder(Class<?> test, String name) throws java.net.URISyntaxException {
        java.net.URL url = test.getResource(name);
        if (url == null) {
            throw new IllegalStateException("no test resource folder " + name);
        }
        return Path.of(url.toURI());
    }

    /**
     * {@code shared/corpus} beside the repository (present in CI and for the project's developers,
     * not in a user's clone, whose test resources hold copies); null when absent.
     */
    public static Path sharedCorpus() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path corpus = dir.resolve("shared").resolve("corpus");
            if (Files.isDirectory(corpus)) {
                return corpus;
            }
        }
        return null;
    }

    /** Reading an input, or detecting it: anything an importer does with it. */
    @FunctionalInterface
    public interface Action {
        void run() throws Exception;
    }

    /** Keeps a failing input where its regression test can be made from it, and says where. */
    @FunctionalInterface
    public interface Keeper {
        Path keep() throws IOException;
    }

    /** A reader did what no input may make it do; the message says what, and where the input was kept. */
    public static final class Finding extends AssertionError {
        private static final long serialVersionUID = 1L;

        Finding(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** The time an input of {@code bytes} bytes gets. */
    public static Duration bound(long bytes) {
        return BASE.plus(PER_MEGABYTE.multipliedBy(bytes).dividedBy(1_000_000));
    }

    /**
     * Runs {@code action} on an input of {@code bytes} bytes within {@link #bound(long)}. Returns when
     * it ends normally or with an {@link ImportException}; otherwise keeps the input with
     * {@code keeper} and throws a {@link Finding} naming what happened and where the input is.
     */
    public static void endsCleanly(String what, long bytes, Action action, Keeper keeper) {
        Duration bound = bound(bytes);
        Future<?> reading = submit(() -> {
            action.run();
            return null;
        });
        try {
            reading.get(bound.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof ImportException) {
                return;
            }
            throw finding(what + " on " + bytes + " bytes threw " + cause, cause, keeper);
        } catch (TimeoutException e) {
            reading.cancel(true);
            abandonWorker();
            throw finding(what + " on " + bytes + " bytes took more than " + bound.toMillis() + " ms", null, keeper);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while " + what, e);
        }
    }

    /** Writes {@code input} into {@code folder} as {@code <sha-1 prefix><extension>} and returns its path. */
    public static Path keep(Path folder, byte[] input, String extension) throws IOException {
        Files.createDirectories(folder);
        Path file = folder.resolve(digest(input) + extension);
        if (!Files.exists(file)) {
            Files.write(file, input);
        }
        return file;
    }

    /** The first 12 hex digits of the input's SHA-1: the same input, the same name. */
    public static String digest(byte[] input) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(input)).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-1", e);
        }
    }

    private static Finding finding(String message, Throwable cause, Keeper keeper) {
        String where;
        try {
            where = "; input kept as " + keeper.keep().toAbsolutePath();
        } catch (IOException | UncheckedIOException e) {
            where = "; the input could not be kept: " + e;
        }
        return new Finding(message + where, cause);
    }

    private static synchronized Future<?> submit(java.util.concurrent.Callable<?> task) {
        return worker.submit(task);
    }

    private static synchronized void abandonWorker() {
        worker.shutdownNow();
        worker = newWorker();
    }

    private static ExecutorService newWorker() {
        return Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "podium-fuzz-reader");
            thread.setDaemon(true);
            return thread;
        });
    }
}
