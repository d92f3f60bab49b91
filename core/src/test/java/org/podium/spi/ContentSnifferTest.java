package org.podium.spi;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** What a message says a file looks like when no importer reads it. */
class ContentSnifferTest {

    @Test
    void namesWhatPeopleFeedItByMistake() {
        assertThat(describe("Pos#Driver#Time\n1#Someone#1:00:00\n2#Other#1:00:05\n"))
                .isEqualTo("a table delimited by '#'");
        assertThat(describe("Pos|Driver|Time\n1|Someone|1:00:00\n")).isEqualTo("a table delimited by '|'");
        assertThat(describe("<!-- saved -->\n<table><tr><td>1</td></tr></table>")).isEqualTo("HTML or XML");
        assertThat(describe("{{Infobox rally}}\n{| class=\"wikitable\"\n|}\n")).isEqualTo("MediaWiki wikitext");
        assertThat(ContentSniffer.describe("Pos,Driver\n1,A\n".getBytes(StandardCharsets.UTF_16LE)))
                .startsWith("UTF-16 text");
        assertThat(ContentSniffer.describe("\uFEFFPos,Driver\n".getBytes(StandardCharsets.UTF_16)))
                .startsWith("UTF-16 text");
        assertThat(ContentSniffer.describe(new byte[] {'P', 'K', 3, 4, 0, 0})).startsWith("a zip archive");
        assertThat(describe("Just some words.\n")).isEqualTo("plain text");
        assertThat(ContentSniffer.describe(new byte[0])).isEqualTo("an empty file");
    }

    private static String describe(String text) {
        return ContentSniffer.describe(text.getBytes(StandardCharsets.UTF_8));
    }
}
