package org.podium.testkit.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
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
import java.util.concurrent.atomic.AtomicLong;
import org.podium.spi.ImportException;

/**
 * What a reader may do with any input, however damaged or hostile: give an event (with
 * diagnostics), or refuse the input with the SPI's {@link ImportException} — never another
 * exception or error (no {@code NumberFormatException}, {@code IndexOutOfBoundsException},
 * {@code StackOverflowError}, {@code OutOfMemoryError}…), and never use more processor time than
 * {@link #bound(long)}: 2 s plus 10 s per megabyte, generous for a linear reader and far too short
 * for a quadratic one on a few megabytes.
 *
 * <p>The bound is on the reading thread's own processor time, not on the clock: a build on a
 * loaded machine (other builds, CI neighbours) stretches the clock, not the work, and a test's
 * colour must not depend on the load. Under coverage instrumentation (an exploring fuzz run) the
 * same work costs several times more: a fuzz test calls {@link #underInstrumentation()} first, and
 * the bound is multiplied by the system property {@value #SLOWDOWN_PROPERTY} (5 when absent). A reading that does not end within
 * ten times its bound on the clock, however little processor time it used, is a hang (a thread
 * waiting for ever) and a finding too.
 *
 * <p>The reading runs on a worker thread with the JVM's default stack size, as a conversion does;
 * a reading that overruns is abandoned (the thread is a daemon) and the next one gets a new thread.
 */
public final class ImportFuzzing {

    /** The time any input gets, however small. */
    public static final Duration BASE = Duration.ofSeconds(2);
    /** The time each further megabyte (10^6 bytes) gets. */
    public static final Duration PER_MEGABYTE = Duration.ofSeconds(10);
    /** The system property that multiplies the bound under coverage instrumentation. */
    public static final String SLOWDOWN_PROPERTY = "podium.fuzz.slowdown";
    private static final int DEFAULT_SLOWDOWN = 5;
    /** How often a reading's processor time is looked at. */
    private static final long POLL_MILLIS = 50;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private static ExecutorService worker = newWorker();
    /** 1, or the slowdown of coverage instrumentation once a fuzz test has said it runs under it. */
    private static volatile int slowdown = 1;

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

    /** The processor time an input of {@code bytes} bytes gets, slowdown included. */
    public static Duration bound(long bytes) {
        return BASE.plus(PER_MEGABYTE.multipliedBy(bytes).dividedBy(1_000_000)).multipliedBy(slowdown());
    }

    private static int slowdown() {
        return slowdown;
    }

    /**
     * Says that the readings that follow run under coverage instrumentation (Jazzer exploring), so
     * their bound is multiplied by {@value #SLOWDOWN_PROPERTY}; replays and other tests, which run
     * uninstrumented in JVMs of their own, keep the plain bound.
     */
    public static void underInstrumentation() {
        String value = System.getProperty(SLOWDOWN_PROPERTY, String.valueOf(DEFAULT_SLOWDOWN)).strip();
        try {
            slowdown = Math.max(1, Integer.parseInt(value));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(SLOWDOWN_PROPERTY + " must be a whole number, not '" + value + "'", e);
        }
    }

    /**
     * Runs {@code action} on an input of {@code bytes} bytes within {@link #bound(long)}. Returns when
     * it ends normally or with an {@link ImportException}; otherwise keeps the input with
     * {@code keeper} and throws a {@link Finding} naming what happened and where the input is.
     */
    public static void endsCleanly(String what, long bytes, Action action, Keeper keeper) {
        Duration bound = bound(bytes);
        long hangNanos = bound.multipliedBy(10).toNanos();
        AtomicLong readerThread = new AtomicLong(-1);
        AtomicLong cpuAtStart = new AtomicLong();
        Future<?> reading = submit(() -> {
            cpuAtStart.set(THREADS.getCurrentThreadCpuTime());
            readerThread.set(Thread.currentThread().getId());
            action.run();
            return null;
        });
        long started = System.nanoTime();
        while (true) {
            try {
                reading.get(POLL_MILLIS, TimeUnit.MILLISECONDS);
                return;
            } catch (ExecutionException e) {
                Throwable cause = e.getCause();
                if (cause instanceof ImportException) {
                    return;
                }
                throw finding(what + " on " + bytes + " bytes threw " + cause, cause, keeper);
            } catch (TimeoutException e) {
                String overrun = overrun(bound, hangNanos, System.nanoTime() - started,
                        readerThread.get() < 0 ? 0 : THREADS.getThreadCpuTime(readerThread.get()) - cpuAtStart.get());
                if (overrun != null) {
                    reading.cancel(true);
                    abandonWorker();
                    throw finding(what + " on " + bytes + " bytes " + overrun, null, keeper);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while " + what, e);
            }
        }
    }

    /** What is wrong with a reading still going after {@code elapsedNanos}, or null while it is within bounds. */
    private static String overrun(Duration bound, long hangNanos, long elapsedNanos, long cpuNanos) {
        if (cpuNanos > bound.toNanos()) {
            return "used more than " + bound.toMillis() + " ms of processor time";
        }
        if (elapsedNanos > hangNanos) {
            return "did not end within " + hangNanos / 1_000_000 + " ms (a hang: " + cpuNanos / 1_000_000
                    + " ms of processor time)";
        }
        return null;
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
