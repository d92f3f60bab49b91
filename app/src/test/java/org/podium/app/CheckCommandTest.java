package org.podium.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.podium.spi.Plugins;
import picocli.CommandLine;

/**
 * {@code podium check} on the bundled article, with the real plugins. Every finding was verified
 * against the article by hand:
 * <ul>
 *   <li>bikes stage 13: Sala 6:10:06, Esteve 6:14:48 is 4:42 behind, the article says 4:12;</li>
 *   <li>bikes general after 15: Meoni 47:41:50, Cox 48:28:42 is 46:52 behind, the article says 47:52
 *       (the gap of the next stage's row);</li>
 *   <li>cars stage 6: Peterhansel, third after stage 5 in 1:25:01 and stage winner in 3:25:19, would be
 *       second on 4:50:20 but is absent: his 14-minute penalty (note n2) puts him on 5:04:20, behind
 *       De Mévius's 4:54:03;</li>
 *   <li>cars stage 8: De Mévius 8:07:40 + 2:36:35 = 10:44:15, the article says 11:02:15: the
 *       18-minute penalty of note n3;</li>
 *   <li>trucks stage 5: Chagin 33:37 + 59:51 = 1:33:28, the article says 2:23:28: the 50:00 awarded
 *       for stage 4, cancelled (note n4).</li>
 * </ul>
 */
class CheckCommandTest {

    @Test
    void printsWhatTheArticleGetsWrongAndWhatItsNotesExplain() throws Exception {
        Cli.Result result = run("check", "--format", "csv");

        assertThat(result.exitCode()).isZero();
        List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(result.out())).getRecords();
        assertThat(result.out()).startsWith("severity,category,stage,classification,crew,expected,found,message,source\n");
        List<CSVRecord> shown = rows.stream().filter(r -> !r.get("severity").equals("info")).toList();
        assertThat(shown).extracting(r -> r.get("severity"), r -> r.get("category"), r -> r.get("stage"),
                        r -> r.get("classification"), r -> r.get("expected"), r -> r.get("found"))
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("contradiction", "bikes", "13", "stage", "0:04:42", "0:04:12"),
                        org.assertj.core.groups.Tuple.tuple("contradiction", "bikes", "15", "general", "0:46:52", "0:47:52"),
                        org.assertj.core.groups.Tuple.tuple("explained", "cars", "6", "general", "4:50:20", ""),
                        org.assertj.core.groups.Tuple.tuple("explained", "cars", "8", "general", "10:44:15", "11:02:15"),
                        org.assertj.core.groups.Tuple.tuple("explained", "trucks", "5", "general", "1:33:28", "2:23:28"));
        assertThat(shown.get(0).get("crew")).isEqualTo("Isidre Esteve / Giovanni Sala");
        assertThat(shown.get(0).get("source")).isEqualTo("2002-dakar-rally.txt:83:7 / 2002-dakar-rally.txt:81:12");
        assertThat(shown.get(3).get("message")).endsWith("the 18-minute penalty accounts for the difference, and"
                + " places it on stage 8.");
        assertThat(shown.get(4).get("message")).endsWith("places it on stage 4, cancelled for Trucks.");
        assertThat(rows).as("the rest is what a top three cannot show").hasSize(shown.size() + 31)
                .allMatch(r -> !r.get("severity").equals("info") || r.get("message").contains("could not be"));
        assertThat(result.err()).contains("checks: 2 contradictions, 3 explained, 31 not verifiable from the source");
    }

    @Test
    void asTextForPeopleWithoutWhatCouldNotBeVerified() {
        Cli.Result result = run("check");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).startsWith("contradiction: Bikes, stage 13, stage result\n"
                + "  In the result of stage 13 (Bikes), Isidre Esteve is given a gap of 0:04:12, but the time 6:14:48"
                + " is 0:04:42 behind the leader's 6:10:06.\n")
                .contains("explained: Trucks, stage 5, general classification\n")
                .contains("  note n4: All competitors awarded a stage time of 50:00.\n")
                .doesNotContain("info:");
    }

    @Test
    void asJsonForTools() {
        Cli.Result result = run("check", "--format", "json");

        assertThat(result.out()).startsWith("[\n  {\"severity\": \"contradiction\", \"category\": \"bikes\","
                + " \"stage\": \"13\", \"classification\": \"stage\", \"crews\": [\"Isidre Esteve\", \"Giovanni Sala\"]");
        assertThat(result.out().strip()).endsWith("}\n]");
    }

    @Test
    void strictExitsThreeOnAContradiction() {
        assertThat(run("check", "--strict").exitCode()).isEqualTo(ExitCode.STRICT.code());
    }

    @Test
    void convertSaysTheSummaryOnStderr(@org.junit.jupiter.api.io.TempDir java.nio.file.Path out) {
        Cli.Result result = run("convert", "--to", "md", "--out", out.toString(), "--issued-at", "2002-01-13T18:00:00Z");

        assertThat(result.exitCode()).isZero();
        assertThat(result.err()).contains("2002-dakar-rally.txt: checks: 2 contradictions, 3 explained, 31 not"
                + " verifiable from the source");
    }

    /** With every real plugin on the class path, as a user runs it. */
    private static Cli.Result run(String... args) {
        return Cli.runWithRealPlugins(args);
    }
}
