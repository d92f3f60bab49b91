package org.podium.app.roundtrip;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.podium.model.Event;

class PackageRoundTripProperties {

    @Property(tries = 60)
    void everyEventReadsBackEqualAndWritesTheSameBytes(@ForAll Random random,
            @ForAll @IntRange(min = 1, max = 3) int categories,
            @ForAll @IntRange(min = 1, max = 8) int stages,
            @ForAll @IntRange(min = 0, max = 6) int entriesPerCategory) throws Exception {
        Event event = new ArbitraryEvents(random).event(categories, stages, entriesPerCategory);
        Path work = Files.createTempDirectory("podium-roundtrip");
        try {
            PackageRoundTrip.Result result = PackageRoundTrip.run(event, work);

            assertThat(result.imported()).isEqualTo(PackageRoundTrip.asWritten(event));
            PackageRoundTrip.assertIdenticalPackages(result);
        } finally {
            PackageRoundTrip.deleteTree(work);
        }
    }
}
