package org.podium.app.roundtrip;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podium.model.ClassificationKind;
import org.podium.model.Event;
import org.podium.testkit.SampleEvents;

class DakarExcerptRoundTripTest {

    @Test
    void theSampleReadsBackEqualAndWritesTheSameBytes(@TempDir Path work) throws Exception {
        Event sample = SampleEvents.dakarExcerpt();

        PackageRoundTrip.Result result = PackageRoundTrip.run(sample, work);

        assertThat(result.imported()).isEqualTo(PackageRoundTrip.asWritten(sample));
        PackageRoundTrip.assertIdenticalPackages(result);
    }

    @Test
    void whatTheSampleHoldsSurvivesTheTrip(@TempDir Path work) throws Exception {
        Event imported = PackageRoundTrip.run(SampleEvents.dakarExcerpt(), work).imported();

        assertThat(imported.name()).isEqualTo("2002 Arras–Madrid–Dakar Rally");
        assertThat(imported.stages()).hasSize(5);
        assertThat(imported.stages().get(3).isRestDay()).isTrue();
        assertThat(imported.stage("10").orElseThrow().isLoop()).isTrue();
        assertThat(imported.awardedTimes().getOnly().stageLabel()).isNull();
        assertThat(imported.entriesById().get("bikes-pierre-quinonero").entrant()).isEqualTo("Team \"Pipe | Comma, Co\"");
        assertThat(imported.entriesById().get("trucks-411").crewNames())
                .isEqualTo("André de Azevedo / Tomáš Tomeček / Jaromír Martinec");
        assertThat(imported.classification("bikes", ClassificationKind.FINAL, null).orElseThrow().rows().get(1)
                .timeDerived()).isTrue();
        assertThat(imported.property("Country")).contains("FRA, ESP, MAR, / Western Sahara, , SEN");
    }
}
