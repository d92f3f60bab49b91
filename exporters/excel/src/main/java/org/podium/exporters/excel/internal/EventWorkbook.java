package org.podium.exporters.excel.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.eclipse.collections.api.list.ImmutableList;
import org.eclipse.collections.api.map.ImmutableMap;
import org.podium.model.AwardedTime;
import org.podium.model.Category;
import org.podium.model.Classification;
import org.podium.model.ClassificationKind;
import org.podium.model.ClassificationRow;
import org.podium.model.Entry;
import org.podium.model.Event;
import org.podium.model.Note;
import org.podium.model.Penalty;
import org.podium.model.Person;
import org.podium.model.Place;
import org.podium.model.Property;
import org.podium.model.SourcePosition;
import org.podium.model.Stage;
import org.podium.model.StageCategory;
import org.podium.spi.Diagnostic;
import org.podium.spi.Diagnostics;
import org.podium.spi.ExportException;
import org.podium.spi.ExportOptions;

/**
 * The workbook of one event for one set of options: Event, Stages, Entries, Results, one standings
 * sheet per category, Penalties, Notes, and with checks the consistency findings. One instance per export.
 */
public final class EventWorkbook {

    /** Rows kept in memory per sheet; older rows are streamed to a temporary file. */
    private static final int ROWS_IN_MEMORY = 500;
    private static final String CREATOR = "Podium";
    private static final String LIST_SEPARATOR = " / ";
    private static final Pattern WHOLE_NUMBER = Pattern.compile("[0-9]{1,9}");

    private final Event event;
    private final ExportOptions options;
    private final Diagnostics diagnostics;
    private final EventOrder order;
    private final ImmutableMap<String, Entry> entriesById;
    private final ImmutableList<Category> categories;
    private final Stage chosenStage;

    private EventWorkbook(Event event, ExportOptions options, Diagnostics diagnostics, Stage chosenStage) {
        this.event = event;
        this.options = options;
        this.diagnostics = diagnostics;
        this.order = new EventOrder(event);
        this.entriesById = event.entriesById();
        this.categories = event.categories().select(category -> options.includes(category.id()));
        this.chosenStage = chosenStage;
    }

