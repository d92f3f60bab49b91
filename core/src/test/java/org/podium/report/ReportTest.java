package org.podium.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.collections.api.factory.Lists;
import org.junit.jupiter.api.Test;
import org.podium.check.CheckOutcome;
import org.podium.check.ConsistencyChecks;
import org.podium.check.Finding;
import org.podium.model.Classification;
import org.podium.model.ClassificationKind;
import org.podium.model.Entry;
import org.podium.model.Event;
import org.podium.model.Note;
import org.podium.model.Penalty;
import org.podium.model.Stage;

/** One meaning of "as of stage N", applied once, on the 2002 cars as the article reports them. */
class ReportTest {

    private static final DocumentOptions OPTIONS = DocumentOptions.defaults(OffsetDateTime.parse("2002-01-13T18:00:00Z"));

    private final Event event = ReportFixture.event();

    @Test
    void theWholeEventKeepsEverythingAndPlacesThePenaltiesTheChecksPlace() {
        Report report = Report.of(event, OPTIONS);
        assertThat(report.asOfStage()).isEmpty();
        assertThat(report.event().penalties()).extracting(Penalty::entryId, Penalty::stageLabel, Penalty::stageInferred)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("cars-gregoire-de-mevius", "8", true),
                        org.assertj.core.groups.Tuple.tuple("cars-stephane-peterhansel", "6", true));
        assertThat(report.event().classification("cars", ClassificationKind.FINAL, null)).isPresent();
        assertThat(report.event().notes()).extracting(Note::id).containsExactly("n1", "n2", "n3", "n4");
        assertThat(report.caveats()).isEmpty();
    }

    @Test
    void asOfStage7TheEventIsAsKnownThen() throws ScopeException {
        Report report = Report.builder(event, OPTIONS).scope(Scope.of(List.of(), "7")).build();
        assertThat(report.asOfStage()).map(Stage::label).hasValue("7");
        assertThat(report.event().stages()).extracting(Stage::label).containsExactly("5", "6", null, "7");
        assertThat(report.event().classifications()).extracting(Classification::stageLabel)
                .containsExactly("5", "6", "6", "7", "7");
        // De Mévius's 18 minutes, placed on stage 8, were not known after stage 7; nor was the note saying so.
        assertThat(report.event().penalties()).extracting(Penalty::entryId).containsExactly("cars-stephane-peterhansel");
        assertThat(report.event().notes()).extracting(Note::id).containsExactly("n1", "n2");
        assertThat(report.findings()).noneMatch(f -> "8".equals(f.stageLabel()) || "final".equals(f.classification()));
        assertThat(report.findings()).anyMatch(f -> "6".equals(f.stageLabel()));
        assertThat(report.bulletinFindings()).allMatch(f -> f.stageLabel() == null || f.stageLabel().equals("7"));
    }

    @Test
    void asOfStage8TheStage8PenaltyAndItsNoteAreKnownButNotTheFinalStandings() throws ScopeException {
        Report report = Report.builder(event, OPTIONS).scope(Scope.of(List.of(), "8")).build();
        assertThat(report.event().penalties()).extracting(Penalty::entryId, Penalty::stageLabel)
                .contains(org.assertj.core.groups.Tuple.tuple("cars-gregoire-de-mevius", "8"));
        assertThat(report.event().notes()).extracting(Note::id).contains("n3");
        assertThat(report.event().classification("cars", ClassificationKind.FINAL, null)).isEmpty();
        assertThat(report.event().notes()).extracting(Note::id).doesNotContain("n4");
    }

    @Test
    void afterTheLastStageTheFinalStandingsAreKnown() throws ScopeException {
        Report report = Report.builder(event, OPTIONS).scope(Scope.of(List.of(), "9")).build();
        assertThat(report.event().classification("cars", ClassificationKind.FINAL, null)).isPresent();
        assertThat(report.event().notes()).extracting(Note::id).contains("n4");
    }

    @Test
    void categoriesAreChosenByIdOrByANameTheyGoBy() throws ScopeException {
        Report bikes = Report.builder(event, OPTIONS).scope(Scope.of(List.of("Motorcycles"), null)).build();
        assertThat(bikes.categories()).extracting(c -> c.id()).containsExactly("bikes");
        assertThat(bikes.event().entries()).extracting(Entry::categoryId).containsOnly("bikes");
        assertThat(bikes.event().penalties()).isEmpty();
        assertThat(bikes.event().notes()).extracting(Note::id).as("notes about cars are not about bikes")
                .containsExactly("n1");
        assertThat(bikes.event().stages()).allSatisfy(s -> assertThat(s.categories())
                .allMatch(c -> c.categoryId().equals("bikes")));
        assertThat(bikes.findings()).allMatch(f -> f.categoryId() == null || f.categoryId().equals("bikes"));
        Report carsAfter6 = Report.builder(event, OPTIONS).scope(Scope.of(List.of("cars"), "6")).build();
        assertThat(carsAfter6.asOfStage().orElseThrow().categories()).as("the stage as the scoped event has it")
                .extracting(c -> c.categoryId()).containsExactly("cars");
    }

    @Test
    void aNoteGoesWithThePenaltyReadFromIt() throws ScopeException {
        Report report = Report.builder(event, OPTIONS).scope(Scope.of(List.of(), "8")).build();
        Note peterhansel = report.index().note("n2").orElseThrow();
        assertThat(peterhansel.stageLabel()).as("the source's word is kept").isNull();
        assertThat(report.index().stageOf(peterhansel)).isEqualTo("6");
        assertThat(report.index().notes(org.podium.model.NoteTable.STAGE_RESULTS, "cars", "6"))
                .extracting(Note::id).containsExactly("n2");
        assertThat(report.index().notes(org.podium.model.NoteTable.STAGE_RESULTS, "cars", null)).isEmpty();
    }

    @Test
    void anUnknownCategoryOrStageIsRefusedWithWhatExists() {
        assertThatThrownBy(() -> Report.builder(event, OPTIONS).scope(Scope.of(List.of("quadz"), null)).build())
                .isInstanceOf(ScopeException.class)
                .hasMessage("no category 'quadz' in this event; its categories are bikes, cars");
        assertThatThrownBy(() -> Report.builder(event, OPTIONS).scope(Scope.of(List.of(), "17")).build())
                .isInstanceOf(ScopeException.class)
                .hasMessage("no stage '17' in this event; its stages are 5, 6, 7, 8, 9");
    }

    @Test
    void aPenaltyWhoseStageNobodyKnowsIsKeptAndSaid() throws ScopeException {
        Event unplaceable = ReportFixture.withUnplaceablePenalty(event);
        Report report = Report.builder(unplaceable, OPTIONS).scope(Scope.of(List.of(), "5")).build();
        assertThat(report.event().penalties()).extracting(Penalty::entryId).contains("cars-1");
        assertThat(report.caveats()).containsExactly("a penalty whose stage the source does not state is shown after"
                + " stage 5, though it may have been given later");
    }

    @Test
    void anAwardedTimeWhoseStageNobodyKnowsIsKeptAndSaid() throws ScopeException {
        Event unplaceable = ReportFixture.withUnplaceableAwardedTime(event);
        Report report = Report.builder(unplaceable, OPTIONS).scope(Scope.of(List.of(), "5")).build();
        assertThat(report.event().awardedTimes()).hasSize(1);
        assertThat(report.caveats()).containsExactly("an awarded time whose stage the source does not state is shown"
                + " after stage 5, though it may have been given later");
    }

    @Test
    void theEventIsInCanonicalOrderAndTheChecksRunOnceWhenGiven() throws ScopeException {
        CheckOutcome outcome = ConsistencyChecks.run(event);
        Report report = Report.builder(event, OPTIONS).checks(outcome).build();
        assertThat(report.event().entries()).extracting(Entry::id).containsExactly("bikes-1", "bikes-2",
                "cars-1", "cars-2", "cars-3", "cars-gregoire-de-mevius", "cars-jean-pierre-fontenay",
                "cars-stephane-peterhansel");
        assertThat(report.findings()).isEqualTo(outcome.findings());
        assertThat(report.findings()).extracting(Finding::noteId).contains("n2", "n3");
        assertThat(report.labels().text("heading.stage", "8")).isEqualTo("Stage 8");
    }

    @Test
    void frenchLabels() {
        Report report = Report.of(event, DocumentOptions.defaults(OffsetDateTime.parse("2002-01-13T18:00:00Z"))
                .toBuilder().language("fr").build());
        Labels labels = report.labels();
        assertThat(labels.text("heading.general", "8")).isEqualTo("Classement général à l’issue de l’étape 8");
        assertThat(labels.stageReference("8", true)).isEqualTo("étape 8 (déduite par les contrôles de Podium)");
        assertThat(labels.count("checks.contradictions", 0)).isEqualTo("0 contradiction");
        assertThat(labels.date(java.time.LocalDate.of(2002, 1, 13))).isEqualTo("13 janv. 2002");
        assertThat(labels.status(BulletinStatus.FINAL)).isEqualTo("DÉFINITIF");
        assertThat(Labels.time(Duration.ofSeconds(166290))).isEqualTo("46:11:30");
    }
}
