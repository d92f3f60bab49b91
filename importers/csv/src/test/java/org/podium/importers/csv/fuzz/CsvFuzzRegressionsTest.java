package org.podium.importers.csv.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every input that ever made the csv importer break a rule of {@link CsvFuzzing} (an exception
 * other than an import error, or too long a time), kept under {@code fuzz-regressions/csv/} (a
 * file, gzipped when large) and {@code fuzz-regressions/package/} (a data package's folder), read
 * again on every build.
 */
class CsvFuzzRegressionsTest {

    /** The seeds read once, so that loading the importer's classes does not count against the first input's time. */
    @BeforeAll
    static void warmUp() {
        CsvFuzzing.instance();
    }

    @TestFactory
    Stream<DynamicTest> everyInputThatEverFailedIsReadOrRefusedInTime() throws Exception {
        Path root = CsvFuzzing.resourceFolder("/fuzz-regressions");
        Stream<DynamicTest> files = kept(root.resolve("csv")).stream().map(file -> DynamicTest.dynamicTest(
                "csv/" + file.getFileName(), () -> {
                    String name = file.getFileName().toString();
                    if (name.endsWith(".gz")) {
                        // Large inputs are kept compressed; the importer reads them as found.
                        byte[] bytes;
                        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
                            bytes = in.readAllBytes();
                        }
                        CsvFuzzing.checkFile(CsvFuzzing.write(name.substring(0, name.length() - 3), bytes), bytes);
                    } else {
                        CsvFuzzing.checkFile(file, Files.readAllBytes(file));
                    }
                }));
        Stream<DynamicTest> packages = kept(root.resolve("package")).stream().map(folder -> DynamicTest.dynamicTest(
                "package/" + folder.getFileName(), () -> {
                    assertThat(folder).isDirectory();
                    CsvFuzzing.checkPackage(folder, false);
                }));
        return Stream.concat(files, packages);
    }

    private static List<Path> kept(Path folder) throws Exception {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.sorted().toList();
        }
    }
}
