package org.podium.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.podium.model.SourcePosition;
import org.podium.spi.Diagnostic;

/** Every line for people leaves through the console escaped and bounded, whoever wrote the message. */
class ConsoleTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @Test
    void aDiagnosticQuotingAHugeCellIsCutAndItsControlsEscaped() {
        Console console = console(false);
        console.diagnostic(Diagnostic.error(SourcePosition.of("dakar.csv", 3, 4),
                "the time '\u001B[2J" + "9".repeat(10_000_000) + "' is not a time"));

        String line = err.toString().strip();
        assertThat(line).startsWith("dakar.csv:3:4: error: the time '\\u001B[2J999")
                .containsPattern("999… \\(99990\\d\\d more characters\\)$")
                .doesNotContain("\u001B");
        assertThat(line.length()).isLessThan(Console.MESSAGE_LIMIT + 40);
    }

    @Test
    void anInternalErrorAndItsStackTraceQuoteTheExceptionsMessageBounded() {
        NumberFormatException bug = new NumberFormatException("For input string: \"" + "1".repeat(50_000) + "\u0007\"");

        console(false).internalError(bug);
        assertThat(err.toString()).startsWith("podium: internal error: For input string: \"111")
                .endsWith("more characters) (run with --verbose for the stack trace)\n");

        err.getBuffer().setLength(0);
        console(true).internalError(bug);
        assertThat(err.toString().lines()).allSatisfy(l -> assertThat(l.length()).isLessThan(Console.MESSAGE_LIMIT + 40));
        assertThat(err.toString()).contains("\tat org.podium.app.ConsoleTest").doesNotContain("\u0007");
    }

    @Test
    void findingsAsTextAreLinesForPeopleAndDataIsLeftAsItIs() {
        Console console = console(false);
        console.text("contradiction: Cars, stage 8\n  In the result of stage 8 (Cars), " + "Kenjiro Shinozuka ".repeat(100));
        console.result("crew\n\"Hiroshi Masuoka\u0007\"");

        assertThat(out.toString().lines()).containsExactly("contradiction: Cars, stage 8",
                out.toString().lines().toList().get(1), "crew", "\"Hiroshi Masuoka\u0007\"");
        assertThat(out.toString().lines().toList().get(1)).endsWith("more characters)").hasSizeLessThan(1040);
    }

    @Test
    void aRowKeepsItsColumnsEscapesItsFieldsAndCutsOnlyItsLongestOnes() {
        assertThat(Console.sayRow("exporter", "txt", "Plain\ttext", "1.0")).isEqualTo("exporter\ttxt\tPlain\\ttext\t1.0");

        String row = Console.sayRow("a", "b".repeat(600), "c".repeat(700), "d");
        assertThat(row.split("\t")).hasSize(4);
        // 1 000 characters, less three tabs and the two short fields, shared by the two long ones.
        assertThat(row).isEqualTo("a\t" + "b".repeat(497) + "… (103 more characters)\t" + "c".repeat(497)
                + "… (203 more characters)\td");
    }

    private Console console(boolean verbose) {
        return new Console(new PrintWriter(out, true), new PrintWriter(err, true), verbose, false);
    }
}
