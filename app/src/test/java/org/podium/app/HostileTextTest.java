package org.podium.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podium.spi.Plugins;
import org.podium.testkit.SampleArticles;
import picocli.CommandLine;

/**
 * Hostile text in real inputs, through the real plugins as a user runs them: control characters in
 * names and notes, escape sequences and huge lines in what messages quote. Names from the bundled
 * 2002 Dakar article (Wikipedia, CC BY-SA); every document is read back with an independent reader.
 */
class HostileTextTest {

    private static final String SLUG = "2002-arras-madrid-dakar-rally";
    private static final String ARTICLE = SampleArticles.DAKAR_2002;

    @TempDir
    Path dir;

    @Test
    void controlCharactersInTheArticleAreRemovedWithWarningsAndNoDocumentHoldsThem() throws Exception {
        String article = SampleArticles.dakar2002Text()
                .replace("Hiroshi Masuoka", "Hiroshi\u0007 Masuoka")
                .replace("Jutta Kleinschmidt", "Jutta\u001B[2J Kleinschmidt")
                .replace("14-minute penalty", "14-minute\u0000 penalty");
        Path input = Files.writeString(dir.resolve(ARTICLE), article, StandardCharsets.UTF_8);
        Path out = dir.resolve("out");

        Cli.Result strict = run("convert", "--to", "md,csv,pdf", "--out", out.toString(), "--strict",
                "--issued-at", "2002-01-13T18:00:00Z", input.toString());

        assertThat(strict.exitCode()).as(strict.err()).isEqualTo(ExitCode.STRICT.code());
        assertThat(strict.err()).contains(
                ARTICLE + ":109:11: warning: removed the control character U+0007 BEL from the name of crew 201"
                        + " (Hiroshi Masuoka / Pascal Maimon) in cars\n",
                ARTICLE + ":105:7: warning: removed the control character U+001B ESCAPE and the terminal sequence"
                        + " after it ('[2J') from the name of crew 200 (Jutta Kleinschmidt / Andreas Schulz) in cars\n",
                ": warning: removed the control character U+0000 NULL from note n",
                "wrote 3 outputs");
        assertThat(strict.err()).doesNotContain("\u0007", "\u001B", "\u0000");
        // Every document is written, and none holds a control character.
        String markdown = Files.readString(out.resolve(SLUG + ".md"));
        assertThat(markdown).contains("Hiroshi Masuoka", "Jutta Kleinschmidt").doesNotContain("[2J");
        assertNoControls(markdown);
        try (Stream<Path> files = Files.list(out.resolve(SLUG))) {
            for (Path csv : files.filter(f -> f.toString().endsWith(".csv")).toList()) {
                assertNoControls(Files.readString(csv));
            }
        }
        assertThat(records(out.resolve(SLUG).resolve("entries.csv")))
                .anySatisfy(r -> assertThat(r.get("crew")).isEqualTo("Hiroshi Masuoka / Pascal Maimon"));
        assertThat(records(out.resolve(SLUG).resolve("notes.csv")))
                .anySatisfy(r -> assertThat(r.get("text")).startsWith("Peterhansel had a 14-minute penalty added"));
        String pdf = pdfText(out.resolve(SLUG + ".pdf"));
        assertThat(pdf).contains("Hiroshi Masuoka").doesNotContain("\u0007");

        Cli.Result lenient = run("convert", "--to", "md", "--out", dir.resolve("lenient").toString(), input.toString());
        assertThat(lenient.exitCode()).as("without --strict the warnings do not fail the run").isZero();
    }

