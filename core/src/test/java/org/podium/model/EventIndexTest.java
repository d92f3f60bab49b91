package org.podium.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import org.eclipse.collections.api.factory.Lists;
import org.junit.jupiter.api.Test;

/** Each lookup documents make, on a small event with what names no stage of the itinerary. */
class EventIndexTest {

    private final Event event = new Event("Rally", null, null, null, null, "", Lists.immutable.empty(),
            Lists.immutable.of(new Category("cars", "Cars", Lists.immutable.empty()),
                    new Category("trucks", "Trucks", Lists.immutable.empty())),
            Lists.immutable.of(stage(1, "1"), stage(2, "2")),
            Lists.immutable.of(entry("cars-2", "cars", 2), entry("cars-1", "cars", 1), entry("trucks-9", "trucks", 9)),
            Lists.immutable.empty(),
            Lists.immutable.of(
                    new Penalty("cars-2", "2", Duration.ofMinutes(1), null, null),
                    new Penalty("cars-1", "2", Duration.ofMinutes(2), null, null),
                    new Penalty("cars-1", null, Duration.ofMinutes(3), null, "n1"),
                    new Penalty("cars-1", "ZZ", Duration.ofMinutes(4), null, null),
                    new Penalty("cars-77", "1", Duration.ofMinutes(5), null, null)),
            Lists.immutable.of(new AwardedTime("trucks", "1", Duration.ofMinutes(50), null)),
            Lists.immutable.of(
                    new Note("n1", "cars", null, NoteTable.STAGE_RESULTS, "A penalty.", SourcePosition.UNKNOWN),
                    new Note("n2", null, "2", NoteTable.STAGE_RESULTS, "About everyone.", SourcePosition.UNKNOWN),
                    new Note("n3", "trucks", "2", NoteTable.STAGE_RESULTS, "Trucks only.", SourcePosition.UNKNOWN)));

    private final EventIndex index = EventIndex.of(event);

    @Test
    void penaltiesByCategoryAndStageInCanonicalOrder() {
        assertThat(index.penalties("cars", "2")).extracting(Penalty::entryId).containsExactly("cars-1", "cars-2");
        assertThat(index.penalties("cars", null)).as("no stage, or one the itinerary lacks")
                .extracting(Penalty::time).containsExactly(Duration.ofMinutes(3), Duration.ofMinutes(4));
        assertThat(index.penalties("cars", "1")).as("cars-77 is no entry, but its id names the category")
                .extracting(Penalty::entryId).containsExactly("cars-77");
        assertThat(index.penaltiesOf("cars-1")).hasSize(3);
    }

    @Test
    void notesOfACategoryIncludeThoseAboutEveryCategory() {
        assertThat(index.notes(NoteTable.STAGE_RESULTS, "cars", "2")).extracting(Note::id).containsExactly("n2");
        assertThat(index.notes(NoteTable.STAGE_RESULTS, "trucks", "2")).extracting(Note::id).containsExactly("n2", "n3");
        assertThat(index.notes(NoteTable.STAGE_RESULTS, "cars", null)).extracting(Note::id).containsExactly("n1");
        assertThat(index.note("n3")).map(Note::text).hasValue("Trucks only.");
    }

    @Test
    void entriesStagesAndAwardedTimes() {
        assertThat(index.entries("cars")).extracting(Entry::id).containsExactly("cars-1", "cars-2");
        assertThat(index.entry("trucks-9")).map(Entry::number).hasValue(9);
        assertThat(index.categoryOf("trucks-404")).isEqualTo("trucks");
        assertThat(index.categoryOf("quads-1")).isNull();
        assertThat(index.ordinalOf("2")).isEqualTo(2);
        assertThat(index.ordinalOf("ZZ")).isEqualTo(EventOrder.UNKNOWN);
        assertThat(index.isNumberedStage("ZZ")).isFalse();
        assertThat(index.awardedTimes("trucks", "1")).extracting(AwardedTime::time).containsExactly(Duration.ofMinutes(50));
        assertThat(index.awardedTimes("trucks", null)).isEmpty();
        assertThat(index.categoryName("quads")).isEqualTo("quads");
    }

    private static Stage stage(int ordinal, String label) {
        return new Stage(ordinal, label, LocalDate.of(2002, 1, ordinal), new Place("A", null), new Place("B", null),
                BigDecimal.ONE, StageTypes.SPECIAL, Lists.immutable.empty(), SourcePosition.UNKNOWN);
    }

    private static Entry entry(String id, String category, int number) {
        return new Entry(id, category, number, Lists.immutable.of(new Person("Name " + number, null)), null, null, null);
    }
}
