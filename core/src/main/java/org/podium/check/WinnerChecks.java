package org.podium.check;

import java.util.Locale;
import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.list.ImmutableList;
import org.podium.model.Classification;
import org.podium.model.ClassificationKind;
import org.podium.model.ClassificationRow;
import org.podium.model.Person;
import org.podium.model.Stage;
import org.podium.model.StageCategory;

/**
 * The itinerary's reported winners against the first of each stage result, with the
 * abbreviations itineraries use: {@code J-P. Fontenay} is Jean-Pierre Fontenay, and
 * {@code J. de Rooy} is the driver Jan, not Gérard de Rooy of the same crew.
 */
final class WinnerChecks {

    private WinnerChecks() {
    }

    static void run(CheckContext context) {
        for (Stage stage : context.event.numberedStages()) {
            for (StageCategory status : stage.categories()) {
                if (status.reportedWinner() == null) {
                    continue;
                }
                Classification result = context.event.classification(status.categoryId(), ClassificationKind.STAGE,
                        stage.label()).filter(CheckContext::isReported).orElse(null);
                if (result == null || result.rows().isEmpty()) {
                    continue;
                }
                ImmutableList<ClassificationRow> first = result.rows().select(r -> Integer.valueOf(1).equals(r.position()));
                boolean named = first.anySatisfy(r -> context.entries.get(r.entryId()) != null
                        && names(status.reportedWinner(), context.entries.get(r.entryId()).driver()));
                if (!named) {
                    ClassificationRow winner = first.isEmpty() ? result.rows().getFirst() : first.getFirst();
                    context.add(new Finding(FindingSeverity.CONTRADICTION, status.categoryId(), stage.label(), "itinerary",
                            Lists.immutable.of(winner.entryId()), status.reportedWinner(), context.name(winner.entryId()),
                            "The itinerary names " + status.reportedWinner() + " as the winner of stage " + stage.label()
                                    + " (" + context.categoryName(status.categoryId()) + "), but "
                                    + context.name(winner.entryId()) + " is first in its result.",
                            Lists.immutable.of(stage.source(), winner.source()), null));
                }
            }
        }
    }

    /**
     * Whether a written name names the person: equal, or initials and surname ({@code J-P. Fontenay},
     * {@code C. de Gavardo}).
     */
    static boolean names(String written, Person person) {
        String full = person.name();
        if (written.equalsIgnoreCase(full)) {
            return true;
        }
        int dot = written.lastIndexOf(". ");
        if (dot < 0) {
            return false;
        }
        String initials = written.substring(0, dot + 1);
        String surname = written.substring(dot + 2).strip();
        String lowerFull = full.toLowerCase(Locale.ROOT);
        if (!lowerFull.endsWith(" " + surname.toLowerCase(Locale.ROOT))) {
            return false;
        }
        String given = full.substring(0, full.length() - surname.length()).strip();
        return initialsOf(given).equals(initials.replaceAll("[^\\p{L}]", "").toUpperCase(Locale.ROOT));
    }

    private static String initialsOf(String givenNames) {
        StringBuilder initials = new StringBuilder();
        for (String part : givenNames.split("[\\s-]+")) {
            if (!part.isEmpty()) {
                initials.append(Character.toUpperCase(part.charAt(0)));
            }
        }
        return initials.toString().toUpperCase(Locale.ROOT);
    }
}
