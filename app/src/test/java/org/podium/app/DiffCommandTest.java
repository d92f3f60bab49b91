package org.podium.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podium.testkit.SampleArticles;

/**
 * {@code podium diff} on the bundled article and copies of it changed by hand, with the real
 * plugins. Line 83 of the article holds, side by side, the third row of the bikes' stage 13
 * (Esteve, 6:14:48, a gap the article gives as 4:12 where the times make it 4:42) and the third row
 * of the general classification after it (Cox, 39:49:18, +16:19); line 207 is Esteve, race number
 * 4, fifth in the final standings at +2:54:34.
 */
class DiffCommandTest {

    private static final String LINE_83 =
            "| 3 | ESP Isidre Esteve | KTM | 6:14:48 | 4:12 | 3 | RSA Alfie Cox | KTM | 39:49:18 | 16:19 |\n";
    private static final String LINE_207 = "| 5 | 4 | ESP Isidre Esteve | KTM | Repsol KTM | +2:54:34 |\n";
    private static final String MENDED_GAP = "bikes · stage 13 · 4 Isidre Esteve: gap +0:04:12 → +0:04:42";

    @TempDir
    Path dir;

    @Test
    void theArticleAgainstItselfHasNoChange() throws IOException {
        Path article = SampleArticles.dakar2002(dir);
        // A copy, not the same path twice: that would be read once, and two readings never compared.
        Path copy = Files.copy(article, dir.resolve("copy.txt"));

        Cli.Result result = run("diff", article.toString(), copy.toString());

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).isEqualTo("2002-dakar-rally.txt → copy.txt: no change\n");
    }

    @Test
    void esteveStage13GapMendedIsExactlyThatChange() throws IOException {
        Path article = SampleArticles.dakar2002(dir);
        Path mended = edited("mended.txt", LINE_83, LINE_83.replace("| 4:12 |", "| 4:42 |"));

        Cli.Result result = run("diff", article.toString(), mended.toString());

        assertThat(result.exitCode()).isEqualTo(ExitCode.DIFFERENT.code()).isEqualTo(1);
        // His position stays third: Meoni, second, is 3:45 behind; the positions are the article's own.
        assertThat(result.out()).isEqualTo(MENDED_GAP + "\n");
        assertThat(result.err()).isEqualTo("2002-dakar-rally.txt → mended.txt: 1 change\n");
    }

    @Test
    void asCsvForTools() throws IOException {
        Path article = SampleArticles.dakar2002(dir);
        Path mended = edited("mended.txt", LINE_83, LINE_83.replace("| 4:12 |", "| 4:42 |"));

        Cli.Result result = run("diff", "--format", "csv", article.toString(), mended.toString());

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.out()).startsWith(
                "category,stage,classification,subject,change,field,number,crew,entry_id,before,after\n");
        List<CSVRecord> rows = csv(result.out());
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).toMap()).containsExactlyInAnyOrderEntriesOf(Map.ofEntries(
                Map.entry("category", "bikes"), Map.entry("stage", "13"), Map.entry("classification", "stage"),
                Map.entry("subject", "row"), Map.entry("change", "changed"), Map.entry("field", "gap"),
                Map.entry("number", "4"), Map.entry("crew", "Isidre Esteve"), Map.entry("entry_id", "bikes-4"),
                Map.entry("before", "0:04:12"), Map.entry("after", "0:04:42")));
    }

    @Test
    void asJsonForTools() throws IOException {
        Path article = SampleArticles.dakar2002(dir);
        Path mended = edited("mended.txt", LINE_83, LINE_83.replace("| 4:12 |", "| 4:42 |"));

        Cli.Result result = run("diff", "--format", "json", article.toString(), mended.toString());

        assertThat(result.exitCode()).isEqualTo(1);
        List<Map<String, String>> changes = json(result.out());
        assertThat(changes).hasSize(1);
        assertThat(changes.get(0)).containsExactly(Map.entry("category", "bikes"), Map.entry("stage", "13"),
                Map.entry("classification", "stage"), Map.entry("subject", "row"), Map.entry("change", "changed"),
                Map.entry("field", "gap"), Map.entry("number", "4"), Map.entry("crew", "Isidre Esteve"),
                Map.entry("entry_id", "bikes-4"), Map.entry("before", "0:04:12"), Map.entry("after", "0:04:42"));
        assertThat(run("diff", "--format", "json", article.toString(), article.toString()).out()).isEqualTo("[]\n");
    }

    @Test
    void aRemovedLineIsTheTwoRowsItHeld() throws IOException {
        Path article = SampleArticles.dakar2002(dir);
        Path cut = edited("cut.txt", LINE_83, "");

        Cli.Result result = run("diff", article.toString(), cut.toString());

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.out()).isEqualTo(
                "bikes · stage 13 · 4 Isidre Esteve: row removed (3, 6:14:48, +0:04:12)\n"
                + "bikes · general after stage 13 · 5 Alfie Cox: row removed (3, 39:49:18, +0:16:19)\n");
    }

    @Test
    void aCrewMarkedRetired() throws IOException {
        Path article = SampleArticles.dakar2002(dir);
        Path retired = edited("retired.txt", LINE_207, "| Ret | 4 | ESP Isidre Esteve | KTM | Repsol KTM | Ret |\n");

        Cli.Result result = run("diff", "--format", "csv", article.toString(), retired.toString());

        assertThat(result.exitCode()).isEqualTo(1);
        // The positions below his stay as the article prints them: Sala is still sixth.
        assertThat(csv(result.out())).extracting(r -> r.get("classification"), r -> r.get("crew"), r -> r.get("field"),
                        r -> r.get("before"), r -> r.get("after"))
                .containsExactly(
                        tuple("final", "Isidre Esteve", "position", "5", ""),
                        tuple("final", "Isidre Esteve", "status", "classified", "retired"),
                        tuple("final", "Isidre Esteve", "time", "50:55:33", ""),
                        tuple("final", "Isidre Esteve", "gap", "2:54:34", ""));
        assertThat(result.err()).contains("retired.txt:202:1: warning: the final classification of bikes has no crew"
                + " at position 5");
    }

    @Test
    void theDataPackageConvertWroteComparesEqualToItsArticle() throws IOException {
        Path article = SampleArticles.dakar2002(dir);
        Path out = dir.resolve("out");
        assertThat(run("convert", "--to", "csv", "--out", out.toString(), article.toString()).exitCode()).isZero();
        Path pkg = out.resolve("2002-arras-madrid-dakar-rally");

        // De Mévius's 18 minutes have no stage in the article and stage 8 (inferred) in the package:
        // both are compared where the checks place them, so they are the same penalty.
        assertThat(run("diff", article.toString(), pkg.toString()).exitCode()).isZero();
        assertThat(run("diff", pkg.toString(), article.toString()).exitCode()).isZero();
    }

    @Test
    void aPenaltyAddedToTheDataPackage() throws IOException {
        Path article = SampleArticles.dakar2002(dir);
        Path out = dir.resolve("out");
        run("convert", "--to", "csv", "--out", out.toString(), article.toString());
        Path penalties = out.resolve("2002-arras-madrid-dakar-rally").resolve("penalties.csv");
        Files.writeString(penalties, Files.readString(penalties) + "bikes-4,13,false,0:01:00,60000,speeding,\n");

        Cli.Result result = run("diff", article.toString(), penalties.getParent().toString());

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.out()).isEqualTo("bikes · stage 13 · 4 Isidre Esteve: penalty added (0:01:00, speeding)\n");
    }

    @Test
    void aPenaltyWhoseTimeNoLongerAddsUpIsNoLongerPlacedOnItsStage() throws IOException {
        Path article = SampleArticles.dakar2002(dir);
        Path longer = edited("longer.txt", "earned an 18-minute penalty", "earned a 20-minute penalty");

        Cli.Result result = run("diff", article.toString(), longer.toString());

        // The note names no stage: the checks place 18 minutes on stage 8 (11:02:15 = 8:07:40 + 2:36:35
        // + 0:18:00); 20 minutes fit no stage, so that penalty is compared at none.
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.out()).isEqualTo(
                "cars · stage 8 · Grégoire De Mévius / Alain Guehennec: penalty removed (0:18:00, failing to complete"
                + " the liaison section in the allotted time)\n"
                + "cars · no stage · Grégoire De Mévius / Alain Guehennec: penalty added (0:20:00, failing to complete"
                + " the liaison section in the allotted time)\n");
    }

    @Test
    void theScopeAppliesToBothVersions() throws IOException {
        Path article = SampleArticles.dakar2002(dir);
        Path mended = edited("mended.txt", LINE_83, LINE_83.replace("| 4:12 |", "| 4:42 |"));

        assertThat(run("diff", "--stage", "12", article.toString(), mended.toString()).exitCode()).isZero();
        assertThat(run("diff", "--category", "cars,trucks", article.toString(), mended.toString()).exitCode())
                .isZero();
        Cli.Result bikes = run("diff", "--category", "motorcycles", "--stage", "13", article.toString(),
                mended.toString());
        assertThat(bikes.exitCode()).isEqualTo(1);
        assertThat(bikes.out()).isEqualTo(MENDED_GAP + "\n");

        Cli.Result unknown = run("diff", "--stage", "99", article.toString(), mended.toString());
        assertThat(unknown.exitCode()).isEqualTo(ExitCode.USAGE.code());
        assertThat(unknown.err()).contains("podium: mended.txt: no stage '99' in this event; its stages are 1, 2,");
        assertThat(unknown.out()).isEmpty();
    }

    @Test
    void aMissingFileIsAUsageError() {
        Path article = SampleArticles.dakar2002(dir);
        Path missing = dir.resolve("no-such-bulletin.txt");

        Cli.Result result = run("diff", article.toString(), missing.toString());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).startsWith("podium: no such file: " + missing + "\n");
        assertThat(result.out()).isEmpty();
        assertThat(run("diff", article.toString()).err()).contains("Missing required parameter: 'NEW'");
        assertThat(run("diff", "--format", "xml", article.toString(), article.toString()).exitCode()).isEqualTo(2);
    }

    @Test
    void anInputThatCannotBeReadIsTroubleNotADifference() throws IOException {
        Path article = SampleArticles.dakar2002(dir);
        Path garbage = Files.writeString(dir.resolve("garbage.bin"), "not results\u0001\n");

        Cli.Result result = run("diff", "--format", "json", article.toString(), garbage.toString());

        assertThat(result.exitCode()).isEqualTo(ExitCode.TROUBLE.code()).isEqualTo(2);
        assertThat(result.err()).contains("podium: garbage.bin: no importer recognises garbage.bin");
        assertThat(result.out()).isEmpty();
    }

    @Test
    void twoVersionsOfOneNameAreNamedByTheirPaths() throws IOException {
        Path article = SampleArticles.dakar2002(dir);
        Path bulletin = Files.createDirectory(dir.resolve("bulletin-2"));
        Files.writeString(bulletin.resolve(SampleArticles.DAKAR_2002),
                Files.readString(article).replace(LINE_83, LINE_83.replace("| 4:12 |", "| 4:42 |")));

        Cli.Result result = run("diff", article.toString(), bulletin.resolve(SampleArticles.DAKAR_2002).toString());

        assertThat(result.err()).isEqualTo(article + " → " + bulletin.resolve(SampleArticles.DAKAR_2002)
                + ": 1 change\n");
    }

    @Test
    void stdoutThatCannotBeWrittenIsTroubleNotADifference() throws IOException {
        Path old = Files.writeString(dir.resolve("old.race"), "FAKE-RACE Dakar 2002\ncategory: cars\n");
        Path added = Files.writeString(dir.resolve("new.race"), "FAKE-RACE Dakar 2002\ncategory: cars\ncategory: bikes\n");
        OutputStream full = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("No space left on device");
            }
        };

        Cli.Result result = Cli.runAsMainTo(full, "diff", old.toString(), added.toString());

        // 1 would tell a script the versions differ, whatever it could not be told.
        assertThat(result.exitCode()).isEqualTo(ExitCode.TROUBLE.code()).isEqualTo(2);
        assertThat(result.err()).isEqualTo("podium: cannot write to stdout: No space left on device\n");
    }

    @Test
    void outputIsPassedOnInWholeLinesAndExactly() throws IOException {
        List<String> batches = new ArrayList<>();
        DiffCommand.Lines lines = new DiffCommand.Lines(batches::add);
        StringBuilder written = new StringBuilder();
        for (int i = 0; i < 20_000; i++) {
            String line = "bikes · stage 13 · 4 Isidre Esteve: gap +0:04:12 → +0:04:" + i + "\n";
            lines.append(line.substring(0, 7)).append(line, 7, line.length() - 1).append('\n');
            written.append(line);
        }
        lines.append("no final break");
        written.append("no final break");
        lines.finish();

        assertThat(batches).hasSizeGreaterThan(1)
                .allMatch(b -> b.startsWith("bikes · ") || b.equals("no final break"));
        assertThat(String.join("\n", batches)).isEqualTo(written.toString());
    }

    @Test
    void helpListsDiff() {
        assertThat(run("--help").out()).contains("diff");
        assertThat(run("diff", "--help").out()).contains("OLD", "NEW", "--format=F", "--category=ID", "--stage=LABEL",
                "1    the versions differ");
    }

    private Path edited(String name, String from, String to) throws IOException {
        String text = SampleArticles.dakar2002Text();
        assertThat(text.split(Pattern.quote(from), -1)).as("the line is in the article once").hasSize(2);
        return Files.writeString(dir.resolve(name), text.replace(from, to), StandardCharsets.UTF_8);
    }

    private static List<CSVRecord> csv(String text) throws IOException {
        return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(text))
                .getRecords();
    }

    /** Each object of the array, one a line, its keys to their values (strings unquoted, null as null). */
    private static List<Map<String, String>> json(String text) {
        assertThat(text).startsWith("[\n").endsWith("\n]\n");
        Pattern pair = Pattern.compile("\"([a-z_]+)\": (null|-?\\d+|\"((?:[^\"\\\\]|\\\\.)*)\")");
        List<Map<String, String>> objects = new ArrayList<>();
        for (String line : text.substring(2, text.length() - 3).split(",\n")) {
            assertThat(line).startsWith("  {").endsWith("}");
            Map<String, String> object = new LinkedHashMap<>();
            Matcher m = pair.matcher(line);
            while (m.find()) {
                object.put(m.group(1), m.group(2).equals("null") ? null : m.group(3) != null ? m.group(3) : m.group(2));
            }
            objects.add(object);
        }
        return objects;
    }

    private static Cli.Result run(String... args) {
        return Cli.runWithRealPlugins(args);
    }
}
