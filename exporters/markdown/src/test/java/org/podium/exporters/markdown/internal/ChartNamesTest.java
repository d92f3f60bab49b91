package org.podium.exporters.markdown.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.eclipse.collections.api.factory.Lists;
import org.junit.jupiter.api.Test;
import org.podium.charts.ChartKind;
import org.podium.model.Category;
import org.podium.model.Slugs;
import org.podium.spi.Companions;

/** The pictures' names: a companion's suffix whatever the category's id, and never one name for two. */
class ChartNamesTest {

    @Test
    void anIdThatIsAlreadyASuffixIsKeptAndOthersBecomeASlugWithAHash() {
        String long200 = "Motos ".repeat(40);
        ChartNames names = names("bikes", "125cc", "Bikes & Quads", "摩托车", long200);

        assertThat(names.suffix("bikes", ChartKind.POSITIONS)).isEqualTo("bikes-positions.svg");
        assertThat(names.suffix("125cc", ChartKind.WINS)).isEqualTo("125cc-wins.svg");
        assertThat(names.suffix("Bikes & Quads", ChartKind.GAPS)).isEqualTo("bikes-quads-" + Slugs.hash("Bikes & Quads")
                + "-gaps.svg");
        assertThat(names.suffix("摩托车", ChartKind.GAPS)).isEqualTo("event-" + Slugs.hash("摩托车") + "-gaps.svg");
        assertThat(names.suffix(long200, ChartKind.POSITIONS)).startsWith("motos-motos-");
        for (String id : List.of("bikes", "125cc", "Bikes & Quads", "摩托车", long200)) {
            for (ChartKind kind : ChartKind.values()) {
                assertThat(names.suffix(id, kind)).matches(Companions.SUFFIX);
            }
        }
    }

    @Test
    void twoCategoriesNeverShareAName() {
        // "Bikes" and "bikes!" have one slug; an id can even be another's slug and hash.
        String contrived = "bikes-" + Slugs.hash("Bikes");
        ChartNames names = names("Bikes", "bikes!", contrived, "bikes");

        List<String> all = new ArrayList<>();
        for (String id : List.of("Bikes", "bikes!", contrived, "bikes")) {
            all.add(names.suffix(id, ChartKind.GAPS));
        }
        assertThat(all).doesNotHaveDuplicates().contains("bikes-gaps.svg", contrived + "-2-gaps.svg");
    }

    @Test
    void aLinkIsTheNamePercentEncodedAsAPathSegment() {
        assertThat(ChartNames.linkTo("dakar-bikes-gaps.svg")).isEqualTo("dakar-bikes-gaps.svg");
        assertThat(ChartNames.linkTo("Dakar 2002 (é) [1]-bikes.svg"))
                .isEqualTo("Dakar%202002%20%28%C3%A9%29%20%5B1%5D-bikes.svg");
    }

    private static ChartNames names(String... ids) {
        List<Category> categories = new ArrayList<>();
        for (String id : ids) {
            categories.add(new Category(id, id, Lists.immutable.empty()));
        }
        return new ChartNames(Lists.immutable.withAll(categories));
    }
}
