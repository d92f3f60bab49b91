package org.podium.exporters.pdf;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.eclipse.collections.api.factory.Lists;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podium.model.Event;
import org.podium.report.DocumentOptions;
import org.podium.report.Report;
import org.podium.spi.ExportException;

/**
 * The launcher removes control characters on import; a host that skips it and hands the bulletin a
 * name holding one is told it is a control character, not a script the fonts lack.
 */
class PdfControlCharacterTest {

    @TempDir
    Path dir;

    @Test
    void aControlCharacterIsNamedAsSuchNotBlamedOnTheScript() {
        Event event = Dakar2002Cars.event(Lists.immutable.of(
                Dakar2002Cars.entry("cars-299", 299, "Toyota", null, "Jean-Jacques\u001B[2J Ratet", "FRA")));
        Report report = Report.of(event, DocumentOptions.defaults(Bulletins.ISSUED));

        assertThatThrownBy(() -> Bulletins.write(report, dir.resolve("refused.pdf")))
                .isInstanceOf(ExportException.class)
                .hasMessageContaining("cannot print the control character U+001B (ESCAPE) in the name of crew 299"
                        + " (Jean-Jacques\\u001B[2J Ratet) in cars")
                .hasMessageContaining("'Jean-Jacques\\u001B[2J Ratet'; remove it from the source")
                .hasMessageNotContaining("Latin, Greek and Cyrillic")
                .hasMessageNotContaining("\u001B");
    }
}
