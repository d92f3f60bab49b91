package org.podium.launcher;

import java.util.Locale;

/**
 * The JVM ran out of memory or of stack: not a bug of Podium or of a plugin, but a limit the user
 * can raise. The launcher never blames a plugin for it; it fails the input or output at hand with
 * {@link #describe} and the cause, so a host can say how to give more.
 */
public final class OutOfResources {

    private static final long MIB = 1L << 20;
    private static final long GIB = 1L << 30;

    private OutOfResources() {
    }

    /** Whether {@code failure} is the JVM running out of heap or stack. */
    public static boolean is(Throwable failure) {
        return failure instanceof OutOfMemoryError || failure instanceof StackOverflowError;
    }

    /**
     * What ran out, in a few words: {@code out of memory (Java heap space; the heap may grow to
     * 512 MiB)} or {@code stack overflow: the input nests too deeply for the stack}.
     */
    public static String describe(Throwable failure) {
        if (failure instanceof StackOverflowError) {
            return "stack overflow: the input nests too deeply for the stack the JVM was given";
        }
        String reason = failure.getMessage() == null || failure.getMessage().isBlank() ? ""
                : failure.getMessage().strip() + "; ";
        return "out of memory (" + reason + "the Java heap may grow to " + size(maxHeap()) + ")";
    }

    /** The most heap this JVM may use, in bytes ({@link Runtime#maxMemory()}). */
    public static long maxHeap() {
        return Runtime.getRuntime().maxMemory();
    }

    /** A heap worth trying next, as {@code -Xmx} takes it: twice the present one, in whole GiB, at least 1g. */
    public static String largerHeap() {
        long max = maxHeap();
        long doubled = max == Long.MAX_VALUE ? max : 2 * max;
        long gib = Math.max(1, (doubled + GIB - 1) / GIB);
        return gib + "g";
    }

    /** {@code 512 MiB}, {@code 3.9 GiB}. */
    static String size(long bytes) {
        if (bytes == Long.MAX_VALUE) {
            return "no limit";
        }
        if (bytes < GIB) {
            return (bytes + MIB / 2) / MIB + " MiB";
        }
        return String.format(Locale.ROOT, "%.1f GiB", bytes / (double) GIB);
    }
}
