package org.podium.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Control characters, and excerpts of text that messages may quote. */
class TextControlsTest {

    @Test
    void controlsAreC0C1DelAndTheInvisibleCharactersThatHideOrReorderText() {
        for (int c : new int[] {0x00, 0x07, 0x09, 0x0A, 0x0D, 0x1B, 0x1F, 0x7F, 0x85, 0x9B, 0x9F, 0x200B, 0x200E,
            0x200F, 0x2028, 0x2029, 0x202A, 0x202E, 0x2060, 0x2066, 0x2069, 0xFEFF, 0xD800, 0xDFFF}) {
            assertThat(Text.isControl(c)).as("U+%04X", c).isTrue();
        }
        // Letters, spaces a name may hold, the joiners some scripts need, and a soft hyphen are text.
        for (int c : new int[] {'A', ' ', 'é', 0xA0, 0xAD, 0x200C, 0x200D, 0x2013, 0x1F3CE, 'Ł'}) {
            assertThat(Text.isControl(c)).as("U+%04X", c).isFalse();
        }
        assertThat(Text.isBreakingSpace('\t')).isTrue();
        assertThat(Text.isBreakingSpace('\n')).isTrue();
        assertThat(Text.isBreakingSpace(0x2028)).isTrue();
        assertThat(Text.isBreakingSpace(0x1B)).isFalse();
    }

    @Test
    void anExcerptShowsControlsEscapedSoATerminalNeverRunsThem() {
        assertThat(Text.excerpt("Pos,\u001B]0;pwned\u0007Rider\u001B[2J,Time", 300))
                .isEqualTo("Pos,\\u001B]0;pwned\\u0007Rider\\u001B[2J,Time");
        assertThat(Text.excerpt("Hiroshi Masuoka\tPascal Maimon\r\n", 300))
                .isEqualTo("Hiroshi Masuoka\\tPascal Maimon\\r\\n");
        assertThat(Text.excerpt("Grégoire De Mévius \u009B31m", 300)).isEqualTo("Grégoire De Mévius \\u009B31m");
        assertThat(Text.excerpt("Stéphane Peterhansel", 300)).isEqualTo("Stéphane Peterhansel");
    }

    @Test
    void anExcerptIsCutAndSaysHowMuchWasLeftOut() {
        String line = "x".repeat(5_000_000);
        String excerpt = Text.excerpt(line, 300);
        assertThat(excerpt).isEqualTo("x".repeat(300) + "… (4999700 more characters)");
        assertThat(Text.excerpt("Fabrizio Meoni", 8)).isEqualTo("Fabrizio… (6 more characters)");
        assertThat(Text.excerpt("ab", 1)).isEqualTo("a… (1 more character)");
    }

    @Test
    void anExcerptNeverCutsAnEscapeOrASurrogatePairInTwo() {
        assertThat(Text.excerpt("ab\u001Bc", 5)).isEqualTo("ab… (2 more characters)");
        assertThat(Text.excerpt("ab\uD83C\uDFCE", 3)).isEqualTo("ab… (2 more characters)");
        assertThat(Text.excerpt("ab\uD83C\uDFCE", 4)).isEqualTo("ab\uD83C\uDFCE");
        assertThat(Text.excerpt("a\uD800b", 20)).as("an unpaired surrogate is shown, not printed as '?'")
                .isEqualTo("a\\uD800b");
        assertThatThrownBy(() -> Text.excerpt("a", 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
