package org.podium.generator;

/**
 * What to generate: how many crews, how many stages, and the seed that decides everything else.
 *
 * @param entries crews in the whole event, 1 to {@value #MAX_ENTRIES}
 * @param stages  numbered stages, 1 to {@value #MAX_STAGES}
 * @param seed    any value; the same settings always give the same sheet, byte for byte
 * @throws IllegalArgumentException when entries or stages are out of range, saying which
 */
public record GeneratorSettings(int entries, int stages, long seed) {

    public static final int DEFAULT_ENTRIES = 300;
    public static final int DEFAULT_STAGES = 12;
    public static final long DEFAULT_SEED = 1;
    /** A rally raid has two weeks of stages; thirty leaves room for a long one. */
    public static final int MAX_STAGES = 30;
    /** The whole field is kept in memory while the sheet streams out; a million crews still fits. */
    public static final int MAX_ENTRIES = 1_000_000;

    public GeneratorSettings {
        if (entries < 1 || entries > MAX_ENTRIES) {
            throw new IllegalArgumentException("entries must be between 1 and " + MAX_ENTRIES + ", not " + entries);
        }
        if (stages < 1 || stages > MAX_STAGES) {
            throw new IllegalArgumentException("stages must be between 1 and " + MAX_STAGES + ", not " + stages);
        }
    }

    /** The command that writes the same sheet, as its comment line records it. */
    public String commandLine() {
        return "podium generate --entries " + entries + " --stages " + stages + " --seed " + seed;
    }
}
