package org.podium.exporters.pdf.internal;

import com.lowagie.text.DocumentException;
import com.lowagie.text.pdf.BaseFont;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import org.podium.charts.ChartFonts;

/**
 * The fonts of one document: Liberation Sans, regular and bold, embedded as Identity-H subsets so
 * that every name prints as the source spells it.
 *
 * <p>Each document makes its own font objects. The ones Liberation's factory hands out are cached
 * for the whole JVM and collect the glyphs of every document, and their subset prefix is random:
 * either would make two runs differ. Here the prefix comes from a random source seeded by the
 * document, so the same document gets the same bytes.
 */
final class BulletinFonts {

    final BaseFont regular;
    final BaseFont bold;

    private BulletinFonts(BaseFont regular, BaseFont bold) {
        this.regular = regular;
        this.bold = bold;
    }

    /** New font objects whose subset prefixes depend only on {@code seed}. */
    static BulletinFonts create(long seed) {
        // The files the charts measure their text with: what they measure is what prints.
        return new BulletinFonts(load(ChartFonts.REGULAR, seed), load(ChartFonts.BOLD, seed + 1));
    }

    /** Whether the regular face has a glyph for the code point (bold covers the same set). */
    boolean canShow(int codePoint) {
        return regular.charExists(codePoint);
    }

    private static BaseFont load(String resource, long seed) {
        try (InputStream in = BulletinFonts.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing: openpdf-fonts-extra must be on the class path");
            }
            byte[] bytes = in.readAllBytes();
            // cached = false: a font object of this document only.
            BaseFont font = BaseFont.createFont(resource, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, bytes, null);
            font.setSubset(true);
            font.setSecureRandom(seeded(seed));
            return font;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled font " + resource, e);
        } catch (DocumentException e) {
            throw new IllegalStateException("the bundled font " + resource + " is unusable", e);
        }
    }

    /** SHA1PRNG seeded before first use yields the same sequence on every run. */
    private static SecureRandom seeded(long seed) {
        try {
            SecureRandom random = SecureRandom.getInstance("SHA1PRNG");
            random.setSeed(seed);
            return random;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides SHA1PRNG", e);
        }
    }
}
