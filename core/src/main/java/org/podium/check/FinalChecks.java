package org.podium.check;

import org.eclipse.collections.api.factory.Lists;
import org.podium.model.Category;
import org.podium.model.Classification;
import org.podium.model.ClassificationKind;
import org.podium.model.ClassificationRow;
import org.podium.model.Stage;
import org.podium.model.StageStatus;

/** The final standings against the general classification after the last stage: times, gaps, order. */
final class FinalChecks {

    private FinalChecks() {
    }

    static void run(CheckContext context) {
        for (Category category : context.event.categories()) {
            Classification standings = context.event.classification(category.id(), ClassificationKind.FINAL, null)
                    .filter(CheckContext::isReported).orElse(null);
            // Only the general classification after the category's last run stage is the final one.
            Stage lastRun = context.event.numberedStages().asReversed().detect(stage -> stage.forCategory(category.id())
                    .map(c -> c.status() == StageStatus.RUN).orElse(false));
            Classification lastGeneral = lastRun == null ? null
                    : context.event.classification(category.id(), ClassificationKind.GENERAL, lastRun.label())
                            .filter(CheckContext::isReported).orElse(null);
            if (standings == null || lastGeneral == null) {
                continue;
            }
            for (ClassificationRow general : lastGeneral.rows()) {
                ClassificationRow fin = context.row(standings, general.entryId());
                if (fin == null) {
                    if (general.position() != null && standings.rows().size() >= general.position()) {
                        context.add(FindingSeverity.CONTRADICTION, standings, Lists.immutable.of(general), null, null,
                                context.name(general.entryId()) + " is " + general.position() + " in "
                                        + context.describe(lastGeneral) + " but missing from " + context.describe(standings)
                                        + ".", null);
                    }
                    continue;
                }
                if (general.time() != null && fin.time() != null && !general.time().equals(fin.time())) {
                    context.add(FindingSeverity.CONTRADICTION, standings, Lists.immutable.of(fin, general), general.time(),
                            fin.time(), "In " + context.describe(standings) + ", " + context.name(fin.entryId()) + " has "
                                    + CheckContext.clock(fin.time()) + (fin.timeDerived() ? " (the winner's time plus the gap)" : "")
                                    + ", but " + CheckContext.clock(general.time()) + " in " + context.describe(lastGeneral)
                                    + ".", null);
                } else if (general.position() != null && fin.position() != null
                        && !general.position().equals(fin.position())) {
                    context.add(FindingSeverity.CONTRADICTION, standings, Lists.immutable.of(fin, general), null, null,
                            context.name(fin.entryId()) + " is " + fin.position() + " in " + context.describe(standings)
                                    + " but " + general.position() + " in " + context.describe(lastGeneral) + ".", null);
                }
            }
        }
    }
}
