package org.podium.exporters.excel.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.eclipse.collections.api.list.ImmutableList;
import org.podium.model.AwardedTime;
import org.podium.model.Category;
import org.podium.model.Classification;
import org.podium.model.ClassificationKind;
import org.podium.model.ClassificationRow;
import org.podium.model.Entry;
import org.podium.model.Event;
import org.podium.model.EventIndex;
import org.podium.model.Note;
import org.podium.model.Penalty;
import org.podium.model.Person;
import org.podium.model.Place;
import org.podium.model.Property;
import org.podium.model.Stage;
import org.podium.model.StageCategory;
import org.podium.report.DocumentOptions;
import org.podium.report.Labels;
import org.podium.report.RaceCharts;
import org.podium.report.Report;
import org.podium.spi.Diagnostics;
import org.podium.spi.ExportException;

/**
 * The workbook of one report: Event, Stages, Entries, Results, one standings sheet per category,
 * Charts (the race charts' numbers, and native charts of them), Penalties, Notes, and with checks the consistency findings. It shows everything in the report's
 * scope, in the event's canonical order, and never filters again: {@link Report#event()} already
 * holds only what was known after the chosen stage. Words come from the report's labels; values
 * in data columns that are codes (result and stage statuses, classification kinds, note tables)
 * stay codes, the same in every language. One instance per export.
 */
public final class EventWorkbook {

    /** Rows kept in memory per sheet; older rows are streamed to a temporary file. */
    private static final int ROWS_IN_MEMORY = 500;
    private static final String CREATOR = "Podium";
    private static final String LIST_SEPARATOR = " / ";
    private static final Pattern WHOLE_NUMBER = Pattern.compile("[0-9]{1,9}");

    private final Report report;
    private final Event event;
    private final EventIndex index;
    private final Labels labels;
    private final DocumentOptions options;
    private final Stage asOfStage;

    private EventWorkbook(Report report) {
        this.report = report;
        this.event = report.event();
        this.index = report.index();
        this.labels = report.labels();
        this.options = report.options();
        this.asOfStage = report.asOfStage().orElse(null);
    }

    /**
     * Writes the workbook of the report to {@code output}, which is left open.
     *
     * @param maxRowsPerSheet rows per sheet, header included, before a table continues on a new
     *                        sheet; Excel's limit in production, smaller in tests
     * @throws ExportException when a classification or penalty names a crew the event lacks
     */
    public static void write(Report report, Diagnostics diagnostics, OutputStream output, int maxRowsPerSheet)
            throws ExportException, IOException {
        write(report, diagnostics, output, maxRowsPerSheet, null);
    }

    /**
     * Writes the workbook of the report to {@code output}, which is left open, with the streamed
     * rows' temporary files in {@code scratch} (the host's scratch folder; null for POI's default).
     *
     * @throws IOException when the output or a temporary file cannot be written; the message names
     *                     the temporary folder when it is one of those
     */
    public static void write(Report report, Diagnostics diagnostics, OutputStream output, int maxRowsPerSheet,
            Path scratch) throws ExportException, IOException {
        EventWorkbook book = new EventWorkbook(report);
        book.checkReferences();
        ScratchFiles.run(scratch, () -> {
            // Closing deletes the temporary files that hold the streamed rows, whether writing succeeded or not.
            try (SXSSFWorkbook workbook = new StreamingWorkbook(ROWS_IN_MEMORY)) {
                WorkbookParts parts = new WorkbookParts(workbook, new CellStyles(workbook), new SheetNames(),
                        maxRowsPerSheet, diagnostics);
                book.writeSheets(parts);
                book.setProperties(workbook);
                // POI gives every zip entry the same fixed time, and the properties carry --issued-at, so
                // the same report gives the same bytes.
                workbook.write(output);
                output.flush();
            }
        });
    }

    /** Every crew a classification or penalty names must be an entry, or its row could not be written. */
    private void checkReferences() throws ExportException {
        for (Classification classification : event.classifications()) {
            for (ClassificationRow row : classification.rows()) {
                if (index.entry(row.entryId()).isEmpty()) {
                    String stage = classification.stageLabel() == null ? "" : " " + classification.stageLabel();
                    throw new ExportException("the " + classification.categoryId() + " " + classification.kind().id()
                            + " classification" + stage + " names entry '" + row.entryId()
                            + "', which the event's entries do not list");
                }
            }
        }
        for (Penalty penalty : event.penalties()) {
            if (index.entry(penalty.entryId()).isEmpty()) {
                throw new ExportException("a penalty names entry '" + penalty.entryId()
                        + "', which the event's entries do not list");
            }
        }
    }

    private void writeSheets(WorkbookParts parts) {
        eventSheet(parts);
        // An amendment's readers look for what changed first.
        report.amendment().ifPresent(amendment -> new ChangesSheet(report, amendment).write(parts));
        stagesSheet(parts);
        entriesSheet(parts);
        resultsSheet(parts);
        standingsSheets(parts);
        chartsSheet(parts);
        penaltiesSheet(parts);
        notesSheet(parts);
        // Issue 4 puts the findings last, after the Notes that explain some of them.
        if (options.checks()) {
            new ChecksSheet(report).write(parts);
        }
    }

