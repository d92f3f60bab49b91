package org.podium.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.list.MutableList;
import org.junit.jupiter.api.Test;
import org.podium.model.Classification;
import org.podium.model.Basis;
import org.podium.model.ClassificationKind;
import org.podium.model.ClassificationRow;
import org.podium.model.ResultStatus;
import org.podium.model.SourcePosition;

/** The sentence under a classification the source gives in part names what it gives, never more. */
class LabelsIncompleteTest {

    @Test
    void theDakarsTopThreeWithATieIsATopThree() {
        // Stage 3, cars, 2002: Despres and Roma tied first at 32:38.
        Classification stage3 = table(row(1, null), row(1, null), row(3, null));
        assertThat(Labels.of("en").incomplete(stage3))
                .isEqualTo("Top 3 only, as the source reports them: not a complete classification.");
    }

    @Test
    void aTableWithAHoleSaysHowManyOfTheFirstPositionsItGives() {
        Classification cut = table(row(1, null), row(2, null), row(3, null), row(4, null), row(14, null),
                row(15, "Gearbox"), row(null, "Oil pressure"));
        assertThat(Labels.of("en").incomplete(cut))
                .isEqualTo("Not a complete classification: the source gives 6 of the first 15 positions.");
        assertThat(Labels.of("fr").incomplete(cut))
                .isEqualTo("Classement incomplet : la source donne 6 des 15 premières places.");
    }

    private static Classification table(ClassificationRow... rows) {
        return new Classification("cars", ClassificationKind.STAGE, "3", Basis.REPORTED, false,
                Lists.immutable.of(rows), SourcePosition.UNKNOWN);
    }

    private static int line;

    private static ClassificationRow row(Integer position, String retiredBecause) {
        line++;
        ResultStatus status = position == null ? ResultStatus.RETIRED : ResultStatus.CLASSIFIED;
        ClassificationRow row = new ClassificationRow(position, "e" + line, null,
                position == null ? null : Duration.ofMinutes(32).plusSeconds(38 + line), false, null, null, status,
                SourcePosition.of("t.txt", line, 1));
        return retiredBecause == null ? row
                : row.withDetails(row.details().withStatusReason(retiredBecause));
    }
}
