package org.podium.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** What a person watching a terminal sees of a long run: the status line and the messages around it. */
class StatusLineTest {

    private final StringWriter terminal = new StringWriter();
    private final AtomicLong now = new AtomicLong();
    private final StatusLine status = new StatusLine(terminal, now::get, 60, false);
    private final PrintWriter err = new PrintWriter(status);

    private void seconds(long n) {
        now.addAndGet(TimeUnit.SECONDS.toNanos(n));
        status.tick();
    }

    @Test
    void aQuickStepShowsNothing() {
        status.show("reading dakar.txt");
        now.addAndGet(TimeUnit.MILLISECONDS.toNanos(900));
        status.tick();
        status.end();
        assertThat(terminal.toString()).isEmpty();
    }

    @Test
    void aLongStepSaysWhatAndHowLongInPlaceAndGoesAtTheEnd() {
        status.show("writing out/dakar.xlsx");
        seconds(1);
        seconds(22);
        status.end();
        assertThat(terminal.toString()).isEqualTo("\r\033[Kpodium: writing out/dakar.xlsx … 1 s"
                + "\r\033[Kpodium: writing out/dakar.xlsx … 23 s"
                + "\r\033[K");
    }

    @Test
    void aMessageErasesTheStatusStandsOnItsOwnLineAndTheStatusComesBackBelowIt() {
        status.show("reading big.csv");
        seconds(2);
        err.println("big.csv:7:3: a time with a letter in it");
        err.flush();
        status.end();
        assertThat(terminal.toString()).isEqualTo("\r\033[Kpodium: reading big.csv … 2 s"
                + "\r\033[K" + "big.csv:7:3: a time with a letter in it" + System.lineSeparator()
                + "\r\033[Kpodium: reading big.csv … 2 s"
                + "\r\033[K");
    }

    @Test
    void theNextStepReplacesTheLineAndCountsFromZero() {
        status.show("reading big.csv");
        seconds(5);
        status.show("writing out/big.pdf");
        seconds(1);
        assertThat(terminal.toString()).endsWith("\r\033[Kpodium: writing out/big.pdf … 0 s"
                + "\r\033[Kpodium: writing out/big.pdf … 1 s");
    }

    @Test
    void aLongOrHostileNameKeepsToOneLineWithItsControlCharactersShown() {
        status.show("writing out/" + "x".repeat(200) + "\033[2J.pdf");
        seconds(3);
        String drawn = terminal.toString().substring("\r\033[K".length());
        assertThat(drawn).hasSize(59).endsWith("… … 3 s").doesNotContain("\033");
    }

    @Test
    void stdoutOnTheSameTerminalNeverSharesTheStatusLine() {
        StringWriter stdout = new StringWriter();
        status.show("writing out/big.pdf");
        seconds(4);
        status.around(() -> {
            terminal.write("out/big.pdf\n");
            stdout.write("out/big.pdf\n");
        });
        assertThat(terminal.toString()).isEqualTo("\r\033[Kpodium: writing out/big.pdf … 4 s"
                + "\r\033[K" + "out/big.pdf\n"
                + "\r\033[Kpodium: writing out/big.pdf … 4 s");
        assertThat(stdout.toString()).isEqualTo("out/big.pdf\n");
    }

    @Test
    void whenNothingRunsTheLineGoesAndStaysAway() {
        status.show("writing out/big.pdf");
        seconds(2);
        status.show(null);
        seconds(5);
        assertThat(terminal.toString()).isEqualTo("\r\033[Kpodium: writing out/big.pdf … 2 s" + "\r\033[K");
    }
}
