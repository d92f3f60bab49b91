package org.podium.importers.wiki.fuzz;

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
 * Every input that ever made the wiki importer or one of its readers break a rule of
 * {@link WikiFuzzing} (an exception other than an import error, or too long a time), kept under
 * {@code fuzz-regressions/<kind>/} ({@code article}, {@code wikitext}, {@code html},
 * {@code pipe-table}, {@code raw}; gzipped when large), read again on every build.
 */
class WikiFuzzRegressionsTest {

    /** The seeds read once, so that loading the importer's classes does not count against the first input's time. */
    @BeforeAll
    static void warmUp() {
        WikiFuzzing.instance();
    }

    @TestFactory
    Stream<DynamicTest> everyInputThatEverFailedIsReadOrRefusedInTime() throws Exception {
        Path root = WikiFuzzing.resourceFolder("/fuzz-regressions");
        Stream<DynamicTest> all = Stream.empty();
        for (WikiFuzzing.Kind kind : WikiFuzzing.Kind.values()) {
            all = Stream.concat(all, kept(root.resolve(kind.folder)).stream().map(file -> DynamicTest.dynamicTest(
                    kind.folder + "/" + file.getFileName(), () -> {
                        String name = file.getFileName().toString();
                        if (name.endsWith(".gz")) {
                            // Large inputs are kept compressed; the importer reads them as found.
                            byte[] bytes;
                            try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
                                bytes = in.readAllBytes();
                            }
                            WikiFuzzing.check(kind, WikiFuzzing.write(name.substring(0, name.length() - 3), bytes), bytes);
                        } else {
                            WikiFuzzing.check(kind, file, Files.readAllBytes(file));
                        }
                    })));
        }
        return all;
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
