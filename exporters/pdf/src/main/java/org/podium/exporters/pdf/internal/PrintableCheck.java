package org.podium.exporters.pdf.internal;

import java.lang.Character.UnicodeScript;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.eclipse.collections.api.list.ImmutableList;
import org.podium.check.Finding;
import org.podium.diff.Change;
import org.podium.model.Category;
import org.podium.model.Classification;
import org.podium.model.ClassificationRow;
import org.podium.model.Entry;
import org.podium.model.Event;
import org.podium.model.Note;
import org.podium.model.Penalty;
import org.podium.model.Person;
import org.podium.model.Stage;
import org.podium.model.StageCategory;
import org.podium.model.Text;
import org.podium.report.Amendment;
import org.podium.report.ChangeText;
import org.podium.report.Report;
import org.podium.spi.ExportException;

/**
 * Refuses, before anything is written, text the bulletin's fonts cannot print. OpenPDF draws
 * nothing (or a box) for a missing glyph and does not shape Arabic or Indic scripts even when the
 * font has their glyphs, so a name in such a script would print wrong without any error.
 */
final class PrintableCheck {

    /** Scripts OpenPDF lays out left to right without shaping, and Liberation covers. */
    private static final Set<UnicodeScript> PRINTABLE_SCRIPTS = EnumSet.of(
            UnicodeScript.LATIN, UnicodeScript.GREEK, UnicodeScript.CYRILLIC,
            UnicodeScript.COMMON, UnicodeScript.INHERITED);

    private final BulletinFonts fonts;

    PrintableCheck(BulletinFonts fonts) {
        this.fonts = fonts;
    }

    /**
     * Checks every text of the report's event the bulletin may print. The event is the scope
     * already: what the source holds of other categories or later stages is not there to check.
     */
    void check(Report report) throws ExportException {
        Event event = report.event();
        require(event.name(), "the event's name");
        for (Category category : event.categories()) {
            require(category.name(), "the name of category " + category.id());
        }
        for (Stage stage : event.stages()) {
            String where = "the itinerary of stage " + (stage.label() == null ? "(rest day)" : stage.label());
            if (stage.start() != null) {
                require(stage.start().name(), where);
            }
            if (stage.finish() != null) {
                require(stage.finish().name(), where);
            }
            for (StageCategory status : stage.categories()) {
                if (status.reportedWinner() != null) {
                    require(status.reportedWinner(), where + " (" + status.categoryId() + " winner)");
                }
            }
        }
        for (Entry entry : event.entries()) {
            String crew = describe(entry);
            for (Person person : entry.crew()) {
                require(person.name(), "the name of " + crew);
                if (person.nationality() != null) {
                    require(person.nationality(), "the nationality of " + crew);
                }
            }
            if (entry.make() != null) {
                require(entry.make(), "the make of " + crew);
            }
            if (entry.entrant() != null) {
                require(entry.entrant(), "the entrant of " + crew);
            }
        }
        for (Classification classification : event.classifications()) {
            for (ClassificationRow row : classification.rows()) {
                if (row.make() != null) {
                    String crew = report.index().entry(row.entryId()).map(PrintableCheck::describe).orElse(row.entryId());
                    require(row.make(), "the make of " + crew);
                }
            }
        }
        for (Note note : event.notes()) {
            require(note.text(), "note " + note.id());
        }
        for (Penalty penalty : event.penalties()) {
            if (penalty.reason() != null) {
                require(penalty.reason(), "the penalty reason of " + penalty.entryId());
            }
        }
    }

    /** Finding sentences quote names and reported winners, so they must print like the tables do. */
    void checkFindings(ImmutableList<Finding> findings) throws ExportException {
        for (Finding finding : findings) {
            require(finding.message(), "a consistency finding");
        }
    }

    /**
     * What an amendment lists: names and values of the version it replaces may hold what this one
     * no longer does (a crew removed since, written in a script the fonts lack).
     */
    void checkChanges(Report report) throws ExportException {
        if (report.amendment().isEmpty()) {
            return;
        }
        Amendment amendment = report.amendment().get();
        ChangeText words = new ChangeText(report.labels());
        require(amendment.previousName(), "the name of the version amended");
        for (Amendment.Group group : amendment.groups()) {
            require(words.groupTitle(group, report.index()), "the changes since the version amended");
            for (Change change : group.changes()) {
                require(words.lineInGroup(change), "the changes since the version amended");
            }
        }
    }

    /** "crew 201 (Hiroshi Masuoka / Pascal Maimon) in cars": what an organiser can find in the source. */
    private static String describe(Entry entry) {
        String number = entry.number() == null ? "" : " " + entry.number();
        return "crew" + number + " (" + entry.crewNames() + ") in " + entry.categoryId();
    }

    private void require(String text, String where) throws ExportException {
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            if (Text.isControl(codePoint) && !Character.isWhitespace(codePoint)) {
                // Not a script the fonts lack: a control character, which the launcher removes on
                // import; only a host that skips it gets here.
                String name = Character.getName(codePoint);
                throw new ExportException(String.format(Locale.ROOT,
                        "cannot print the control character U+%04X%s in %s: '%s'; remove it from the source",
                        codePoint, name == null ? "" : " (" + name + ")", Text.excerpt(where, 300),
                        Text.excerpt(text, 200)));
            }
            if (!isPrintable(codePoint)) {
                String name = Character.getName(codePoint);
                throw new ExportException(String.format(Locale.ROOT,
                        "cannot print U+%04X%s in %s: '%s'; the PDF fonts (Liberation Sans) print Latin, Greek"
                                + " and Cyrillic only, so transliterate it in the source",
                        codePoint, name == null ? "" : " (" + name + ")", where, text));
            }
            i += Character.charCount(codePoint);
        }
    }

    private boolean isPrintable(int codePoint) {
        if (Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint)) {
            return true;
        }
        return PRINTABLE_SCRIPTS.contains(UnicodeScript.of(codePoint)) && fonts.canShow(codePoint);
    }
}
