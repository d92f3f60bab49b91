package org.podium.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.podium.diff.DiffFixture.COX;
import static org.podium.diff.DiffFixture.DE_MEVIUS;
import static org.podium.diff.DiffFixture.ESTEVE;
import static org.podium.diff.DiffFixture.MEONI;
import static org.podium.diff.DiffFixture.ROMA;
import static org.podium.diff.DiffFixture.SALA;
import static org.podium.diff.DiffFixture.row;

import java.time.Duration;
import java.util.List;
import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.list.ImmutableList;
import org.junit.jupiter.api.Test;
import org.podium.diff.Change.Crew;
import org.podium.diff.Change.Field;
import org.podium.diff.Change.Kind;
import org.podium.diff.Change.Subject;
import org.podium.model.AwardedTime;
import org.podium.model.ClassificationKind;
import org.podium.model.ClassificationRow;
import org.podium.model.Entry;
import org.podium.model.Event;
import org.podium.model.Penalty;
import org.podium.model.ResultStatus;
import org.podium.model.SourcePosition;
import org.podium.model.Stage;
import org.podium.model.StageStatus;

class EventDiffTest {

    private final Event article = DiffFixture.event();

    @Test
    void anEventAgainstItselfHasNoChange() {
        assertThat(EventDiff.between(article, article).isEmpty()).isTrue();
        assertThat(EventDiff.between(article, DiffFixture.event()).changes()).isEmpty();
    }

    @Test
    void theOrderOfTheListsIsNotAChange() {
        Event shuffled = DiffFixture.with(article, article.categories(), article.stages().toReversed(),
                article.entries().toReversed(), article.classifications().toReversed(), article.penalties(),
                article.awardedTimes());
        shuffled = DiffFixture.withRows(shuffled, "bikes", ClassificationKind.STAGE, "13", ImmutableList::toReversed);

        assertThat(EventDiff.between(article, shuffled).changes()).isEmpty();
    }

    @Test
    void esteveStage13GapMendedIsExactlyThatChange() {
        Event mended = DiffFixture.withRows(article, "bikes", ClassificationKind.STAGE, "13", rows -> rows.collect(r ->
                r.entryId().equals(ESTEVE) ? row(3, ESTEVE, "6:14:48", "4:42") : r));

        ImmutableList<Change> changes = EventDiff.between(article, mended).changes();

        assertThat(changes).containsExactly(new Change(Subject.ROW, Kind.CHANGED, Field.GAP, "bikes",
                ClassificationKind.STAGE, "13", new Crew(ESTEVE, 4, "Isidre Esteve"), "0:04:12", "0:04:42"));
    }

