package org.podium.testkit.fuzz;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Damages a real input the ways files get damaged and the ways hostile users damage them: bit
 * flips, truncation anywhere (in a quote, in a UTF-8 sequence), rows deleted, duplicated, swapped
 * or repeated by the thousand, lines and tails spliced in from other files, huge cells, deep
 * nesting of a format's own brackets, a format's own words in odd places, extreme numbers, other
 * line ends and other encodings. Every decision comes from {@link Choices}, so a coverage-guided
 * fuzzer steers the damage and a seeded random source repeats it.
 *
 * <p>Immutable and thread-safe; inputs are never modified in place.
 */
public final class Mutator {

    /** Each way of damaging an input. */
    public enum Operator {
        FLIP_BIT, SET_BYTE, INSERT_BYTES, DELETE_RANGE, TRUNCATE, DUPLICATE_LINE, DELETE_LINE, SWAP_LINES,
        SPLICE_LINE, CROSSOVER, HUGE_CELL, DEEP_NESTING, TOKEN, EXTREME_NUMBER, LINE_ENDINGS, RE_ENCODE,
        REPEAT_LINES
    }

    /** Bytes that mean something to some reader: delimiters, quotes, brackets, line ends, NUL. */
    private static final byte[] INTERESTING = bytes("\n\r\",;|#\t{}[]<>!=-+:.0 9'&/\\");
    /** Numbers past every range a reader might assume, and digits that are not ASCII. */
    private static final String[] EXTREME_NUMBERS = {"0", "-1", "00", "2147483647", "2147483648", "-2147483649",
        "9223372036854775807", "9223372036854775808", "99999999999999999999", "1e309", "NaN", "-0", "0.0000001",
        "99:99:99", "23:59:60", "0:00:00", "9999999999:00:00", "1:2:3:4:5", "\u0663\u0664", "\uFF11\uFF12",
        "1,000,000", "12.345.678,9", "+-1", "2026-02-30", "0000-00-00", "+999999999-12-31", "999999999999.9"};
    /** Units a huge cell is made of: digits (numbers that overflow), letters, multi-byte text, quotes. */
    private static final String[] HUGE_UNITS = {"9", "x", "\u00e9", " ", "\"", "0", "\u4e2d", "a, ", "\t"};
    private static final Charset[] ENCODINGS = {StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE,
        Charset.forName("UTF-32BE"), StandardCharsets.ISO_8859_1, StandardCharsets.UTF_8};

    private final List<byte[]> donors;
    private final List<byte[]> tokens;
    private final List<byte[][]> nests;
    private final int maxLength;
    private final int maxOperations;

