package org.podium.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class SlugsAndTextTest {

    @Test
    void slugsAreLowerCaseAsciiWordsJoinedByDashes() {
        assertThat(Slugs.of("2002 Arras–Madrid–Dakar Rally")).isEqualTo("2002-arras-madrid-dakar-rally");
        assertThat(Slugs.of("Pål Anders Ullevålseter")).isEqualTo("pal-anders-ullevalseter");
        assertThat(Slugs.of("Tomáš Tomeček")).isEqualTo("tomas-tomecek");
        assertThat(Slugs.of("  Grégoire De Mévius ")).isEqualTo("gregoire-de-mevius");
        assertThat(Slugs.of("Jean-Louis Schlesser")).isEqualTo("jean-louis-schlesser");
        assertThat(Slugs.of("ISTANBUL Ralli")).as("no Turkish dotless i, whatever the default locale")
                .isEqualTo("istanbul-ralli");
    }

    @Test
    void cyrillicAndGreekAreTransliteratedOtherScriptsKeptApartByAHash() {
        assertThat(Slugs.of("Мотоциклы")).isEqualTo("mototsikly");
        assertThat(Slugs.of("Автомобили")).isEqualTo("avtomobili");
        assertThat(Slugs.of("Ράλι Ακρόπολις")).isEqualTo("rali-akropolis");
        assertThat(Slugs.of("Łódź Rally")).isEqualTo("lodz-rally");
        // Before, both were "event": two categories of one race merged into one.
        String bikes = Slugs.of("摩托车");
        String cars = Slugs.of("汽车");
        assertThat(bikes).matches("event-[0-9a-f]{8}");
        assertThat(cars).matches("event-[0-9a-f]{8}").isNotEqualTo(bikes);
        assertThat(Slugs.of("ダカール 2002")).matches("2002-[0-9a-f]{8}");
        assertThat(Slugs.of("!!!")).as("no letters at all, none lost").isEqualTo("event");
    }

    @Test
    void namesAreNormalisedToComposedFormOnTheWayIn() {
        String decomposed = Normalizer.normalize("Tomáš Tomeček", Normalizer.Form.NFD);
        assertThat(decomposed).isNotEqualTo("Tomáš Tomeček");
        assertThat(new Person(decomposed, "CZE")).isEqualTo(new Person("Tomáš Tomeček", "CZE"));
    }

    @Test
    void entryIdsUseTheRaceNumberElseTheFirstNameWithClashesNumbered() {
        EntryIds ids = new EntryIds();
        assertThat(ids.next("cars", 201, "Hiroshi Masuoka")).isEqualTo("cars-201");
        assertThat(ids.next("cars", null, "Fernando Gil")).isEqualTo("cars-fernando-gil");
        assertThat(ids.next("cars", null, "Fernando Gil")).isEqualTo("cars-fernando-gil-2");
        assertThat(ids.next("cars", null, "Fernando Gil")).isEqualTo("cars-fernando-gil-3");
        assertThat(ids.next("cars", null, "Владимир Чагин")).isEqualTo("cars-vladimir-chagin");
        assertThat(ids.next("cars", null, "篠塚建次郎")).matches("cars-event-[0-9a-f]{8}")
                .isNotEqualTo(ids.next("cars", null, "増岡浩"));
    }

    @Test
    void positionsDoNotMakeValuesUnequal() {
        assertThat(SourcePosition.of("a.txt", 3, 4)).isEqualTo(SourcePosition.UNKNOWN);
        assertThat(SourcePosition.of("a.txt", 3, 4).describe()).isEqualTo("a.txt:3:4");
        assertThat(SourcePosition.UNKNOWN.describe()).isEmpty();
    }
}
