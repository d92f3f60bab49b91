package org.podium.app;

import java.io.BufferedWriter;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;

/**
 * Stdout as the commands write it: UTF-8 whatever the platform's charset (ASCII under
 * {@code LANG=C} would turn every accent into '?'), buffered (a sheet can be megabytes), and
 * failing loudly. {@link System#out} and {@link PrintWriter} keep write errors to themselves, so
 * {@code podium generate > /dev/full} would end "successfully" with a cut file and a closed pipe
 * would let the generator run on for seconds writing nowhere: here the first failed write throws
 * {@link Failure}, which stops the command where it is.
 */
final class Stdout {

    private static final int BUFFER = 1 << 16;

    private Stdout() {
    }

    /** The process's stdout. */
    static PrintWriter system() {
        return of(new FileOutputStream(FileDescriptor.out));
    }

    /** A writer on {@code out} whose first failed write throws {@link Failure}. */
    static PrintWriter of(OutputStream out) {
        return new PrintWriter(new BufferedWriter(new OutputStreamWriter(new Failing(out), StandardCharsets.UTF_8),
                BUFFER));
    }

    /** Stdout could not be written: the disk is full, the pipe was closed, the file system refused. */
    static final class Failure extends UncheckedIOException {
        private static final long serialVersionUID = 1L;

        Failure(IOException cause) {
            super("cannot write to stdout: " + reason(cause), cause);
        }

        /**
         * Whether the reader went away ({@code podium generate | head -1}): not an error for a
         * Unix tool to report, only a reason to stop.
         */
        boolean brokenPipe() {
            String reason = reason(getCause()).toLowerCase(Locale.ROOT);
            return reason.contains("broken pipe") || reason.contains("pipe is being closed")
                    || reason.contains("pipe has been ended");
        }

        private static String reason(IOException cause) {
            return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        }
    }

    /**
     * Passes bytes on, and turns the first failure into {@link Failure}, which no writer above
     * swallows. After it, everything is dropped: the failure stopped the command and was said once;
     * the final flush must not say it again.
     */
    private static final class Failing extends OutputStream {
        private final OutputStream out;
        private boolean failed;

        Failing(OutputStream out) {
            this.out = Objects.requireNonNull(out, "out");
        }

        @Override
        public void write(int b) {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) {
            if (failed) {
                return;
            }
            try {
                out.write(bytes, offset, length);
            } catch (IOException e) {
                throw fail(e);
            }
        }

        @Override
        public void flush() {
            if (failed) {
                return;
            }
            try {
                out.flush();
            } catch (IOException e) {
                throw fail(e);
            }
        }

        @Override
        public void close() {
            try {
                out.close();
            } catch (IOException e) {
                if (!failed) {
                    throw fail(e);
                }
            }
        }

        private Failure fail(IOException e) {
            failed = true;
            return new Failure(e);
        }
    }
}