    private Mutator(Builder builder) {
        this.donors = List.copyOf(builder.donors);
        this.tokens = List.copyOf(builder.tokens);
        this.nests = List.copyOf(builder.nests);
        this.maxLength = builder.maxLength;
        this.maxOperations = builder.maxOperations;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The largest input a mutation makes. */
    public int maxLength() {
        return maxLength;
    }

    /** Applies up to the builder's number of operators, each chosen by {@code choices}. */
    public byte[] mutate(byte[] seed, Choices choices) {
        byte[] result = seed;
        int operations = choices.pick(0, maxOperations);
        for (int i = 0; i < operations; i++) {
            result = apply(choices.oneOf(Operator.values()), result, choices);
        }
        return result;
    }

    /** One operator; the input itself when the result would be longer than {@link #maxLength()}. */
    public byte[] apply(Operator operator, byte[] input, Choices choices) {
        Objects.requireNonNull(input, "input");
        byte[] result = switch (operator) {
            case FLIP_BIT -> flipBit(input, choices);
            case SET_BYTE -> setByte(input, choices);
            case INSERT_BYTES -> insert(input, choices.pick(0, input.length), choices.bytes(64));
            case DELETE_RANGE -> deleteRange(input, choices);
            case TRUNCATE -> Arrays.copyOf(input, choices.pick(0, input.length));
            case DUPLICATE_LINE -> duplicateLine(input, choices);
            case DELETE_LINE -> deleteLine(input, choices);
            case SWAP_LINES -> swapLines(input, choices);
            case SPLICE_LINE -> spliceLine(input, choices);
            case CROSSOVER -> crossover(input, choices);
            case HUGE_CELL -> hugeCell(input, choices);
            case DEEP_NESTING -> deepNesting(input, choices);
            case TOKEN -> token(input, choices);
            case EXTREME_NUMBER -> extremeNumber(input, choices);
            case LINE_ENDINGS -> lineEndings(input, choices);
            case RE_ENCODE -> reEncode(input, choices);
            case REPEAT_LINES -> repeatLines(input, choices);
        };
        // A result over the limit is dropped rather than cut: cutting would be a second, unchosen mutation.
        return result.length > maxLength ? input : result;
    }

    private static byte[] flipBit(byte[] input, Choices choices) {
        if (input.length == 0) {
            return input;
        }
        byte[] copy = input.clone();
        copy[choices.pick(0, copy.length - 1)] ^= (byte) (1 << choices.pick(0, 7));
        return copy;
    }

    private static byte[] setByte(byte[] input, Choices choices) {
        if (input.length == 0) {
            return input;
        }
        byte[] copy = input.clone();
        int value = choices.pick(0, INTERESTING.length + 255);
        copy[choices.pick(0, copy.length - 1)] = value < INTERESTING.length ? INTERESTING[value]
                : (byte) (value - INTERESTING.length);
        return copy;
    }

    private static byte[] deleteRange(byte[] input, Choices choices) {
        if (input.length == 0) {
            return input;
        }
        int from = choices.pick(0, input.length - 1);
        int length = choices.pick(1, Math.min(input.length - from, 4096));
        return splice(input, from, from + length, new byte[0]);
    }

    private static byte[] duplicateLine(byte[] input, Choices choices) {
        int[] starts = lineStarts(input);
        int line = choices.pick(0, starts.length - 2);
        byte[] copy = Arrays.copyOfRange(input, starts[line], starts[line + 1]);
        byte[] once = withLineEnd(copy);
        return insert(input, starts[line + 1], repeat(once, choices.pick(1, 3), lacksLineEnd(input, starts, line)));
    }

    private static byte[] deleteLine(byte[] input, Choices choices) {
        int[] starts = lineStarts(input);
        int line = choices.pick(0, starts.length - 2);
        return splice(input, starts[line], starts[line + 1], new byte[0]);
    }

    private static byte[] swapLines(byte[] input, Choices choices) {
        int[] starts = lineStarts(input);
        int a = choices.pick(0, starts.length - 2);
        int b = choices.pick(0, starts.length - 2);
        if (a == b) {
            return input;
        }
        int first = Math.min(a, b);
        int second = Math.max(a, b);
        ByteArrayOutputStream out = new ByteArrayOutputStream(input.length + 1);
        out.write(input, 0, starts[first]);
        out.writeBytes(withLineEnd(Arrays.copyOfRange(input, starts[second], starts[second + 1])));
        out.write(input, starts[first + 1], starts[second] - starts[first + 1]);
        out.writeBytes(Arrays.copyOfRange(input, starts[first], starts[first + 1]));
        out.write(input, starts[second + 1], input.length - starts[second + 1]);
        return out.toByteArray();
    }

    private byte[] spliceLine(byte[] input, Choices choices) {
        if (donors.isEmpty()) {
            return input;
        }
        byte[] donor = donors.get(choices.pick(0, donors.size() - 1));
        int[] donorStarts = lineStarts(donor);
        int line = choices.pick(0, donorStarts.length - 2);
        byte[] spliced = withLineEnd(Arrays.copyOfRange(donor, donorStarts[line], donorStarts[line + 1]));
        int[] starts = lineStarts(input);
        return insert(input, starts[choices.pick(0, starts.length - 1)], spliced);
    }

    private byte[] crossover(byte[] input, Choices choices) {
        if (donors.isEmpty()) {
            return input;
        }
        byte[] donor = donors.get(choices.pick(0, donors.size() - 1));
        int cut = choices.pick(0, input.length);
        int from = choices.pick(0, donor.length);
        byte[] result = Arrays.copyOf(input, cut + donor.length - from);
        System.arraycopy(donor, from, result, cut, donor.length - from);
        return result;
    }

    private byte[] hugeCell(byte[] input, Choices choices) {
        byte[] unit = bytes(choices.oneOf(HUGE_UNITS));
        int room = (maxLength - input.length) / unit.length;
        if (room < 1) {
            return input;
        }
        int count = Math.min(room, logScale(choices, 1000, room));
        return insert(input, choices.pick(0, input.length), repeat(unit, count, false));
    }

    private byte[] deepNesting(byte[] input, Choices choices) {
        if (nests.isEmpty()) {
            return input;
        }
        byte[][] nest = nests.get(choices.pick(0, nests.size() - 1));
        boolean closed = choices.pick(0, 1) == 1;
        int perLevel = nest[0].length + (closed ? nest[1].length : 0);
        int room = (maxLength - input.length) / Math.max(1, perLevel);
        if (room < 2) {
            return input;
        }
        int depth = Math.min(room, logScale(choices, 2, 50_000));
        int at = choices.pick(0, input.length);
        byte[] open = repeat(nest[0], depth, false);
        byte[] nested = closed ? concat(open, repeat(nest[1], depth, false)) : open;
        return insert(input, at, nested);
    }

    private byte[] token(byte[] input, Choices choices) {
        if (tokens.isEmpty()) {
            return input;
        }
        byte[] token = tokens.get(choices.pick(0, tokens.size() - 1));
        int at = choices.pick(0, input.length);
        int replaced = choices.pick(0, Math.min(input.length - at, 16));
        return splice(input, at, at + replaced, token);
    }

    /** Replaces a run of digits (one of them all, chosen by its index) with an extreme number. */
    private static byte[] extremeNumber(byte[] input, Choices choices) {
        byte[] number = bytes(choices.oneOf(EXTREME_NUMBERS));
        List<int[]> runs = new ArrayList<>();
        for (int i = 0; i < input.length; i++) {
            if (isDigit(input[i]) && (i == 0 || !isDigit(input[i - 1]))) {
                int end = i;
                while (end < input.length && isDigit(input[end])) {
                    end++;
                }
                runs.add(new int[] {i, end});
            }
        }
        if (runs.isEmpty()) {
            return insert(input, choices.pick(0, input.length), number);
        }
        int[] run = runs.get(choices.pick(0, runs.size() - 1));
        return splice(input, run[0], run[1], number);
    }

    private static byte[] lineEndings(byte[] input, Choices choices) {
        String text = new String(input, StandardCharsets.ISO_8859_1);
        String changed = switch (choices.pick(0, 3)) {
            case 0 -> text.replace("\r\n", "\n").replace("\n", "\r\n");
            case 1 -> text.replace("\r\n", "\n").replace('\n', '\r');
            case 2 -> text.replace("\r", "");
            default -> text.replace("\n", "");
        };
        return changed.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static byte[] reEncode(byte[] input, Choices choices) {
        String text = new String(input, StandardCharsets.UTF_8);
        Charset charset = choices.oneOf(ENCODINGS);
        boolean bom = choices.pick(0, 1) == 1;
        String withBom = bom && !text.startsWith("\uFEFF") && charset != StandardCharsets.ISO_8859_1
                ? "\uFEFF" + text : text;
        return withBom.getBytes(charset);
    }

    private byte[] repeatLines(byte[] input, Choices choices) {
        int[] starts = lineStarts(input);
        int first = choices.pick(0, starts.length - 2);
        int last = choices.pick(first, Math.min(starts.length - 2, first + 50));
        byte[] block = withLineEnd(Arrays.copyOfRange(input, starts[first], starts[last + 1]));
        int room = (maxLength - input.length - 1) / block.length;
        if (room < 2) {
            return input;
        }
        int times = Math.min(room, logScale(choices, 2, 10_000));
        return insert(input, starts[last + 1], repeat(block, times, lacksLineEnd(input, starts, last)));
    }

    /** From {@code min} to {@code max}, small numbers as likely as large orders of magnitude. */
    private static int logScale(Choices choices, int min, int max) {
        if (max <= min) {
            return min;
        }
        int bits = 32 - Integer.numberOfLeadingZeros(max - min);
        int upper = (int) Math.min(max - min, (1L << choices.pick(0, bits)) - 1);
        return min + choices.pick(0, upper);
    }

    /** Where each line starts, and the input's length last: {@code starts.length - 1} lines (at least one). */
    static int[] lineStarts(byte[] input) {
        int count = 1;
        for (int i = 0; i < input.length - 1; i++) {
            if (input[i] == '\n') {
                count++;
            }
        }
        int[] starts = new int[count + 1];
        int line = 1;
        for (int i = 0; i < input.length - 1; i++) {
            if (input[i] == '\n') {
                starts[line++] = i + 1;
            }
        }
        starts[count] = input.length;
        return starts;
    }

    private static boolean lacksLineEnd(byte[] input, int[] starts, int line) {
        return starts[line + 1] == input.length && (input.length == 0 || input[input.length - 1] != '\n');
    }

    private static byte[] withLineEnd(byte[] line) {
        return line.length > 0 && line[line.length - 1] == '\n' ? line : concat(line, new byte[] {'\n'});
    }

    private static byte[] repeat(byte[] unit, int times, boolean leadingLineEnd) {
        int lead = leadingLineEnd ? 1 : 0;
        byte[] result = new byte[lead + unit.length * times];
        if (leadingLineEnd) {
            result[0] = '\n';
        }
        for (int i = 0; i < times; i++) {
            System.arraycopy(unit, 0, result, lead + i * unit.length, unit.length);
        }
        return result;
    }

    private static byte[] insert(byte[] input, int at, byte[] inserted) {
        return splice(input, at, at, inserted);
    }

    private static byte[] splice(byte[] input, int from, int to, byte[] replacement) {
        byte[] result = new byte[input.length - (to - from) + replacement.length];
        System.arraycopy(input, 0, result, 0, from);
        System.arraycopy(replacement, 0, result, from, replacement.length);
        System.arraycopy(input, to, result, from + replacement.length, input.length - to);
        return result;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] result = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, result, a.length, b.length);
        return result;
    }