    private void eventSheet(WorkbookParts parts) {
        TableSheet sheet = new TableSheet(parts, labels.text("sheet.event"),
                List.of(labels.text("xlsx.section"), labels.text("xlsx.key"), labels.text("xlsx.value")));
        String section = labels.text("xlsx.section.event");
        sheet.append(keyed(section, "xlsx.event.name").text(event.name()));
        RowValues edition = keyed(section, "xlsx.event.edition");
        sheet.append(event.edition() != null && WHOLE_NUMBER.matcher(event.edition()).matches()
                ? edition.integer(Integer.valueOf(event.edition())) : edition.text(event.edition()));
        sheet.append(keyed(section, "xlsx.event.startDate").date(event.startDate()));
        sheet.append(keyed(section, "xlsx.event.finishDate").date(event.finishDate()));
        sheet.append(keyed(section, "xlsx.event.description").text(event.description()));
        sheet.append(keyed(section, "xlsx.event.source").text(fileNameOnly(event.source())));
        String document = labels.text("xlsx.section.document");
        if (asOfStage != null) {
            sheet.append(keyed(document, "xlsx.document.asOf").stage(asOfStage.label()));
        }
        // Words for a reader here; the content-status property keeps the id for programs.
        sheet.append(keyed(document, "xlsx.document.status").text(labels.statusLowerCase(options.status())));
        sheet.append(keyed(document, "xlsx.document.bulletin").integer(options.bulletin()));
        report.amendment().ifPresent(amendment -> {
            amendment.replaces().ifPresent(replaced -> sheet.append(keyed(document, "xlsx.document.replaces")
                    .integer(replaced)));
            sheet.append(keyed(document, "xlsx.document.amends").text(amendment.previousName()));
        });
        sheet.append(keyed(document, "xlsx.document.issuedAt")
                .dateTime(options.issuedAt().atZoneSameInstant(options.zone()).toLocalDateTime()));
        sheet.append(keyed(document, "xlsx.document.zone").text(options.zone().getId()));
        String infobox = labels.text("xlsx.section.infobox");
        for (Property property : event.properties()) {
            sheet.append(RowValues.of().text(infobox).text(property.key()).text(property.value()));
        }
        // The Stages sheet shows an awarded time only where the source states its stage; one whose
        // stage is unknown or was placed by the checks is kept here, said as such.
        String awardedSection = labels.text("xlsx.section.awarded");
        for (AwardedTime awarded : event.awardedTimes()) {
            if (!isStatedOnItinerary(awarded)) {
                String where = labels.text("xlsx.awarded.where", index.categoryName(awarded.categoryId()),
                        labels.stageReference(awarded.stageLabel(), awarded.stageInferred()));
                sheet.append(RowValues.of().text(awardedSection).text(where).durationOnly(awarded.time()));
            }
        }
        sheet.finish();
    }

    private RowValues keyed(String section, String key) {
        return RowValues.of().text(section).text(labels.text(key));
    }

    private void stagesSheet(WorkbookParts parts) {
        Headers header = new Headers(labels).column("ordinal").column("stage").column("date").column("start")
                .column("startCountry").column("finish").column("finishCountry").column("distance").column("type");
        for (Category category : report.categories()) {
            header.column("categoryStatus", category.name()).column("categoryWinner", category.name())
                    .duration("categoryAwarded", category.name());
        }
        TableSheet sheet = new TableSheet(parts, labels.text("sheet.stages"), header.list());
        for (Stage stage : event.stages()) {
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
            boolean numbered = !stage.isRestDay();
            for (Category category : report.categories()) {
                Optional<StageCategory> status = numbered ? stage.forCategory(category.id()) : Optional.empty();
                row.text(status.map(s -> s.status().id()).orElse(null))
                        .text(status.map(StageCategory::reportedWinner).orElse(null))
                        .duration(numbered ? statedAwardedTime(category, stage) : null);
            }
            sheet.append(row);
        }
        sheet.finish();
    }

    /** The awarded time the source states for this category and stage; one the checks placed is on the Event sheet. */
    private Duration statedAwardedTime(Category category, Stage stage) {
        return index.awardedTimes(category.id(), stage.label()).detectOptional(a -> !a.stageInferred())
                .map(AwardedTime::time).orElse(null);
    }

    private boolean isStatedOnItinerary(AwardedTime awarded) {
        return !awarded.stageInferred() && index.isNumberedStage(awarded.stageLabel());
    }

