package org.podium.importers.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podium.model.Category;
import org.podium.model.Event;
import org.podium.spi.Diagnostics;
import org.podium.spi.ImportRequest;

/**
 * Categories and crews named in scripts with no ASCII letters. Their ids were all {@code event}
 * once: two categories of one sheet were merged into one, silently, and crews without race numbers
 * clashed. Cyrillic is transliterated; Chinese cannot be, and keeps apart by a hash.
 */
class NonLatinNamesTest {

    @TempDir
    Path dir;

    @Test
    void twoChineseCategoriesStayTwoCategories() throws Exception {
        Event event = read("category,stage,number,crew,nationality,make,time\n"
                + "摩托车,1,1,Fabrizio Meoni,ITA,KTM,3:40:58\n"
                + "摩托车,1,2,Nani Roma,ESP,KTM,3:41:46\n"
                + "汽车,1,201,Hiroshi Masuoka / Pascal Maimon,JPN / FRA,Mitsubishi,3:40:58\n");

        assertThat(event.categories()).extracting(Category::name).containsExactly("摩托车", "汽车");
        assertThat(event.categories()).extracting(Category::id).doesNotHaveDuplicates()
                .allMatch(id -> id.matches("event-[0-9a-f]{8}"));
        assertThat(event.entries()).hasSize(3);
    }

    @Test
    void cyrillicCategoriesAndCrewsGetReadableIds() throws Exception {
        Event event = read("category,stage,crew,nationality,make,time\n"
                + "Грузовики,1,Владимир Чагин,RUS,Kamaz,4:10:00\n"
                + "Грузовики,1,Фирдаус Кабиров,RUS,Kamaz,4:12:30\n");

        assertThat(event.categories()).extracting(Category::id).containsExactly("gruzoviki");
        assertThat(event.entries()).extracting(entry -> entry.id())
                .containsExactly("gruzoviki-vladimir-chagin", "gruzoviki-firdaus-kabirov");
    }

    private Event read(String sheet) throws Exception {
        Path file = dir.resolve("sheet.csv");
        Files.writeString(file, sheet, StandardCharsets.UTF_8);
        return new CsvImporter().read(ImportRequest.of(file, Diagnostics.collector()));
    }
}
