package org.podium.generator.internal;

import java.util.List;

/**
 * The generator's only source of chance: SplitMix64, written out here rather than taken from
 * {@code java.util}, so that a seed gives the same numbers on every JDK and machine. Gaussian
 * draws use {@link StrictMath}, whose results the JLS fixes bit for bit ({@code Math.log} may
 * differ in the last place between platforms). Not thread-safe; one per generation.
 */
public final class Dice {

    private long state;

    public Dice(long seed) {
        this.state = seed;
    }

    public long nextLong() {
        long z = state += 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** Uniform in [0, 1). */
    public double nextDouble() {
        return (nextLong() >>> 11) * 0x1.0p-53;
    }

    /** Uniform in [0, bound); the bias of a 31-bit multiply is far below anything a sheet shows. */
    public int nextInt(int bound) {
        if (bound <= 0) {
            throw new IllegalArgumentException("bound must be positive: " + bound);
        }
        return (int) (((nextLong() >>> 33) * bound) >>> 31);
    }

    /** Uniform in [low, high], both included. */
    public int between(int low, int high) {
        return low + nextInt(high - low + 1);
    }

    /** Uniform in [low, high). */
    public double between(double low, double high) {
        return low + (high - low) * nextDouble();
    }

    public boolean chance(double probability) {
        return nextDouble() < probability;
    }

    /** Standard normal (Box–Muller, one of the pair). */
    public double gaussian() {
        double u = 1.0 - nextDouble();
        double v = nextDouble();
        return StrictMath.sqrt(-2.0 * StrictMath.log(u)) * StrictMath.cos(2.0 * StrictMath.PI * v);
    }

    public <T> T pick(List<T> items) {
        return items.get(nextInt(items.size()));
    }
}