    /**
     * Creates {@code target} (it must not exist) and writes the workbook into it.
     *
     * @param maxRowsPerSheet rows per sheet, header included, before a table continues on a new
     *                        sheet; Excel's limit in production, smaller in tests
     * @throws ExportException when the event cannot be written; the target is not created then
     */
    public static void write(Event event, ExportOptions options, Diagnostics diagnostics, Path target,
            int maxRowsPerSheet) throws ExportException, IOException {
        Stage chosenStage = null;
        if (options.stageLabel() != null) {
            chosenStage = event.stage(options.stageLabel()).orElseThrow(() -> new ExportException(
                    "the event has no stage '" + options.stageLabel() + "'; its stages are "
                            + event.numberedStages().collect(Stage::label).makeString(", ")));
        }
        EventWorkbook book = new EventWorkbook(event, options, diagnostics, chosenStage);
        book.checkReferences();
        book.reportIgnoredOptions();
        // Nothing touches the target until every sheet is built: a refused export leaves no file.
        // Closing also deletes the temporary files that hold the streamed rows.
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(null, ROWS_IN_MEMORY, true, false)) {
            WorkbookParts parts = new WorkbookParts(workbook, new CellStyles(workbook), new SheetNames(),
                    maxRowsPerSheet, diagnostics);
            book.writeSheets(parts);
            book.setProperties(workbook);
            writeFile(workbook, target);
        }
    }

    private static void writeFile(SXSSFWorkbook workbook, Path target) throws IOException {
        boolean written = false;
        try (OutputStream out = Files.newOutputStream(target, StandardOpenOption.CREATE_NEW,
                StandardOpenOption.WRITE)) {
            // POI gives every zip entry the same fixed time, and the properties carry --issued-at, so
            // the same event and options give the same bytes.
            workbook.write(out);
            written = true;
        } finally {
            if (!written) {
                Files.deleteIfExists(target);
            }
        }
    }

    /** Every crew a classification or penalty names must be an entry, or its row could not be written. */
    private void checkReferences() throws ExportException {
        for (Classification classification : event.classifications()) {
            for (ClassificationRow row : classification.rows()) {
                if (!entriesById.containsKey(row.entryId())) {
                    String stage = classification.stageLabel() == null ? "" : " " + classification.stageLabel();
                    throw new ExportException("the " + classification.categoryId() + " " + classification.kind().id()
                            + " classification" + stage + " names entry '" + row.entryId()
                            + "', which the event's entries do not list");
                }
            }
        }
        for (Penalty penalty : event.penalties()) {
            if (!entriesById.containsKey(penalty.entryId())) {
                throw new ExportException("a penalty names entry '" + penalty.entryId()
                        + "', which the event's entries do not list");
            }
        }
    }

    private void reportIgnoredOptions() {
        for (String categoryId : options.categories()) {
            if (event.category(categoryId).isEmpty()) {
                diagnostics.report(Diagnostic.warning(SourcePosition.UNKNOWN, "the workbook has no category '"
                        + categoryId + "': the event's categories are "
                        + event.categories().collect(Category::id).makeString(", ")));
            }
        }
        if (!options.language().equals("en")) {
            diagnostics.report(Diagnostic.warning(SourcePosition.UNKNOWN,
                    "the workbook is written with English labels; language '" + options.language()
                            + "' is not available for it"));
        }
    }

    private void writeSheets(WorkbookParts parts) {
        eventSheet(parts);
        stagesSheet(parts);
        entriesSheet(parts);
        resultsSheet(parts);
        standingsSheets(parts);
        penaltiesSheet(parts);
        notesSheet(parts);
        // Issue 4 puts the findings last, after the Notes that explain some of them.
        if (options.checks()) {
            new ChecksSheet(event, options, entriesById).write(parts);
        }
    }

    private void eventSheet(WorkbookParts parts) {
        TableSheet sheet = new TableSheet(parts, "Event", List.of("Section", "Key", "Value"));
        sheet.append(RowValues.of().text("Event").text("Name").text(event.name()));
        RowValues edition = RowValues.of().text("Event").text("Edition");
        sheet.append(event.edition() != null && WHOLE_NUMBER.matcher(event.edition()).matches()
                ? edition.integer(Integer.valueOf(event.edition())) : edition.text(event.edition()));
        sheet.append(RowValues.of().text("Event").text("Start date").date(event.startDate()));
        sheet.append(RowValues.of().text("Event").text("Finish date").date(event.finishDate()));
        sheet.append(RowValues.of().text("Event").text("Description").text(event.description()));
        sheet.append(RowValues.of().text("Event").text("Source").text(fileNameOnly(event.source())));
        if (chosenStage != null) {
            sheet.append(RowValues.of().text("Document").text("Results after stage").stage(chosenStage.label()));
        }
        sheet.append(RowValues.of().text("Document").text("Status").text(options.status().id()));
        sheet.append(RowValues.of().text("Document").text("Bulletin").integer(options.bulletin()));
        sheet.append(RowValues.of().text("Document").text("Issued at")
                .dateTime(options.issuedAt().atZoneSameInstant(options.zone()).toLocalDateTime()));
        sheet.append(RowValues.of().text("Document").text("Time zone").text(options.zone().getId()));
        for (Property property : event.properties()) {
            sheet.append(RowValues.of().text("Infobox").text(property.key()).text(property.value()));
        }
        // An awarded time whose stage is unknown has no row in the Stages sheet, so it is kept here.
        for (AwardedTime awarded : event.awardedTimes()) {
            if (options.includes(awarded.categoryId()) && order.ordinalOf(awarded.stageLabel()) == EventOrder.UNKNOWN) {
                String stage = awarded.stageLabel() == null ? "stage not stated" : "stage " + awarded.stageLabel();
                sheet.append(RowValues.of().text("Awarded time")
                        .text(categoryName(awarded.categoryId()) + ", " + stage).durationOnly(awarded.time()));
            }
        }
        sheet.finish();
    }

    private void stagesSheet(WorkbookParts parts) {
        List<String> header = new ArrayList<>(List.of("Ordinal", "Stage", "Date", "Start", "Start country",
                "Finish", "Finish country", "Distance (km)", "Type"));
        for (Category category : categories) {
            header.addAll(List.of(category.name() + " status", category.name() + " winner",
                    category.name() + " awarded time", category.name() + " awarded time (ms)"));
        }
        TableSheet sheet = new TableSheet(parts, "Stages", header);
        for (Stage stage : event.stages().toSortedListBy(Stage::ordinal)) {
            if (chosenStage != null && stage.ordinal() > chosenStage.ordinal()) {
                continue;
            }
            RowValues row = RowValues.of()
                    .integer(stage.ordinal())
                    .stage(stage.label())
                    .date(stage.date())
                    .text(placeName(stage.start()))
                    .text(placeCountry(stage.start()))
                    .text(placeName(stage.finish()))
                    .text(placeCountry(stage.finish()))
                    .decimal(stage.distanceKm())
                    .text(stage.type());
            for (Category category : categories) {
                Optional<StageCategory> status = stage.isRestDay() ? Optional.empty() : stage.forCategory(category.id());
                row.text(status.map(s -> s.status().id()).orElse(null))
                        .text(status.map(StageCategory::reportedWinner).orElse(null))
                        .duration(stage.isRestDay() ? null : awardedTime(category, stage));
            }
            sheet.append(row);
        }
        sheet.finish();
    }

    private java.time.Duration awardedTime(Category category, Stage stage) {
        AwardedTime awarded = event.awardedTimes().detect(a -> a.categoryId().equals(category.id())
                && stage.label().equals(a.stageLabel()));
        return awarded == null ? null : awarded.time();
    }

    private void entriesSheet(WorkbookParts parts) {
        ImmutableList<Entry> entries = order.entries().select(entry -> options.includes(entry.categoryId()));
        int crewColumns = Math.max(1, entries.collectInt(entry -> entry.crew().size()).maxIfEmpty(1));
        List<String> header = new ArrayList<>(List.of("Race number", "Category"));
        for (int member = 0; member < crewColumns; member++) {
            String role = member == 0 ? "Driver" : member == 1 ? "Co-driver" : "Co-driver " + member;
            header.add(role);
            header.add(role + " nationality");
        }
        header.addAll(List.of("Make", "Entrant", "Class", "Entry id"));
        TableSheet sheet = new TableSheet(parts, "Entries", header);
        for (Entry entry : entries) {
            RowValues row = RowValues.of().integer(entry.number()).text(categoryName(entry.categoryId()));
            for (int member = 0; member < crewColumns; member++) {
                Person person = member < entry.crew().size() ? entry.crew().get(member) : null;
                row.text(person == null ? null : person.name()).text(person == null ? null : person.nationality());
            }
            sheet.append(row.text(entry.make()).text(entry.entrant()).text(entry.vehicleClass()).text(entry.id()));
        }
        sheet.finish();
    }

    private void resultsSheet(WorkbookParts parts) {
        List<String> header = new ArrayList<>(List.of("Category", "Classification", "Stage"));
        header.addAll(ResultColumns.HEADER);
        TableSheet sheet = new TableSheet(parts, "Results", header);
        for (Classification classification : order.classifications()) {
            if (!isIncluded(classification)) {
                continue;
            }
            for (ClassificationRow result : classification.rows()) {
                RowValues row = RowValues.of()
                        .text(categoryName(classification.categoryId()))
                        .text(classification.kind().id())
                        .stage(classification.stageLabel());
                sheet.append(ResultColumns.append(row, result, entriesById.get(result.entryId())));
            }
        }
        sheet.finish();
    }

    /**
     * One sheet per category: the final standings, or with a stage chosen the general
     * classification after it. A category without that classification has no sheet.
     */
    private void standingsSheets(WorkbookParts parts) {
        for (Category category : categories) {
            Optional<Classification> standings = chosenStage == null
                    ? event.classification(category.id(), ClassificationKind.FINAL, null)
                    : event.classification(category.id(), ClassificationKind.GENERAL, chosenStage.label());
            if (standings.isEmpty()) {
                continue;
            }
            String title = chosenStage == null ? "Final standings" : "General after " + chosenStage.label();
            TableSheet sheet = new TableSheet(parts, title + " (" + category.name() + ")", ResultColumns.HEADER);
            for (ClassificationRow result : standings.get().rows()) {
                sheet.append(ResultColumns.append(RowValues.of(), result, entriesById.get(result.entryId())));
            }
            sheet.finish();
        }
    }

    private void penaltiesSheet(WorkbookParts parts) {
        TableSheet sheet = new TableSheet(parts, "Penalties", List.of("Category", "Race number", "Crew", "Stage",
                "Time", "Time (ms)", "Reason", "Note", "Entry id"));
        for (Penalty penalty : order.penalties()) {
            Entry entry = entriesById.get(penalty.entryId());
            if (!options.includes(entry.categoryId()) || !isUpToChosenStage(penalty.stageLabel(), true)) {
                continue;
            }
            sheet.append(RowValues.of()
                    .text(categoryName(entry.categoryId()))
                    .integer(entry.number())
                    .text(entry.crewNames())
                    .stage(penalty.stageLabel())
                    .duration(penalty.time())
                    .text(penalty.reason())
                    .text(penalty.noteId())
                    .text(entry.id()));
        }
        sheet.finish();
    }

    private void notesSheet(WorkbookParts parts) {
        TableSheet sheet = new TableSheet(parts, "Notes", List.of("Note", "Category", "Stage", "Table", "Text"));
        for (Note note : event.notes()) {
            if ((note.categoryId() != null && !options.includes(note.categoryId()))
                    || !isUpToChosenStage(note.stageLabel(), true)) {
                continue;
            }
            sheet.append(RowValues.of()
                    .text(note.id())
                    .text(note.categoryId() == null ? null : categoryName(note.categoryId()))
                    .stage(note.stageLabel())
                    .text(note.table().id())
                    .text(note.text()));
        }
        sheet.finish();
    }

    private void setProperties(SXSSFWorkbook workbook) {
        POIXMLProperties.CoreProperties core = workbook.getXSSFWorkbook().getProperties().getCoreProperties();
        Optional<Date> issued = Optional.of(Date.from(options.issuedAt().toInstant()));
        core.setTitle(event.name());
        core.setSubjectProperty(subject());
        core.setCreator(CREATOR);
        core.setLastModifiedByUser(CREATOR);
        core.setCreated(issued);
        // Left unset, the modification time would be the clock's, and two runs would differ.
        core.setModified(issued);
        core.setContentStatus(options.status().id());
    }

    /** {@code Results, provisional} or {@code Results after stage 3, official, bulletin 12}. */
    private String subject() {
        StringBuilder subject = new StringBuilder("Results");
        if (chosenStage != null) {
            subject.append(" after stage ").append(chosenStage.label());
        }
        subject.append(", ").append(options.status().id());
        if (options.bulletin() != null) {
            subject.append(", bulletin ").append(options.bulletin());
        }
        return subject.toString();
    }

    private boolean isIncluded(Classification classification) {
        if (!options.includes(classification.categoryId())) {
            return false;
        }
        if (chosenStage == null) {
            return true;
        }
        return classification.kind() != ClassificationKind.FINAL
                && isUpToChosenStage(classification.stageLabel(), false);
    }

    /** Whether something about this stage belongs in documents after the chosen stage. */
    private boolean isUpToChosenStage(String stageLabel, boolean keepUnstated) {
        if (chosenStage == null || (stageLabel == null && keepUnstated)) {
            return true;
        }
        return order.ordinalOf(stageLabel) <= chosenStage.ordinal();
    }

    private String categoryName(String categoryId) {
        return event.category(categoryId).map(Category::name).orElse(categoryId);
    }

    /** The workbook names its source by file name only, whichever separator the path used. */
    private static String fileNameOnly(String source) {
        int lastSeparator = Math.max(source.lastIndexOf('/'), source.lastIndexOf('\\'));
        String name = source.substring(lastSeparator + 1);
        return name.isEmpty() ? null : name;
    }

    private static String placeName(Place place) {
        return place == null ? null : place.name();
    }

    private static String placeCountry(Place place) {
        return place == null ? null : place.country();
    }

    static String joined(ImmutableList<String> items) {
        return items.isEmpty() ? null : items.makeString(LIST_SEPARATOR);
    }
}
