package org.podium.benchmarks;

/**
 * An {@link Appendable} that keeps only the number of characters: the count depends on every
 * field written, so returning it keeps the writing alive without timing a growing buffer.
 */
final class CountingAppendable implements Appendable {

    private long count;

    @Override
    public Appendable append(CharSequence text) {
        count += text == null ? 4 : text.length();
        return this;
    }

    @Override
    public Appendable append(CharSequence text, int start, int end) {
        count += end - start;
        return this;
    }

    @Override
    public Appendable append(char c) {
        count++;
        return this;
    }

    long count() {
        return count;
    }
}