    @Test
    void aRemovedRowAndThePositionsItMoved() {
        // Meoni's row taken out of stage 13: Esteve moves up to second, as a source would print it.
        Event cut = DiffFixture.withRows(article, "bikes", ClassificationKind.STAGE, "13", rows -> Lists.immutable.of(
                row(1, SALA, "6:10:06", null), row(2, ESTEVE, "6:14:48", "4:42")));

        assertThat(EventDiff.between(article, cut).changes()).extracting(Change::subject, Change::kind,
                        Change::field, c -> c.crew().entryId(), Change::before, Change::after)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(Subject.ROW, Kind.REMOVED, null, MEONI,
                                "2, 6:13:51, +0:03:45", null),
                        org.assertj.core.groups.Tuple.tuple(Subject.ROW, Kind.CHANGED, Field.POSITION, ESTEVE, "3", "2"),
                        org.assertj.core.groups.Tuple.tuple(Subject.ROW, Kind.CHANGED, Field.GAP, ESTEVE, "0:04:12",
                                "0:04:42"));
        // And back: the row is added, after the rows the older version had.
        assertThat(EventDiff.between(cut, article).changes()).extracting(Change::kind, Change::field,
                        c -> c.crew().entryId())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(Kind.CHANGED, Field.POSITION, ESTEVE),
                        org.assertj.core.groups.Tuple.tuple(Kind.CHANGED, Field.GAP, ESTEVE),
                        org.assertj.core.groups.Tuple.tuple(Kind.ADDED, null, MEONI));
    }

    @Test
    void aCrewMarkedRetired() {
        Event retired = DiffFixture.withRows(article, "bikes", ClassificationKind.GENERAL, "13", rows -> rows.collect(r ->
                r.entryId().equals(COX) ? new ClassificationRow(null, COX, null, null, false, null, null,
                        ResultStatus.RETIRED, SourcePosition.UNKNOWN) : r));

        assertThat(EventDiff.between(article, retired).changes()).extracting(Change::classification, Change::field,
                        Change::before, Change::after)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(ClassificationKind.GENERAL, Field.POSITION, "3", null),
                        org.assertj.core.groups.Tuple.tuple(ClassificationKind.GENERAL, Field.STATUS, "classified",
                                "retired"),
                        org.assertj.core.groups.Tuple.tuple(ClassificationKind.GENERAL, Field.TIME, "39:49:18", null),
                        org.assertj.core.groups.Tuple.tuple(ClassificationKind.GENERAL, Field.GAP, "0:16:19", null));
    }

    @Test
    void penaltiesAddedRemovedAndChanged() {
        Penalty deMevius = article.penalties().getOnly();
        Penalty longer = new Penalty(DE_MEVIUS, "8", Duration.ofMinutes(20), deMevius.reason(), "n3", true);
        Penalty esteve = new Penalty(ESTEVE, "13", Duration.ofMinutes(1), "speeding", null);

        ImmutableList<Change> changes = EventDiff.between(article,
                DiffFixture.withPenalties(article, Lists.immutable.of(esteve, longer))).changes();

        assertThat(changes).containsExactly(
                new Change(Subject.PENALTY, Kind.ADDED, null, "bikes", null, "13", new Crew(ESTEVE, 4, "Isidre Esteve"),
                        null, "0:01:00, speeding"),
                new Change(Subject.PENALTY, Kind.CHANGED, Field.TIME, "cars", null, "8",
                        new Crew(DE_MEVIUS, null, "Grégoire De Mévius / Alain Guehennec"), "0:18:00", "0:20:00"));
        assertThat(EventDiff.between(article, DiffFixture.withPenalties(article, Lists.immutable.empty())).changes())
                .extracting(Change::subject, Change::kind, Change::stageLabel, Change::before)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Subject.PENALTY, Kind.REMOVED, "8",
                        "0:18:00, failing to complete the liaison section in the allotted time"));
    }

    @Test
    void aPenaltyMovedToAnotherStageIsRemovedThereAndAddedHere() {
        Penalty deMevius = article.penalties().getOnly();
        Event moved = DiffFixture.withPenalties(article, Lists.immutable.of(
                new Penalty(DE_MEVIUS, "12", deMevius.time(), deMevius.reason(), "n3")));

        assertThat(EventDiff.between(article, moved).changes()).extracting(Change::kind, Change::stageLabel)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Kind.REMOVED, "8"),
                        org.assertj.core.groups.Tuple.tuple(Kind.ADDED, "12"));
    }

    @Test
    void awardedTimesAndStageStatuses() {
        Event changed = DiffFixture.withAwarded(article, Lists.immutable.of(
                new AwardedTime("trucks", "4", Duration.ofMinutes(55), "n4", true)));
        changed = DiffFixture.withStages(changed, changed.stages().collect(s -> s.label().equals("4")
                ? DiffFixture.stage(1, "4", StageStatus.RUN) : s));

        assertThat(EventDiff.between(article, changed).changes()).containsExactly(
                new Change(Subject.STAGE, Kind.CHANGED, Field.STATUS, "trucks", null, "4", null, "cancelled", "run"),
                new Change(Subject.AWARDED_TIME, Kind.CHANGED, Field.TIME, "trucks", null, "4", null, "0:50:00",
                        "0:55:00"));
    }

    @Test
    void aCrewWithAnotherIdIsTheSameCrewByNumberOrName() {
        // The article gives Roma no number (bikes-nani-roma); a timing sheet would (bikes-8).
        Event numbered = DiffFixture.withEntries(article, article.entries().collect(e -> e.id().equals(ROMA)
                ? DiffFixture.bike("bikes-8", 8, "Nani  Roma", "ESP") : e));
        numbered = DiffFixture.withRows(numbered, "bikes", ClassificationKind.GENERAL, "13", rows -> rows.collect(r ->
                r.entryId().equals(ROMA) ? row(2, "bikes-8", "39:36:02", "3:03") : r));
        numbered = DiffFixture.withRows(numbered, "bikes", ClassificationKind.STAGE, "12", rows -> rows.collect(r ->
                r.entryId().equals(ROMA) ? row(2, "bikes-8", "6:31:19", "0:40") : r));

        assertThat(EventDiff.between(article, numbered).changes()).containsExactly(
                new Change(Subject.ENTRY, Kind.CHANGED, Field.NUMBER, "bikes", null, null,
                        new Crew("bikes-8", 8, "Nani  Roma"), null, "8"),
                new Change(Subject.ENTRY, Kind.CHANGED, Field.CREW, "bikes", null, null,
                        new Crew("bikes-8", 8, "Nani  Roma"), "Nani Roma", "Nani  Roma"));
    }

    @Test
    void entriesAddedAndRemovedAndTheirRows() {
        Entry despres = DiffFixture.bike("bikes-cyril-despres", null, "Cyril Despres", "FRA");
        Event swapped = DiffFixture.withEntries(article, article.entries().reject(e -> e.id().equals(SALA))
                .newWith(despres));
        swapped = DiffFixture.withRows(swapped, "bikes", ClassificationKind.STAGE, "13", rows -> rows.collect(r ->
                r.entryId().equals(SALA) ? row(1, despres.id(), "6:10:06", null) : r));

        assertThat(EventDiff.between(article, swapped).changes()).extracting(Change::subject, Change::kind,
                        c -> c.crew().names())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(Subject.ENTRY, Kind.REMOVED, "Giovanni Sala"),
                        org.assertj.core.groups.Tuple.tuple(Subject.ENTRY, Kind.ADDED, "Cyril Despres"),
                        org.assertj.core.groups.Tuple.tuple(Subject.ROW, Kind.REMOVED, "Giovanni Sala"),
                        org.assertj.core.groups.Tuple.tuple(Subject.ROW, Kind.ADDED, "Cyril Despres"));
    }

    @Test
    void aWholeClassificationStageOrCategoryIsOneChange() {
        Event shorter = DiffFixture.with(article, article.categories().reject(c -> c.id().equals("trucks")),
                article.stages().reject(s -> "12".equals(s.label())), article.entries(),
                article.classifications().reject(c -> "12".equals(c.stageLabel())), article.penalties(),
                article.awardedTimes());

        assertThat(EventDiff.between(article, shorter).changes()).containsExactly(
                new Change(Subject.STAGE, Kind.REMOVED, null, null, null, "12", null, "2002-01-03, A12 – B12", null),
                new Change(Subject.CLASSIFICATION, Kind.REMOVED, null, "bikes", ClassificationKind.STAGE, "12", null,
                        "3", null),
                new Change(Subject.CATEGORY, Kind.REMOVED, null, "trucks", null, null, null, "Trucks", null));
    }

    @Test
    void changesComeInTheEventsOrder() {
        Event changed = DiffFixture.withRows(article, "bikes", ClassificationKind.GENERAL, "13", rows -> rows.collect(r ->
                r.entryId().equals(COX) ? row(3, COX, "39:49:19", "16:20") : r));
        changed = DiffFixture.withRows(changed, "bikes", ClassificationKind.STAGE, "13", rows -> rows.collect(r ->
                r.entryId().equals(MEONI) ? row(2, MEONI, "6:13:52", "3:46") : r));
        changed = DiffFixture.withRows(changed, "bikes", ClassificationKind.STAGE, "12", rows -> rows.collect(r ->
                r.entryId().equals(COX) ? row(1, COX, "6:30:38", null) : r));
        changed = DiffFixture.withRows(changed, "cars", ClassificationKind.STAGE, "8", rows -> rows.collect(r ->
                r.entryId().equals(DE_MEVIUS) ? row(3, DE_MEVIUS, "2:36:36", "1:53") : r));
        Stage added = new Stage(5, "14", null, null, null, null, "special", Lists.immutable.empty(),
                SourcePosition.UNKNOWN);
        changed = DiffFixture.withStages(changed, changed.stages().newWith(added));

        assertThat(EventDiff.between(article, changed).changes()).extracting(c -> c.categoryId() + " "
                        + c.classification() + " " + c.stageLabel() + " " + (c.field() == null ? c.kind() : c.field()))
                .containsExactly("null null 14 ADDED",
                        "bikes STAGE 12 TIME",
                        "bikes STAGE 13 TIME", "bikes STAGE 13 GAP",
                        "bikes GENERAL 13 TIME", "bikes GENERAL 13 GAP",
                        "cars STAGE 8 TIME", "cars STAGE 8 GAP");
    }

    @Test
    void aChangeSaysWhatItIsAbout() {
        assertThatThrownBy(() -> new Change(Subject.ROW, Kind.CHANGED, null, "bikes", null, null, null, "1", "2"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Change(Subject.ROW, Kind.ADDED, null, "bikes", null, null, null, "1", "2"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(List.of(Field.GAP, Field.CLASS_GAP)).allMatch(Field::isGap);
    }
}
