package org.podium.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import org.eclipse.collections.api.factory.Lists;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.podium.spi.ExporterDescriptor;

/**
 * Issue 11: an event name of 300 characters wrote nothing ("File name too long"), one of 240 let
 * the temporary name's suffix push outputs over 255 bytes, and every non-Latin name was {@code event}.
 */
class OutputNamesTest {

    private static final ExporterDescriptor XLSX = ExporterDescriptor.builder("xlsx", "Workbook").extensions("xlsx")
            .build();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2002 Arras–Madrid–Dakar Rally | 2002-arras-madrid-dakar-rally",
        "Rallye Raid Łódź, Sp. z o.o. | rallye-raid-lodz-sp-z-o-o",
        "Ралли «Шёлковый путь» 2009 | ralli-shelkovyy-put-2009",
        "Ράλι Ακρόπολις 2023 | rali-akropolis-2023",
        "Тур де Україна | tur-de-ukrayina",
        "Þórsmörk Œuvre Straße | thorsmork-oeuvre-strasse"})
    void namesInLatinCyrillicAndGreekAreWrittenInLatin(String name, String slug) {
        assertThat(OutputNames.base(name, Lists.immutable.empty(), null, null)).isEqualTo(slug);
    }

    @Test
    void namesNoTableCanWriteGetAHashNotTheSameWordForAll() {
        String chinese = OutputNames.base("2008年达喀尔拉力赛", Lists.immutable.empty(), null, null);
        String japanese = OutputNames.base("ダカール・ラリー", Lists.immutable.empty(), null, null);
        String arabic = OutputNames.base("رالي داكار", Lists.immutable.empty(), null, null);

        assertThat(chinese).matches("2008-[0-9a-f]{8}");
        assertThat(japanese).matches("event-[0-9a-f]{8}");
        assertThat(arabic).matches("event-[0-9a-f]{8}").isNotEqualTo(japanese);
        assertThat(OutputNames.base("ダカール・ラリー", Lists.immutable.empty(), null, null))
                .as("the same name, the same file").isEqualTo(japanese);
    }

    @Test
    void aLongNameIsCutWithAHashSoLongNamesDoNotCollide() {
        String common = "Rallye ".repeat(40);
        String first = OutputNames.base(common + "Dakar", Lists.immutable.empty(), null, null);
        String second = OutputNames.base(common + "Maroc", Lists.immutable.empty(), null, null);

        assertThat(first).hasSizeLessThanOrEqualTo(OutputNames.MAX_BASE_BYTES).startsWith("rallye-rallye-")
                .matches(".*[a-z]-[0-9a-f]{8}").isNotEqualTo(second);
        assertThat(OutputNames.base(common + "Dakar", Lists.immutable.empty(), null, null)).isEqualTo(first);
    }

    @Test
    void filtersOfALongNameStayApartToo() {
        String name = "x".repeat(300);
        String cars = OutputNames.base(name, Lists.immutable.of("cars"), "7", "fr");
        String bikes = OutputNames.base(name, Lists.immutable.of("bikes"), "7", "fr");

        assertThat(cars).isNotEqualTo(bikes).hasSizeLessThanOrEqualTo(OutputNames.MAX_BASE_BYTES);
    }

    @Test
    void aShortNameIsLeftAsItIs() {
        assertThat(OutputNames.base("Dakar 2002", Lists.immutable.of("cars"), "3A", "fr"))
                .isEqualTo("dakar-2002-cars-stage3a-fr");
        assertThat(OutputNames.of("dakar-2002", XLSX)).isEqualTo("dakar-2002.xlsx");
    }

    @Test
    void aNameWithItsExtensionAndItsWorkFolderStaysUnder255Bytes() {
        String base = OutputNames.base("Ж".repeat(240), Lists.immutable.empty(), null, null);
        String file = OutputNames.of(base, XLSX);

        assertThat(Leftovers.bytes(file)).isLessThanOrEqualTo(OutputNames.MAX_BASE_BYTES + 5);
        String work = "." + file + ".podium-" + Long.MAX_VALUE + "-abcd-12345678";
        assertThat(Leftovers.bytes(work)).as("even with the longest process id").isLessThanOrEqualTo(255);
    }
}
