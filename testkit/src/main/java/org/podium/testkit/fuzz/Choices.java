package org.podium.testkit.fuzz;

import java.util.Objects;
import java.util.Random;
import java.util.function.IntSupplier;

/**
 * Where a fuzzer's decisions come from: Jazzer's {@code FuzzedDataProvider} in a fuzz test (so
 * coverage guides them), or a seeded {@link Random} anywhere else. When a source runs dry it
 * answers the smallest value, so an empty input means "the first seed, unchanged".
 */
public interface Choices {

    /** A whole number from {@code min} to {@code max}, both included. */
    int pick(int min, int max);

    /** Up to {@code maxLength} raw bytes, chosen by the fuzzer. */
    byte[] bytes(int maxLength);

    /** One of {@code values}. */
    default <T> T oneOf(T[] values) {
        return values[pick(0, values.length - 1)];
    }

    /**
     * The fuzzer's choices while its input has bytes left, then those of {@code then}: a short input
     * still damages a seed much, and the fuzzer steers the first decisions, which matter most. Seed
     * {@code then} from the input itself (its first bytes), so an input always makes the same choices.
     *
     * @param remaining how many bytes the fuzzer's input has left
     */
    static Choices untilExhausted(Choices fuzzer, IntSupplier remaining, Random then) {
        Choices random = random(then);
        return new Choices() {
            @Override
            public int pick(int min, int max) {
                return (remaining.getAsInt() > 0 ? fuzzer : random).pick(min, max);
            }

            @Override
            public byte[] bytes(int maxLength) {
                return (remaining.getAsInt() > 0 ? fuzzer : random).bytes(maxLength);
            }
        };
    }

    /** Choices from a seeded random source: the same seed, the same choices. */
    static Choices random(Random random) {
        Objects.requireNonNull(random, "random");
        return new Choices() {
            @Override
            public int pick(int min, int max) {
                return min + (int) Math.floorMod(random.nextLong(), (long) max - min + 1);
            }

            @Override
            public byte[] bytes(int maxLength) {
                byte[] bytes = new byte[random.nextInt(maxLength + 1)];
                random.nextBytes(bytes);
                return bytes;
            }
        };
    }
}