    private static boolean isDigit(byte b) {
        return b >= '0' && b <= '9';
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** Builds a {@link Mutator}. */
    public static final class Builder {
        private final List<byte[]> donors = new ArrayList<>();
        private final List<byte[]> tokens = new ArrayList<>();
        private final List<byte[][]> nests = new ArrayList<>();
        private int maxLength = 1 << 20;
        private int maxOperations = 6;

        private Builder() {
        }

        /** Files whose lines and tails may be spliced into the input. */
        public Builder donors(List<byte[]> files) {
            files.forEach(file -> donors.add(file.clone()));
            return this;
        }

        /** The format's own words, inserted in odd places: delimiters, keywords, markup. */
        public Builder tokens(String... words) {
            for (String word : words) {
                tokens.add(bytes(word));
            }
            return this;
        }

        /** A bracket of the format, nested thousands deep: {@code "{|\n"}, {@code "\n|}"}. */
        public Builder nesting(String open, String close) {
            nests.add(new byte[][] {bytes(open), bytes(close)});
            return this;
        }

        /** The largest input a mutation makes; 1 MiB unless said. */
        public Builder maxLength(int bytes) {
            if (bytes < 1) {
                throw new IllegalArgumentException("maxLength must be positive");
            }
            this.maxLength = bytes;
            return this;
        }

        /** At most this many operators per {@link #mutate}; 6 unless said. */
        public Builder maxOperations(int count) {
            if (count < 0) {
                throw new IllegalArgumentException("maxOperations must not be negative");
            }
            this.maxOperations = count;
            return this;
        }

        public Mutator build() {
            return new Mutator(this);
        }
    }
}
