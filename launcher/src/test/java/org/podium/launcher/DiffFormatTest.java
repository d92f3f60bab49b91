package org.podium.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringWriter;
import org.eclipse.collections.api.factory.Lists;
import org.junit.jupiter.api.Test;
import org.podium.diff.Change;
import org.podium.diff.Change.Crew;
import org.podium.diff.Change.Field;
import org.podium.diff.Change.Kind;
import org.podium.diff.Change.Subject;
import org.podium.diff.EventDiff;
import org.podium.model.ClassificationKind;

/** How each kind of change reads, for people and for tools. */
class DiffFormatTest {

    private static final Crew ESTEVE = new Crew("bikes-4", 4, "Isidre Esteve");
    private static final Crew DE_MEVIUS = new Crew("cars-gregoire-de-mevius", null,
            "Grégoire De Mévius / Alain Guehennec");

    @Test
    void oneLinePerChangeWhereThenWhat() {
        EventDiff diff = new EventDiff(Lists.immutable.of(
                new Change(Subject.STAGE, Kind.ADDED, null, null, null, "17", null, null, "2002-01-14, Dakar"),
                new Change(Subject.CATEGORY, Kind.REMOVED, null, "trucks", null, null, null, "Trucks", null),
                new Change(Subject.ENTRY, Kind.CHANGED, Field.NUMBER, "bikes", null, null,
                        new Crew("bikes-8", 8, "Nani Roma"), null, "8"),
                new Change(Subject.STAGE, Kind.CHANGED, Field.STATUS, "trucks", null, "4", null, "run", "cancelled"),
                new Change(Subject.CLASSIFICATION, Kind.REMOVED, null, "bikes", ClassificationKind.GENERAL, "12", null,
                        "3", null),
                new Change(Subject.ROW, Kind.CHANGED, Field.GAP, "bikes", ClassificationKind.STAGE, "13", ESTEVE,
                        "0:04:12", "0:04:42"),
                new Change(Subject.ROW, Kind.CHANGED, Field.LAPS_BEHIND, "bikes", ClassificationKind.GENERAL, "13",
                        ESTEVE, null, "1"),
                new Change(Subject.PENALTY, Kind.CHANGED, Field.TIME, "cars", null, "8", DE_MEVIUS, "0:18:00",
                        "0:20:00"),
                new Change(Subject.AWARDED_TIME, Kind.ADDED, null, "trucks", null, null, null, null, "0:50:00"),
                new Change(Subject.CLASSIFICATION, Kind.ADDED, null, "bikes", ClassificationKind.FINAL, null, null,
                        null, "1"),
                new Change(Subject.ROW, Kind.REMOVED, null, "bikes", ClassificationKind.FINAL, null, ESTEVE,
                        "5, 50:55:33, +2:54:34", null)));

        assertThat(write(DiffFormat.TEXT, diff)).isEqualTo("""
                itinerary · stage 17: added (2002-01-14, Dakar)
                trucks: category removed (Trucks)
                bikes · 8 Nani Roma: number — → 8
                trucks · stage 4: status run → cancelled
                bikes · stage 12: general classification removed (3 rows)
                bikes · stage 13 · 4 Isidre Esteve: gap +0:04:12 → +0:04:42
                bikes · general after stage 13 · 4 Isidre Esteve: laps behind — → 1
                cars · stage 8 · Grégoire De Mévius / Alain Guehennec: penalty time 0:18:00 → 0:20:00
                trucks · no stage: awarded time added (0:50:00)
                bikes: final standings added (1 row)
                bikes · final standings · 4 Isidre Esteve: row removed (5, 50:55:33, +2:54:34)
                """);
    }

    @Test
    void csvAndJsonKeepEveryValueExactly() {
        Crew quoted = new Crew("bikes-9", 9, "=Jean \"Le Fou\" \\ Martin");
        EventDiff diff = new EventDiff(Lists.immutable.of(new Change(Subject.ENTRY, Kind.CHANGED, Field.CREW, "bikes",
                null, null, quoted, "Jean Martin", quoted.names())));

        assertThat(write(DiffFormat.CSV, diff)).isEqualTo(
                "category,stage,classification,subject,change,field,number,crew,entry_id,before,after\n"
                + "bikes,,,entry,changed,crew,9,\"=Jean \"\"Le Fou\"\" \\ Martin\",bikes-9,Jean Martin,"
                + "\"=Jean \"\"Le Fou\"\" \\ Martin\"\n");
        assertThat(write(DiffFormat.JSON, diff)).isEqualTo("[\n  {\"category\": \"bikes\", \"stage\": null,"
                + " \"classification\": null, \"subject\": \"entry\", \"change\": \"changed\", \"field\": \"crew\","
                + " \"number\": 9, \"crew\": \"=Jean \\\"Le Fou\\\" \\\\ Martin\", \"entry_id\": \"bikes-9\","
                + " \"before\": \"Jean Martin\", \"after\": \"=Jean \\\"Le Fou\\\" \\\\ Martin\"}\n]\n");
        assertThat(write(DiffFormat.TEXT, new EventDiff(Lists.immutable.empty()))).isEmpty();
        assertThat(DiffFormat.summary(diff)).isEqualTo("1 change");
        assertThat(DiffFormat.of(" Json ")).isEqualTo(DiffFormat.JSON);
        assertThatThrownBy(() -> DiffFormat.of("xml")).hasMessage("'xml' is not a format: text, csv or json");
    }

    @Test
    void spreadsheetSafeCsvOnlyWhenAsked() throws IOException {
        EventDiff diff = new EventDiff(Lists.immutable.of(new Change(Subject.ENTRY, Kind.ADDED, null, "bikes", null,
                null, new Crew("bikes-9", 9, "=1+1"), null, "=1+1")));
        StringWriter out = new StringWriter();

        DiffFormat.CSV.write(out, diff, true);

        assertThat(out.toString()).endsWith("bikes,,,entry,added,,9,'=1+1,bikes-9,,'=1+1\n");
    }

    private static String write(DiffFormat format, EventDiff diff) {
        StringWriter out = new StringWriter();
        try {
            format.write(out, diff, false);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return out.toString();
    }
}
