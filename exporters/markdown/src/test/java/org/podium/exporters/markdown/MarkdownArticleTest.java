package org.podium.exporters.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podium.report.DocumentOptions;
import org.podium.report.Report;

/**
 * The document of the bundled 2002 Dakar article, imported as a run imports it: the real values,
 * the penalties the source gives without a stage and the checks place (De Mévius's 18 minutes on
 * stage 8, Peterhansel's 14 on stage 6), and the French labels.
 */
class MarkdownArticleTest {

    private static final String DE_MEVIUS = "Grégoire De Mévius (BEL), Alain Guehennec (FRA)";
    private static final String DE_MEVIUS_PENALTY = DE_MEVIUS + ": 0:18:00 for failing to complete the liaison"
            + " section in the allotted time, stage 8 (placed by Podium's checks)";

    @TempDir
    Path dir;

    @Test
    void finalClassificationOfTheCarsIsMasuokasIn46h11m30s() throws Exception {
        ParsedDocument.Table standings = document(Written.options().build(), null).table("Cars", "Final classification");

        assertThat(standings.rows().get(0)).containsExactly("1", "201", "Hiroshi Masuoka (JPN), Pascal Maimon (FRA)",
                "Mitsubishi", "Team Nippon Oil Mitsubishi Ralliart", "46:11:30", "");
        assertThat(standings.column("Time")).contains("46:33:31 *");
    }

    @Test
    void theWholeEventShowsEachPlacedPenaltyUnderItsStageMarkedAsInferred() throws Exception {
        ParsedDocument document = document(Written.options().build(), null);

        assertThat(document.textUnder("Cars", "Stage 8")).contains("Penalties:\n" + DE_MEVIUS_PENALTY + "\n");
        assertThat(document.textUnder("Cars", "Stage 6")).contains("Stéphane Peterhansel (FRA), Jean-Paul Cottret (FRA):"
                + " 0:14:00 for speeding in the liaison section, stage 6 (placed by Podium's checks)");
        assertThat(document.textUnder("Cars", "Stage 7")).doesNotContain("Penalties:");
        // The note the awarded time was read from goes with it to stage 4.
        assertThat(document.textUnder("Trucks", "Stage 4")).contains("Stage 4 was cancelled for Trucks.\n"
                + "Notes:\nAll competitors awarded a stage time of 50:00.\n"
                + "Awarded times:\n0:50:00 to every crew, stage 4 (placed by Podium's checks)");
    }

    @Test
    void theBulletinAfterStage7DoesNotShowThePenaltyThatTheChecksPlaceOnStage8() throws Exception {
        String afterStage7 = Written.markdown(report(Written.options().build(), "7"), dir);

        assertThat(afterStage7).contains("Results after stage 7", "### Stage 7")
                .doesNotContain("0:18:00", "De Mévius earned an 18-minute penalty", "stage 8");
    }

    @Test
    void theBulletinAfterStage8ShowsItMarkedAsInferred() throws Exception {
        ParsedDocument afterStage8 = document(Written.options().build(), "8");

        assertThat(afterStage8.headings(3)).containsExactly("Entries", "Stage 8", "Entries", "Stage 8", "Entries",
                "Stage 8");
        assertThat(afterStage8.textUnder("Cars", "Stage 8")).contains("Penalties:\n" + DE_MEVIUS_PENALTY + "\n");
        assertThat(afterStage8.table("Cars", "Stage 8", "General classification after stage 8").rowWith(DE_MEVIUS))
                .containsExactly("3", "", DE_MEVIUS, "Nissan", "11:02:15", "+0:20:55");
        assertThat(afterStage8.textUnder("Cars")).as("a bulletin shows its own stage's penalties")
                .doesNotContain("0:14:00");
    }

