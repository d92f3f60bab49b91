package org.podium.importers.csv.internal.sheet;

import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.list.ImmutableList;
import org.eclipse.collections.api.list.MutableList;
import org.podium.importers.csv.internal.SheetRow;
import org.podium.model.Person;
import org.podium.spi.Diagnostic;

/**
 * A row's crew: names from a crew column ({@code A / B}) or driver and co-driver columns. With one
 * nationality column after each person column, each gives the codes of the names just before it;
 * otherwise the nationality column holds the whole crew's codes, {@code " / "}-joined in crew order.
 */
final class Crews {

    private static final int MOST = 3;

    private Crews() {
    }

    static ImmutableList<Person> of(Sheet sheet, SheetRow row) {
        MutableList<String> names = Lists.mutable.empty();
        MutableList<String> codes = Lists.mutable.empty();
        int groupStart = -1;
        int groupSize = 0;
        MutableList<String> leadingCodes = null;
        ImmutableList<Meaning> meanings = sheet.layout.meanings();
        // One nationality column per person column gives each its codes; otherwise they are the whole crew's.
        boolean perPersonColumn = meanings.count(m -> m == Meaning.NATIONALITY)
                == meanings.count(m -> m == Meaning.CREW || m == Meaning.DRIVER || m == Meaning.CO_DRIVER);
        for (int column = 0; column < meanings.size(); column++) {
            Meaning meaning = meanings.get(column);
            if (meaning == Meaning.CREW || meaning == Meaning.DRIVER || meaning == Meaning.CO_DRIVER) {
                ImmutableList<String> group = split(row.cell(column));
                groupStart = names.size();
                groupSize = group.size();
                names.addAll(group.castToList());
                group.forEach(name -> codes.add(null));
            } else if (meaning == Meaning.NATIONALITY) {
                ImmutableList<String> given = split(row.cell(column));
                if (groupStart < 0 || !perPersonColumn) {
                    leadingCodes = Lists.mutable.withAll(given);
                    continue;
                }
                if (!given.isEmpty() && given.size() != groupSize) {
                    sheet.diagnostics.report(Diagnostic.warning(sheet.at(row, column), given.size()
                            + " nationalities for " + groupSize + " names; matched in order"));
                }
                for (int i = 0; i < Math.min(given.size(), groupSize); i++) {
                    codes.set(groupStart + i, given.get(i));
                }
            }
        }
        if (leadingCodes != null) {
            if (leadingCodes.size() != names.size()) {
                sheet.diagnostics.report(Diagnostic.warning(sheet.at(row, sheet.layout.column(Meaning.NATIONALITY)),
                        leadingCodes.size() + " nationalities for a crew of " + names.size() + "; matched in order"));
            }
            for (int i = 0; i < Math.min(leadingCodes.size(), codes.size()); i++) {
                codes.set(i, leadingCodes.get(i));
            }
        }
        MutableList<Person> crew = Lists.mutable.empty();
        for (int i = 0; i < names.size(); i++) {
            crew.add(new Person(names.get(i), codes.get(i)));
        }
        if (crew.size() > MOST) {
            sheet.diagnostics.report(Diagnostic.warning(sheet.at(row), "a crew has at most " + MOST + " persons; "
                    + crew.drop(MOST).collect(Person::name).makeString(", ") + " left out of it"));
            return crew.take(MOST).toImmutable();
        }
        return crew.toImmutable();
    }

    private static ImmutableList<String> split(String cell) {
        if (cell.isBlank()) {
            return Lists.immutable.empty();
        }
        // Split at each slash by hand (a regular expression's split per cell was a tenth of reading a sheet).
        MutableList<String> names = Lists.mutable.empty();
        int start = 0;
        while (start <= cell.length()) {
            int slash = cell.indexOf('/', start);
            int end = slash < 0 ? cell.length() : slash;
            String name = cell.substring(start, end).strip();
            if (!name.isEmpty()) {
                names.add(name);
            }
            start = end + 1;
        }
        return names.toImmutable();
    }
}
