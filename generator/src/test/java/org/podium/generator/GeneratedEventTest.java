package org.podium.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.collections.api.list.ImmutableList;
import org.junit.jupiter.api.Test;
import org.podium.engine.ClassificationEngine;
import org.podium.engine.StageTime;
import org.podium.engine.TimingStatus;
import org.podium.model.AwardedTime;
import org.podium.model.Category;
import org.podium.model.Classification;
import org.podium.model.ClassificationKind;
import org.podium.model.ClassificationRow;
import org.podium.model.Entry;
import org.podium.model.Event;
import org.podium.model.Penalty;
import org.podium.model.ResultStatus;
import org.podium.model.StageStatus;
import org.podium.model.Times;

class GeneratedEventTest {

    private static final TimingSheetGenerator GENERATOR = new TimingSheetGenerator(new GeneratorSettings(300, 12, 7));
    private static final List<SheetRow> ROWS = SheetRow.parse(GENERATOR.writeToString());
    private static final GeneratedEvent GENERATED = GENERATOR.generateEvent();
    private static final Event EVENT = GENERATED.event();

    @Test
    void holdsOneStageTimePerRowOfTheSheetInTheSameOrder() {
        ImmutableList<StageTime> times = GENERATED.stageTimes();
        assertThat(times).hasSameSizeAs(ROWS);
        for (int i = 0; i < ROWS.size(); i++) {
            SheetRow row = ROWS.get(i);
            StageTime time = times.get(i);
            assertThat(time.entryId()).isEqualTo(row.entryId());
            assertThat(time.stageLabel()).isEqualTo(row.stage());
            assertThat(time.time() == null ? "" : Times.format(time.time())).isEqualTo(row.time());
            assertThat(statusWord(time.status())).isEqualTo(row.status());
            assertThat(time.source().line()).as("the sheet's line").isEqualTo(row.line() + 4);
        }
    }

    @Test
    void theSameSettingsGiveAnEqualEvent() {
        GeneratedEvent again = GENERATOR.generateEvent();
        assertThat(again.event()).isEqualTo(EVENT);
        assertThat(again.stageTimes()).isEqualTo(GENERATED.stageTimes());
    }

    @Test
    void holdsWhatTheSheetSaysOfTheEventItsEntriesAndPenalties() {
        assertThat(EVENT.name()).isEqualTo("Podium Generated Rally 7");
        assertThat(EVENT.startDate()).hasToString("2026-01-03");
        assertThat(EVENT.categories().collect(Category::id)).containsExactly("bikes", "quads", "cars", "trucks");
        assertThat(EVENT.stages().collect(s -> s.label())).containsExactly("1", "2", "3", "4", "5", "6", "7", "8", "9",
                "10", "11", "12");
        assertThat(EVENT.entries()).hasSize(300);
        Map<String, Entry> entries = new HashMap<>();
        EVENT.entries().forEach(e -> entries.put(e.id(), e));
        for (SheetRow row : ROWS) {
            Entry entry = entries.get(row.entryId());
            assertThat(entry.crew().collect(p -> p.name())).containsExactlyElementsOf(row.crew());
            assertThat(entry.crew().collect(p -> p.nationality())).containsExactlyElementsOf(row.nationalities());
            assertThat(entry.make()).isEqualTo(row.make());
            assertThat(entry.entrant()).isEqualTo(row.entrant().isEmpty() ? null : row.entrant());
        }
        List<SheetRow> penalised = ROWS.stream().filter(r -> !r.penalty().isEmpty()).toList();
        assertThat(EVENT.penalties()).hasSameSizeAs(penalised);
        for (int i = 0; i < penalised.size(); i++) {
            Penalty penalty = EVENT.penalties().get(i);
            SheetRow row = penalised.get(i);
            assertThat(penalty.entryId()).isEqualTo(row.entryId());
            assertThat(penalty.stageLabel()).isEqualTo(row.stage());
            assertThat(Times.format(penalty.time())).isEqualTo(row.penalty());
            assertThat(penalty.reason()).isEqualTo(row.reason());
        }
    }

    @Test
    void marksTheCancelledStageAndItsAwardedTime() {
        assertThat(EVENT.awardedTimes()).hasSize(1);
        AwardedTime awarded = EVENT.awardedTimes().getOnly();
        SheetRow row = ROWS.stream().filter(r -> r.status().equals("awarded")).findFirst().orElseThrow();
        assertThat(awarded.categoryId()).isEqualTo(row.category());
        assertThat(awarded.stageLabel()).isEqualTo(row.stage());
        assertThat(Times.format(awarded.time())).isEqualTo(row.time());
        EVENT.stages().forEach(stage -> stage.categories().forEach(c -> {
            boolean cancelled = stage.label().equals(awarded.stageLabel()) && c.categoryId().equals(awarded.categoryId());
            assertThat(c.status()).isEqualTo(cancelled ? StageStatus.CANCELLED : StageStatus.RUN);
        }));
    }

    @Test
    void theEngineClassifiesEveryCrewInTheFinalStandings() {
        ImmutableList<Classification> classifications =
                ClassificationEngine.withDefaultRules().classify(EVENT, GENERATED.stageTimes());
        Map<String, SheetRow> lastRow = new HashMap<>();
        ROWS.forEach(r -> lastRow.put(r.entryId(), r));
        for (Category category : EVENT.categories()) {
            Classification fin = classifications.detect(c -> c.categoryId().equals(category.id())
                    && c.kind() == ClassificationKind.FINAL);
            assertThat(fin).as(category.id()).isNotNull();
            assertThat(fin.complete()).isTrue();
            assertThat(fin.rows().collect(ClassificationRow::entryId).toSet())
                    .isEqualTo(EVENT.entries().select(e -> e.categoryId().equals(category.id()))
                            .collect(Entry::id).toSet());
            for (ClassificationRow result : fin.rows()) {
                SheetRow last = lastRow.get(result.entryId());
                ResultStatus expected = switch (last.status()) {
                    case "DNF" -> ResultStatus.RETIRED;
                    case "DSQ" -> ResultStatus.DISQUALIFIED;
                    case "DNS" -> ResultStatus.NOT_STARTED;
                    default -> ResultStatus.CLASSIFIED;
                };
                assertThat(result.status()).as(result.entryId()).isEqualTo(expected);
                if (expected == ResultStatus.CLASSIFIED) {
                    assertThat(result.time()).as(result.entryId()).isEqualTo(total(result.entryId()));
                }
            }
            assertThat(fin.rows().getFirst().position()).isEqualTo(1);
        }
        assertThat(classifications.select(c -> c.kind() == ClassificationKind.GENERAL)).hasSize(4 * 12);
    }

    /** Stage times, awarded time included, plus penalties, as the sheet gives them. */
    private static Duration total(String entryId) {
        long seconds = 0;
        for (SheetRow row : ROWS) {
            if (row.entryId().equals(entryId)) {
                seconds += TimingSheetGeneratorTest.seconds(row.time());
                if (!row.penalty().isEmpty()) {
                    seconds += TimingSheetGeneratorTest.seconds(row.penalty());
                }
            }
        }
        return Duration.ofSeconds(seconds);
    }

    private static String statusWord(TimingStatus status) {
        return switch (status) {
            case FINISHED -> "";
            case AWARDED -> "awarded";
            case RETIRED -> "DNF";
            case DISQUALIFIED -> "DSQ";
            case NOT_STARTED -> "DNS";
            case CANCELLED -> "cancelled";
        };
    }
}