    @Test
    void aTimingSheetsControlCharactersAreRemovedTooAndTheWorkbookIsWritten() throws Exception {
        Path sheet = Files.writeString(dir.resolve("dakar.csv"), """
                # event: 2002 Arras–Madrid–Dakar Rally
                category,stage,number,crew,nationality,make,entrant,time,penalty,penalty reason,status
                cars,1,201,Hiroshi Masuoka\u0007 / Pascal Maimon,JPN / FRA,Mitsubishi,Team Nippon Oil\u009B31m Mitsubishi Ralliart,3:53:39,,,
                cars,1,200,Jutta Kleinschmidt / Andreas Schulz,DEU / DEU,Mitsubishi\u001B,Team Mitsubishi Ralliart,3:58:44,,,
                """, StandardCharsets.UTF_8);
        Path out = dir.resolve("out");

        Cli.Result result = run("convert", "--to", "csv,pdf", "--out", out.toString(), "--strict", sheet.toString());

        assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCode.STRICT.code());
        assertThat(result.err()).contains("dakar.csv:3:", "from the name of crew 201 (Hiroshi Masuoka / Pascal Maimon)",
                "U+009B CONTROL SEQUENCE INTRODUCER and the terminal sequence after it ('31m')",
                "which now reads 'Team Nippon Oil Mitsubishi Ralliart'",
                "dakar.csv:4:", "U+001B ESCAPE from the make of crew 200 (Jutta Kleinschmidt / Andreas Schulz) in cars");
        assertThat(records(out.resolve(SLUG).resolve("entries.csv")))
                .extracting(r -> r.get("crew") + "|" + r.get("make") + "|" + r.get("entrant"))
                .containsExactly("Jutta Kleinschmidt / Andreas Schulz|Mitsubishi|Team Mitsubishi Ralliart",
                        "Hiroshi Masuoka / Pascal Maimon|Mitsubishi|Team Nippon Oil Mitsubishi Ralliart");
        assertThat(pdfText(out.resolve(SLUG + ".pdf"))).as("the PDF no longer refuses the name")
                .contains("Hiroshi Masuoka", "Team Nippon Oil Mitsubishi Ralliart");
    }

    @Test
    void escapeSequencesInAHeaderAreQuotedEscapedAndNeverReachTheTerminal() throws Exception {
        Path sheet = Files.writeString(dir.resolve("standings.csv"),
                "Pos,\u001B]0;pwned\u0007Rider\u001B[2J,Time\n1,Fabrizio Meoni,46:11:30\n", StandardCharsets.UTF_8);

        Cli.Result result = run("check", sheet.toString());

        assertThat(result.exitCode()).isEqualTo(ExitCode.INPUT_ERROR.code());
        assertThat(result.err()).contains("'\\u001B]0;pwned\\u0007Rider\\u001B[2J'")
                .doesNotContain("\u001B", "\u0007");
    }

    @Test
    void aHugeLineGivesAMessageCutToAFewLinesSayingHowMuchWasLeftOut() throws Exception {
        Path sheet = Files.writeString(dir.resolve("huge.csv"),
                "Pos," + "Fabrizio Meoni ".repeat(400_000) + ",Time\n1,A,1:00:00\n", StandardCharsets.UTF_8);

        Cli.Result result = run("check", sheet.toString());

        assertThat(result.exitCode()).isEqualTo(ExitCode.INPUT_ERROR.code());
        List<String> lines = result.err().lines().toList();
        assertThat(lines).allSatisfy(line -> assertThat(line.length()).isLessThan(Console.MESSAGE_LIMIT + 40));
        assertThat(result.err()).contains("podium: huge.csv:1: not a table Podium knows", "more characters)");
        assertThat(result.err().length()).isLessThan(4 * Console.MESSAGE_LIMIT);
    }

    @Test
    void aUsageErrorQuotesTheArgumentEscaped() {
        Cli.Result result = run("convert", "--category", "\u001B[2Jcars", "--to", "md", "--out", dir.toString());

        assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE.code());
        assertThat(result.err()).contains("\\u001B[2j").doesNotContain("\u001B");
    }

    private static void assertNoControls(String text) {
        assertThat(text.codePoints().filter(c -> c != '\n' && org.podium.model.Text.isControl(c)).toArray())
                .as("control characters").isEmpty();
    }

    private static List<CSVRecord> records(Path csv) throws Exception {
        try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            return new ArrayList<>(CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(reader).getRecords());
        }
    }

    private static String pdfText(Path pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(document);
        }
    }

    /** With every real plugin on the class path, as a user runs it. */
    private static Cli.Result run(String... args) {
        return Cli.runWithRealPlugins(args);
    }
}