    private void entriesSheet(WorkbookParts parts) {
        ImmutableList<Entry> entries = event.entries();
        int crewColumns = Math.max(1, entries.collectInt(entry -> entry.crew().size()).maxIfEmpty(1));
        Headers header = new Headers(labels).column("raceNumber").column("category");
        for (int member = 0; member < crewColumns; member++) {
            String role = member == 0 ? header.name("driver")
                    : member == 1 ? header.name("coDriver") : header.name("coDriverN", Integer.toString(member));
            header.all(List.of(role, header.name("nationalityOf", role)));
        }
        header.column("make").column("entrant").column("class").column("entryId");
        TableSheet sheet = new TableSheet(parts, labels.text("sheet.entries"), header.list());
        for (Entry entry : entries) {
            RowValues row = RowValues.of().integer(entry.number()).text(index.categoryName(entry.categoryId()));
            for (int member = 0; member < crewColumns; member++) {
                Person person = member < entry.crew().size() ? entry.crew().get(member) : null;
                row.text(person == null ? null : person.name()).text(person == null ? null : person.nationality());
            }
            sheet.append(row.text(entry.make()).text(entry.entrant()).text(entry.vehicleClass()).text(entry.id()));
        }
        sheet.finish();
    }

    private void resultsSheet(WorkbookParts parts) {
        List<String> header = new Headers(labels).column("category").column("classification").column("stage")
                .all(ResultColumns.header(labels)).list();
        TableSheet sheet = new TableSheet(parts, labels.text("sheet.results"), header);
        for (Classification classification : event.classifications()) {
            for (ClassificationRow result : classification.rows()) {
                // The kind is its id (stage, general, final): a code to filter on in every language.
                RowValues row = RowValues.of()
                        .text(index.categoryName(classification.categoryId()))
                        .text(classification.kind().id())
                        .stage(classification.stageLabel());
                sheet.append(ResultColumns.append(row, result, entryOf(result.entryId())));
            }
        }
        sheet.finish();
    }

    /**
     * One sheet per category: the final standings of the whole event, or with a stage the general
     * classification after it. A category without that classification has no sheet.
     */
    private void standingsSheets(WorkbookParts parts) {
        List<String> header = ResultColumns.header(labels);
        for (Category category : report.categories()) {
            Optional<Classification> standings = asOfStage == null
                    ? index.classification(category.id(), ClassificationKind.FINAL, null)
                    : index.classification(category.id(), ClassificationKind.GENERAL, asOfStage.label());
            if (standings.isEmpty()) {
                continue;
            }
            String title = asOfStage == null ? labels.text("sheet.final", category.name())
                    : labels.text("sheet.general", asOfStage.label(), category.name());
            TableSheet sheet = new TableSheet(parts, title, header);
            for (ClassificationRow result : standings.get().rows()) {
                sheet.append(ResultColumns.append(RowValues.of(), result, entryOf(result.entryId())));
            }
            sheet.finish();
        }
    }

    /**
     * The race charts' numbers and native charts drawn from them (issue 14), after the standings
     * they follow; no sheet with {@code --no-charts}, nor when no category has anything to draw (an
     * event with no results yet).
     */
    private void chartsSheet(WorkbookParts parts) {
        if (!report.options().charts()) {
            return;
        }
        RaceCharts charts = RaceCharts.of(report);
        if (!charts.isEmpty()) {
            new ChartsSheet(report, charts).write(parts);
        }
    }

    private void penaltiesSheet(WorkbookParts parts) {
        List<String> header = new Headers(labels).column("category").column("raceNumber").column("crew")
                .column("stage").column("stageInferred").duration("time").column("reason").column("note")
                .column("entryId").list();
        TableSheet sheet = new TableSheet(parts, labels.text("sheet.penalties"), header);
        for (Penalty penalty : event.penalties()) {
            Entry entry = entryOf(penalty.entryId());
            sheet.append(RowValues.of()
                    .text(index.categoryName(entry.categoryId()))
                    .integer(entry.number())
                    .text(entry.crewNames())
                    .stage(penalty.stageLabel())
                    .flag(penalty.stageInferred())
                    .duration(penalty.time())
                    .text(penalty.reason())
                    .text(penalty.noteId())
                    .text(entry.id()));
        }
        sheet.finish();
    }

    private void notesSheet(WorkbookParts parts) {
        List<String> header = new Headers(labels).column("note").column("category").column("stage").column("table")
                .column("text").list();
        TableSheet sheet = new TableSheet(parts, labels.text("sheet.notes"), header);
        for (Note note : event.notes()) {
            sheet.append(RowValues.of()
                    .text(note.id())
                    .text(note.categoryId() == null ? null : index.categoryName(note.categoryId()))
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
        StringBuilder subject = new StringBuilder(asOfStage == null ? labels.text("xlsx.subject.results")
                : labels.text("xlsx.subject.asOf", asOfStage.label()));
        subject.append(", ").append(labels.statusLowerCase(options.status()));
        if (options.bulletin() != null) {
            subject.append(", ").append(labels.text("xlsx.subject.bulletin", options.bulletin().toString()));
        }
        return subject.toString();
    }

    /** The entry of a crew {@link #checkReferences} found listed. */
    private Entry entryOf(String entryId) {
        return index.entry(entryId).orElseThrow(() -> new IllegalStateException("unchecked entry " + entryId));
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
