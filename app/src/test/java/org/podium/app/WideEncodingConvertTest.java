package org.podium.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;
import org.podium.spi.Plugins;
import org.podium.testkit.SampleArticles;
import picocli.CommandLine;

/**
 * {@code podium convert} of text saved as "Unicode" (UTF-16 or UTF-32 with a byte-order mark): the
 * 2002 Dakar article (Wikipedia, CC BY-SA) and a timing sheet of its cars give the same documents
 * as the same files in UTF-8.
 */
class WideEncodingConvertTest {

    private static final String SLUG = "2002-arras-madrid-dakar-rally";
    private static final String SHEET = """
            # event: 2002 Arras–Madrid–Dakar Rally
            category,stage,number,crew,nationality,make,entrant,time,penalty,penalty reason,status
            cars,1,201,Hiroshi Masuoka / Pascal Maimon,JPN / FRA,Mitsubishi,Team Nippon Oil Mitsubishi Ralliart,3:53:39,,,
            cars,1,200,Jutta Kleinschmidt / Andreas Schulz,DEU / DEU,Mitsubishi,Team Mitsubishi Ralliart,3:58:44,,,
            cars,1,239,Jean-Jacques Ratet / Jean-Pierre Garcin,FRA / FRA,Toyota,Toyota Team Araco,4:12:07,,,
            """;

    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource({"UTF-16LE, FFFE", "UTF-16BE, FEFF", "UTF-32LE, FFFE0000"})
    void theArticleConvertsAsInUtf8(String encoding, String mark) throws Exception {
        Path wide = write("wide", SampleArticles.DAKAR_2002, SampleArticles.dakar2002Text(), encoding, mark);
        Path utf8 = write("utf8", SampleArticles.DAKAR_2002, SampleArticles.dakar2002Text(), "UTF-8", "");

        assertSameOutputs(wide, utf8, "md", SLUG + ".md");
    }

    @ParameterizedTest
    @CsvSource({"UTF-16LE, FFFE", "UTF-16BE, FEFF"})
    void theTimingSheetConvertsAsInUtf8(String encoding, String mark) throws Exception {
        Path wide = write("wide", "dakar-cars.csv", SHEET, encoding, mark);
        Path utf8 = write("utf8", "dakar-cars.csv", SHEET, "UTF-8", "");

        assertSameOutputs(wide, utf8, "csv", SLUG);
        assertThat(Files.readString(dir.resolve("out-wide").resolve(SLUG).resolve("entries.csv")))
                .contains("Hiroshi Masuoka / Pascal Maimon");
    }

    private void assertSameOutputs(Path wide, Path utf8, String exporter, String output) throws Exception {
        Path wideOut = dir.resolve("out-wide");
        Path utf8Out = dir.resolve("out-utf8");
        Cli.Result fromWide = run("convert", "--to", exporter, "--out", wideOut.toString(), "--issued-at",
                "2002-01-13T18:00:00Z", wide.toString());
        Cli.Result fromUtf8 = run("convert", "--to", exporter, "--out", utf8Out.toString(), "--issued-at",
                "2002-01-13T18:00:00Z", utf8.toString());
        assertThat(fromWide.exitCode()).as(fromWide.err()).isZero();
        assertThat(fromWide.err()).isEqualTo(fromUtf8.err().replace(utf8Out.toString(), wideOut.toString()));
        for (Path file : files(utf8Out.resolve(output))) {
            Path same = wideOut.resolve(utf8Out.relativize(file).toString());
            assertThat(same).as(same.toString()).hasSameBinaryContentAs(file);
        }
    }

    private Path write(String folder, String name, String text, String encoding, String mark) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < mark.length(); i += 2) {
            bytes.write(Integer.parseInt(mark.substring(i, i + 2), 16));
        }
        bytes.writeBytes(text.getBytes(Charset.forName(encoding)));
        return Files.write(Files.createDirectories(dir.resolve(folder)).resolve(name), bytes.toByteArray());
    }

    private static List<Path> files(Path output) throws Exception {
        if (Files.isRegularFile(output)) {
            return List.of(output);
        }
        try (Stream<Path> files = Files.list(output)) {
            return files.sorted().toList();
        }
    }

    /** With every real plugin on the class path, as a user runs it. */
    private static Cli.Result run(String... args) {
        return Cli.runWithRealPlugins(args);
    }
}
