package org.podium.check;

import java.util.LinkedHashSet;
import java.util.Set;
import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.list.ImmutableList;
import org.eclipse.collections.api.list.MutableList;
import org.podium.model.Category;
import org.podium.model.Classification;
import org.podium.model.ClassificationKind;
import org.podium.model.ClassificationRow;
import org.podium.model.ResultStatus;
import org.podium.model.Stage;
import org.podium.model.StageStatus;

/**
 * Rows a complete source lacks. A crew that finished stage N and has no row for the next stage
 * it ran, and no status there, vanishes from the general classification as "not classified":
 * one deleted row silently changes the winner. So does a row whose stage label is misspelt
 * ({@code ZZ} for {@code 2}): its crew lacks stage 2 and appears on a stage nobody else ran.
 *
 * <p>Only stage results that say they are the whole field (computed from a timing sheet, or a
 * reported table marked complete) are checked: a top three lacks rows by design.
 */
final class CompletenessChecks {

    private CompletenessChecks() {
    }

    static void run(CheckContext context) {
        for (Category category : context.event.categories()) {
            // The stages the category ran, in order: null where the source gives no whole result, which
            // breaks the chain (stage 4 is never compared with stage 12 across stages nobody reported).
            MutableList<Classification> results = Lists.mutable.empty();
            for (Stage stage : context.event.numberedStages()) {
                if (stage.forCategory(category.id()).map(c -> c.status() == StageStatus.RUN).orElse(false)) {
                    results.add(context.event.classification(category.id(), ClassificationKind.STAGE, stage.label())
                            .filter(table -> table.complete() && table.rows().notEmpty()).orElse(null));
                }
            }
            check(context, category, results);
        }
    }

    private static void check(CheckContext context, Category category, MutableList<Classification> results) {
        Classification previous = null;
        for (Classification result : results) {
            if (result == null) {
                previous = null;
                continue;
            }
            if (previous != null && misplaced(context, previous, result)) {
                // Its crews lack the stage before: the label is that stage's, written wrong. Said once;
                // the sequence goes on from the stage before it.
                ImmutableList<String> crews = result.rows().collect(ClassificationRow::entryId);
                context.add(new Finding(FindingSeverity.CONTRADICTION, category.id(), result.stageLabel(), "stage",
                        crews, null, null, "Stage " + result.stageLabel() + " (" + context.categoryName(category.id()) + ") has "
                                + (crews.size() == 1 ? "a row for " + names(context, crews) + " alone, who has no"
                                        : "rows for " + names(context, crews) + " alone, none of whom has a")
                                + " row for stage " + previous.stageLabel() + ", the stage before it: is '"
                                + result.stageLabel() + "' the label of stage " + previous.stageLabel()
                                + " written wrong? Without it, " + (crews.size() == 1 ? names(context, crews) + " is"
                                        : "they are") + " not classified from stage " + previous.stageLabel() + " on.",
                        result.rows().collect(ClassificationRow::source), null));
                continue;
            }
            if (previous != null) {
                lacking(context, category, previous, result);
            }
            previous = result;
        }
    }

    /** Whether every crew of the stage, fewer than the stage before had, has no row on that stage. */
    private static boolean misplaced(CheckContext context, Classification previous, Classification result) {
        return result.rows().size() < previous.rows().size()
                && result.rows().allSatisfy(row -> context.row(previous, row.entryId()) == null);
    }

    private static void lacking(CheckContext context, Category category, Classification previous,
            Classification result) {
        Set<String> missing = new LinkedHashSet<>();
        for (ClassificationRow row : previous.rows()) {
            if (row.status() == ResultStatus.CLASSIFIED && context.row(result, row.entryId()) == null) {
                missing.add(row.entryId());
            }
        }
        for (String entryId : missing) {
            ClassificationRow before = context.row(previous, entryId);
            context.add(new Finding(FindingSeverity.CONTRADICTION, category.id(), result.stageLabel(), "stage",
                    Lists.immutable.of(entryId), null, null, context.name(entryId) + " (" + context.categoryName(category.id())
                            + ") finished stage " + previous.stageLabel() + " but has no row for stage "
                            + result.stageLabel() + ", and no status (retired, disqualified, not started) says why:"
                            + " the source lacks a row, and the crew is not classified from stage "
                            + result.stageLabel() + " on.",
                    Lists.immutable.of(before.source()), null));
        }
    }

    private static String names(CheckContext context, ImmutableList<String> entryIds) {
        return entryIds.take(3).collect(context::name).makeString(", ") + (entryIds.size() > 3 ? " and others" : "");
    }
}
