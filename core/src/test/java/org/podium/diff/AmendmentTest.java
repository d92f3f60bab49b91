package org.podium.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.podium.diff.DiffFixture.COX;
import static org.podium.diff.DiffFixture.DE_MEVIUS;
import static org.podium.diff.DiffFixture.ESTEVE;
import static org.podium.diff.DiffFixture.row;

import java.time.Duration;
import java.time.OffsetDateTime;
import org.eclipse.collections.api.factory.Lists;
import org.junit.jupiter.api.Test;
import org.podium.model.ClassificationKind;
import org.podium.model.ClassificationRow;
import org.podium.model.Event;
import org.podium.model.Penalty;
import org.podium.model.ResultStatus;
import org.podium.model.SourcePosition;
import org.podium.report.Amendment;
import org.podium.report.ChangeText;
import org.podium.report.DocumentOptions;
import org.podium.report.Labels;
import org.podium.report.Report;
import org.podium.report.Scope;
import org.podium.report.ScopeException;

/**
 * An amendment as a report holds it: what changed since the bulletin it replaces, in the report's
 * scope, in words of the report's language. The article's part of {@link DiffFixture} is bulletin 7;
 * each test amends it as a results office would.
 */
class AmendmentTest {

    private static final DocumentOptions ENGLISH = DocumentOptions.defaults(OffsetDateTime.parse("2002-01-14T18:00:00Z"));
    private static final DocumentOptions FRENCH = ENGLISH.toBuilder().language("fr").build();

    private final Event bulletin7 = DiffFixture.event();

    private final Event esteveMended = DiffFixture.withRows(bulletin7, "bikes", ClassificationKind.STAGE, "13",
            rows -> rows.collect(r -> r.entryId().equals(ESTEVE) ? row(3, ESTEVE, "6:14:48", "4:42") : r));

    @Test
    void theMendedGapIsTheOneChangeSinceBulletin7InEitherLanguage() throws ScopeException {
        Amendment english = Report.builder(esteveMended, ENGLISH).amends(bulletin7, 7, "b7.txt").build().amendment()
                .orElseThrow();
        Amendment french = Report.builder(esteveMended, FRENCH).amends(bulletin7, 7, "b7.txt").build().amendment()
                .orElseThrow();

        assertThat(english.heading(Labels.of("en"))).isEqualTo("Changes since bulletin 7");
        assertThat(english.replacesLine(Labels.of("en"))).isEqualTo("Replaces bulletin 7");
        assertThat(english.groups()).singleElement().satisfies(group -> {
            assertThat(group.categoryId()).isEqualTo("bikes");
            assertThat(group.changes()).extracting(new ChangeText(Labels.of("en"))::lineInGroup)
                    .containsExactly("stage 13 · 4 Isidre Esteve: gap +0:04:12 → +0:04:42");
            assertThat(group.changes()).extracting(new ChangeText(Labels.of("fr"))::lineInGroup)
                    .containsExactly("étape 13 · 4 Isidre Esteve : écart +0:04:12 → +0:04:42");
        });
        assertThat(french.heading(Labels.of("fr"))).isEqualTo("Modifications depuis le bulletin 7");
        assertThat(french.replacesLine(Labels.of("fr"))).isEqualTo("Remplace le bulletin 7");
    }

    @Test
    void aBulletinAfterStage12ListsNothingOfStage13() throws ScopeException {
        Report report = Report.builder(esteveMended, ENGLISH).scope(Scope.of(Lists.immutable.empty(), "12"))
                .amends(bulletin7, 7, "b7.txt").build();

        Amendment amendment = report.amendment().orElseThrow();
        assertThat(amendment.changes().isEmpty()).isTrue();
        assertThat(amendment.groups()).isEmpty();
        assertThat(amendment.nothingChanged(report.labels())).isEqualTo("No change since bulletin 7.");
    }

