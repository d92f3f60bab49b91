package org.podium.importers.wiki;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.eclipse.collections.api.factory.Lists;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.podium.model.Event;
import org.podium.spi.DetectionInput;
import org.podium.spi.Diagnostics;
import org.podium.spi.ImportException;
import org.podium.spi.ImportRequest;
import org.podium.spi.MatchStrength;
import org.podium.testkit.SampleArticles;

/**
 * An article saved as "Unicode" text — UTF-16 or UTF-32 with a byte-order mark, as Windows tools
 * save it — is recognised and read as the same article in UTF-8 is. The bundled 2002 Dakar
 * article (Wikipedia, CC BY-SA).
 */
class WideEncodingTest {

    private final WikiImporter importer = new WikiImporter();

    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource({"UTF-16LE, FFFE", "UTF-16BE, FEFF", "UTF-32LE, FFFE0000", "UTF-32BE, 0000FEFF", "UTF-8, EFBBBF"})
    void anArticleWithAByteOrderMarkIsDetectedAndReadAsInUtf8(String encoding, String mark) throws Exception {
        byte[] bytes = withMark(mark, SampleArticles.dakar2002Text().getBytes(Charset.forName(encoding)));
        Path file = Files.write(dir.resolve("2002-dakar-rally.txt"), bytes);

        DetectionInput head = new DetectionInput(file.getFileName().toString(), false,
                Arrays.copyOf(bytes, Math.min(bytes.length, 8 * 1024)), Lists.immutable.empty());
        assertThat(importer.detect(head)).isEqualTo(MatchStrength.FULL_MATCH);

        Event wide = importer.read(ImportRequest.of(file, Diagnostics.collector()));
        Event utf8 = importer.read(ImportRequest.of(SampleArticles.dakar2002(Files.createDirectories(dir.resolve("u"))),
                Diagnostics.collector()));
        assertThat(wide).isEqualTo(utf8);
        assertThat(wide.entriesById().get("trucks-411").crew().get(1).name()).isEqualTo("Tomáš Tomeček");
        assertThat(wide.name()).isEqualTo("2002 Arras–Madrid–Dakar Rally");
    }

    @Test
    void aUtf16FileCutInTheMiddleOfACharacterIsRefusedNamingItsEncoding() throws Exception {
        byte[] bytes = withMark("FFFE", SampleArticles.dakar2002Text().getBytes(StandardCharsets.UTF_16LE));
        Path file = Files.write(dir.resolve("cut.txt"), Arrays.copyOf(bytes, bytes.length - 1));

        assertThatThrownBy(() -> importer.read(ImportRequest.of(file, Diagnostics.collector())))
                .isInstanceOf(ImportException.class)
                .hasMessageContaining("byte-order mark of UTF-16LE but is not valid UTF-16LE");
    }

    private static byte[] withMark(String hex, byte[] text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < hex.length(); i += 2) {
            out.write(Integer.parseInt(hex.substring(i, i + 2), 16));
        }
        out.writeBytes(text);
        return out.toByteArray();
    }
}
