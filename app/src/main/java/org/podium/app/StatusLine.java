package org.podium.app;

import java.io.IOException;
import java.io.Writer;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import org.podium.model.Text;

/**
 * The line at the bottom of a terminal that says what a long run is doing and for how long
 * ({@code podium: writing out/dakar.xlsx … 23 s}), redrawn in place every second, so that a
 * 48-second workbook does not look like a hung command. It shows only once a step has taken a
 * second (a quick run prints nothing more than before), and it is the writer every other stderr
 * line goes through: a message first erases it and is printed whole on its own line, then the
 * status comes back below it. Only on a terminal; {@link Console} uses none otherwise, so a log
 * file or a pipe never holds carriage returns.
 */
final class StatusLine extends Writer {

    private static final long SHOWN_AFTER_NANOS = TimeUnit.SECONDS.toNanos(1);
    private static final String ERASE = "\r\033[K";

    private final Writer terminal;
    private final LongSupplier nanoClock;
    private final int width;
    private final boolean ticking;
    private ScheduledExecutorService ticker;
    private String step;
    private long stepStart;
    private boolean drawn;

    /**
     * @param width   the terminal's width in characters: the status is cut to fit one line
     * @param ticking whether a thread redraws it every second (tests call {@link #tick} instead)
     */
    StatusLine(Writer terminal, LongSupplier nanoClock, int width, boolean ticking) {
        this.terminal = terminal;
        this.nanoClock = nanoClock;
        this.width = Math.max(20, width);
        this.ticking = ticking;
    }

    /** The terminal's width as the shell says it ({@code COLUMNS}), or 80. */
    static int terminalWidth() {
        try {
            return Integer.parseInt(System.getenv().getOrDefault("COLUMNS", "80").trim());
        } catch (NumberFormatException e) {
            return 80;
        }
    }

    /** What the run does now ("reading dakar.txt"), its time counting from now; null when nothing runs. */
    void show(String what) {
        synchronized (lock) {
            step = what;
            stepStart = nanoClock.getAsLong();
            if (what == null) {
                erase();
                flushTerminal();
                return;
            }
            if (drawn) {
                draw();
            }
            if (ticking && ticker == null) {
                ticker = Executors.newSingleThreadScheduledExecutor(task -> {
                    Thread thread = new Thread(task, "podium-status");
                    thread.setDaemon(true);
                    return thread;
                });
                ticker.scheduleAtFixedRate(this::tick, 1, 1, TimeUnit.SECONDS);
            }
        }
    }

    /** The run is done: the status goes, and nothing is drawn again. */
    void end() {
        synchronized (lock) {
            step = null;
            erase();
            flushTerminal();
            if (ticker != null) {
                ticker.shutdownNow();
                ticker = null;
            }
        }
    }

    /**
     * Writes something else to the same terminal (stdout: the paths written): the status is erased
     * first and comes back after, so the two never share a line.
     */
    void around(Runnable write) {
        synchronized (lock) {
            erase();
            flushTerminal();
            write.run();
            tick();
        }
    }

    /** Draws the status once its step has taken a second. */
    void tick() {
        synchronized (lock) {
            if (step != null && nanoClock.getAsLong() - stepStart >= SHOWN_AFTER_NANOS) {
                draw();
            }
        }
    }

    @Override
    public void write(char[] text, int offset, int length) throws IOException {
        synchronized (lock) {
            erase();
            terminal.write(text, offset, length);
        }
    }

    /** A message is complete: it goes out, and the status comes back below it. */
    @Override
    public void flush() throws IOException {
        synchronized (lock) {
            terminal.flush();
            tick();
        }
    }

    @Override
    public void close() throws IOException {
        end();
        terminal.close();
    }

    private void draw() {
        long seconds = TimeUnit.NANOSECONDS.toSeconds(nanoClock.getAsLong() - stepStart);
        String suffix = " … " + seconds + " s";
        // One line, never wrapped: a wrapped status cannot be erased with a carriage return.
        // Control characters shown escaped, as every message is (a file name may hold them).
        String said = Text.excerpt("podium: " + step, 4 * width);
        int room = width - 1 - suffix.length();
        String text = (said.length() <= room ? said : said.substring(0, room - 1) + "…") + suffix;
        try {
            terminal.write(ERASE + text);
            terminal.flush();
            drawn = true;
        } catch (IOException e) {
            // The terminal went away; the messages that follow say so if it matters.
            step = null;
        }
    }

    private void erase() {
        if (drawn) {
            try {
                terminal.write(ERASE);
            } catch (IOException e) {
                // As in draw().
            }
            drawn = false;
        }
    }

    private void flushTerminal() {
        try {
            terminal.flush();
        } catch (IOException e) {
            // As in draw().
        }
    }
}