    @Test
    void withoutItsNumberThePreviousVersionIsNamedByItsFile() throws ScopeException {
        Amendment amendment = Report.builder(esteveMended, ENGLISH).amends(bulletin7, null, "b7.txt").build()
                .amendment().orElseThrow();

        assertThat(amendment.replaces()).isEmpty();
        assertThat(amendment.heading(Labels.of("en"))).isEqualTo("Changes since b7.txt");
        assertThat(amendment.replacesLine(Labels.of("en"))).isEqualTo("Amends b7.txt");
        assertThat(Report.of(esteveMended, ENGLISH).amendment()).as("a report that amends nothing").isEmpty();
    }

    @Test
    void aPenaltyAfterAnAppealIsListedUnderItsCategory() throws ScopeException {
        Penalty appeal = new Penalty(ESTEVE, "13", Duration.ofMinutes(5), "missed waypoint", null, false);
        Event amended = DiffFixture.withPenalties(esteveMended,
                esteveMended.penalties().newWith(appeal));

        Amendment amendment = Report.builder(amended, ENGLISH).amends(bulletin7, 7, "b7.txt").build().amendment()
                .orElseThrow();

        ChangeText words = new ChangeText(Labels.of("en"));
        assertThat(amendment.groups()).extracting(Amendment.Group::categoryId).containsExactly("bikes");
        assertThat(amendment.groups().getFirst().changes()).extracting(words::lineInGroup).containsExactly(
                "stage 13 · 4 Isidre Esteve: gap +0:04:12 → +0:04:42",
                "stage 13 · 4 Isidre Esteve: penalty added (0:05:00, missed waypoint)");
        assertThat(new ChangeText(Labels.of("fr")).lineInGroup(amendment.groups().getFirst().changes().getLast()))
                .isEqualTo("étape 13 · 4 Isidre Esteve : pénalité ajoutée (0:05:00, missed waypoint)");
    }

    @Test
    void categoriesKeepTheEventsOrderAndStatusesAreWords() throws ScopeException {
        Event retired = DiffFixture.withRows(esteveMended, "bikes", ClassificationKind.GENERAL, "13", rows -> rows.collect(r ->
                r.entryId().equals(COX) ? new ClassificationRow(null, COX, null, null, false, null, null,
                        ResultStatus.RETIRED, SourcePosition.UNKNOWN) : r));
        Event amended = DiffFixture.withPenalties(retired, retired.penalties().collect(p -> p.entryId().equals(DE_MEVIUS)
                ? new Penalty(p.entryId(), p.stageLabel(), Duration.ofMinutes(28), p.reason(), p.noteId(), p.stageInferred())
                : p));

        Amendment amendment = Report.builder(amended, FRENCH).amends(bulletin7, 7, "b7.txt").build().amendment()
                .orElseThrow();

        ChangeText words = new ChangeText(Labels.of("fr"));
        assertThat(amendment.groups()).extracting(Amendment.Group::categoryId).containsExactly("bikes", "cars");
        assertThat(amendment.groups().getFirst().changes()).extracting(words::lineInGroup)
                .contains("général après l’étape 13 · 5 Alfie Cox : statut classé → abandon");
        assertThat(amendment.groups().getLast().changes()).extracting(words::lineInGroup).containsExactly(
                "étape 8 · Grégoire De Mévius / Alain Guehennec : temps de la pénalité 0:18:00 → 0:28:00");
    }

    @Test
    void aPreviousVersionWithoutTheStageAskedForIsRefusedNamingIt() {
        Event stage12Only = DiffFixture.withStages(bulletin7, bulletin7.stages().select(s -> !s.label().equals("13")));

        assertThatThrownBy(() -> Report.builder(esteveMended, ENGLISH).scope(Scope.of(Lists.immutable.empty(), "13"))
                .amends(stage12Only, 7, "b7.txt").build())
                .isInstanceOf(ScopeException.class)
                .hasMessageStartingWith("the version it amends, b7.txt: ");
    }
}