    @Test
    void despresAndRomaShareFirstPlaceAfterStage3() throws Exception {
        ParsedDocument.Table general = document(Written.options().build(), "3")
                .table("Bikes", "Stage 3", "General classification after stage 3");

        assertThat(general.rows().subList(0, 2)).containsExactly(
                List.of("1", "", "Cyril Despres (FRA)", "KTM", "0:32:38", ""),
                List.of("1", "", "Nani Roma (ESP)", "KTM", "0:32:38", ""));
    }

    @Test
    void aFrenchBulletinHasFrenchHeadingsTablesSentencesAndFacts() throws Exception {
        ParsedDocument french = document(Written.options().language("fr").build(), "8");

        assertThat(french.headings(2)).containsExactly("Itinéraire", "Bikes", "Cars", "Trucks");
        assertThat(french.headings(3)).contains("Engagés", "Étape 8");
        assertThat(french.headings(4)).contains("Classement de l’étape 8", "Classement général à l’issue de l’étape 8");
        assertThat(french.table("Itinéraire").header())
                .containsExactly("Étape", "Date", "Départ", "Arrivée", "km", "Bikes", "Cars", "Trucks");
        assertThat(french.table("Cars", "Étape 8", "Classement général à l’issue de l’étape 8").header())
                .containsExactly("Pos.", "N°", "Équipage", "Marque", "Temps", "Écart");
        assertThat(french.table("Cars", "Engagés").header()).containsExactly("N°", "Équipage", "Marque", "Concurrent");
        assertThat(french.textUnder()).contains("Statut : provisoire", "Résultats à l’issue de l’étape 8",
                "Dates : du 2001-12-28 au 2002-01-13", "Source : 2002-dakar-rally.txt");
        assertThat(french.textUnder("Cars", "Étape 8")).contains("Pénalités :\n" + DE_MEVIUS + " : 0:18:00 pour failing"
                + " to complete the liaison section in the allotted time, étape 8 (déduite par les contrôles de Podium)")
                .contains("Seuls les 3 premiers, tels que la source les publie : classement incomplet.");
        assertThat(french.textUnder("Trucks", "Étape 8")).doesNotContain("Stage", "Penalties", "General");
    }

    @Test
    void aFrenchChecksSectionCountsInFrenchAndKeepsTheFindingsAsTheChecksWriteThem() throws Exception {
        ParsedDocument french = document(DocumentOptions.builder(Written.ISSUED_AT).language("fr").build(), null);

        assertThat(french.headings(2)).endsWith("Contrôles de cohérence");
        assertThat(french.headings(3)).contains("Contradictions", "Non vérifiable à partir de la source");
        assertThat(french.textUnder("Contrôles de cohérence")).contains("2 contradictions", "3 écarts expliqués", "31 contrôles")
                .contains("In the result of stage 13 (Bikes), Isidre Esteve is given a gap of 0:04:12")
                .contains("places it on stage 8. (note n3) Dans la source : 2002-dakar-rally.txt:120:82");
    }

    @Test
    void aStageBulletinShowsTheFindingsAboutItsStageOnly() throws Exception {
        DocumentOptions withChecks = DocumentOptions.defaults(Written.ISSUED_AT);

        String afterStage13 = Written.markdown(report(withChecks, "13"), dir);
        String wholeEvent = Written.markdown(report(withChecks, null), dir);

        assertThat(afterStage13).contains("In the result of stage 13 (Bikes), Isidre Esteve is given a gap")
                .doesNotContain("after stage 15 (Bikes)", "after stage 3 (Bikes)");
        assertThat(wholeEvent).contains("In the result of stage 13 (Bikes)", "after stage 15 (Bikes)",
                "after stage 3 (Bikes)");
    }

    private ParsedDocument document(DocumentOptions options, String stage) throws Exception {
        return Written.document(report(options, stage), dir);
    }

    private static Report report(DocumentOptions options, String stage) throws Exception {
        return Written.report(Written.dakar2002(), options, List.of(), stage);
    }
}
