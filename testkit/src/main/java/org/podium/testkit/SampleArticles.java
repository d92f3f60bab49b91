package org.podium.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.podium.model.Event;
import org.podium.spi.Diagnostics;
import org.podium.spi.ImportException;
import org.podium.spi.ImportRequest;
import org.podium.spi.Importer;

/** The real sources bundled with Podium, for tests that import them. */
public final class SampleArticles {

    /** The file name of the 2002 Dakar article, as users see it. */
    public static final String DAKAR_2002 = "2002-dakar-rally.txt";

    private SampleArticles() {
    }

    /** Copies the 2002 Dakar article (Wikipedia, CC BY-SA) into {@code dir} and returns its path. */
    public static Path dakar2002(Path dir) {
        return copy(DAKAR_2002, dir);
    }

    /**
     * The 2002 Dakar article as {@code importer} reads it in a run: from a file of the article's
     * name, in a temporary folder removed afterwards. What the importer reports is dropped.
     */
    public static Event dakar2002(Importer importer) throws ImportException, IOException {
        Path dir = Files.createTempDirectory("podium-article");
        Path article = dakar2002(dir);
        try {
            return importer.read(ImportRequest.of(article, Diagnostics.collector()));
        } finally {
            Files.delete(article);
            Files.delete(dir);
        }
    }

    /** The article's text. */
    public static String dakar2002Text() {
        try (InputStream in = open(DAKAR_2002)) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path copy(String name, Path dir) {
        try (InputStream in = open(name)) {
            Path target = dir.resolve(name);
            Files.copy(in, target);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream open(String name) {
        InputStream in = SampleArticles.class.getResourceAsStream("samples/" + name);
        if (in == null) {
            throw new IllegalStateException("the test kit jar lacks samples/" + name);
        }
        return in;
    }
}
