package org.podium.spi;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.eclipse.collections.api.factory.Lists;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What a detector reads of an input's head: its text, whatever Unicode encoding its byte-order mark names. */
class DetectionInputTest {

    private static final String HEAD = "= 2002 Arras–Madrid–Dakar Rally =\n- Driver1: JPN Hiroshi Masuoka";

    @ParameterizedTest
    @CsvSource({"UTF-8, ''", "UTF-8, EFBBBF", "UTF-16LE, FFFE", "UTF-16BE, FEFF", "UTF-32LE, FFFE0000",
        "UTF-32BE, 0000FEFF"})
    void theHeadIsTextInTheEncodingItsMarkNames(String encoding, String mark) {
        byte[] text = HEAD.getBytes(Charset.forName(encoding));
        byte[] head = new byte[mark.length() / 2 + text.length];
        for (int i = 0; i < mark.length(); i += 2) {
            head[i / 2] = (byte) Integer.parseInt(mark.substring(i, i + 2), 16);
        }
        System.arraycopy(text, 0, head, mark.length() / 2, text.length);

        assertThat(new DetectionInput("2002-dakar-rally.txt", false, head, Lists.immutable.empty()).headText())
                .isEqualTo(HEAD);
    }

    @org.junit.jupiter.api.Test
    void aHeadCutInTheMiddleOfACharacterEndsInAReplacementCharacter() {
        byte[] text = ("\uFEFF" + HEAD).getBytes(StandardCharsets.UTF_16BE);
        byte[] head = java.util.Arrays.copyOf(text, text.length - 1);

        String read = new DetectionInput("x.txt", false, head, Lists.immutable.empty()).headText();
        assertThat(read).isEqualTo(HEAD.substring(0, HEAD.length() - 1) + "\uFFFD");
    }
}
