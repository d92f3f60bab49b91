package org.podium.exporters.markdown.internal;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.eclipse.collections.api.block.predicate.Predicate;
import org.eclipse.collections.api.list.ImmutableList;
import org.podium.exporters.markdown.internal.MarkdownTable.Column;
import org.podium.check.ConsistencyChecks;
import org.podium.check.Finding;
import org.podium.check.FindingSeverity;
import org.podium.model.AwardedTime;
import org.podium.model.Category;
import org.podium.model.ClassificationKind;
import org.podium.model.Entry;
import org.podium.model.Event;
import org.podium.model.Note;
import org.podium.model.NoteTable;
import org.podium.model.Penalty;
import org.podium.model.SourcePosition;
import org.podium.model.Stage;
import org.podium.model.StageCategory;
import org.podium.model.StageStatus;
import org.podium.spi.Diagnostic;
import org.podium.spi.Diagnostics;
import org.podium.spi.ExportException;
import org.podium.spi.ExportOptions;

/**
 * The whole Markdown document for one event and one set of options: facts, itinerary, then each
 * category's stages and final standings (or, with a stage chosen, only that stage).
 */
public final class EventDocument {

    private final Event event;
    private final ExportOptions options;
    private final Stage chosenStage;
    private final Crews crews;
    private final ClassificationTable classificationTable;
    private final MarkdownWriter out = new MarkdownWriter();

    private EventDocument(Event event, ExportOptions options, Stage chosenStage, Diagnostics diagnostics) {
        this.event = event;
        this.options = options;
        this.chosenStage = chosenStage;
        this.crews = new Crews(event, diagnostics);
        this.classificationTable = new ClassificationTable(crews);
    }

    /**
     * The document's text.
     *
     * @throws ExportException when the options name a stage the event does not have
     */
    public static String render(Event event, ExportOptions options, Diagnostics diagnostics) throws ExportException {
        Stage chosenStage = null;
        if (options.stageLabel() != null) {
            chosenStage = event.stage(options.stageLabel()).orElseThrow(() -> new ExportException(
                    "the event has no stage '" + options.stageLabel() + "'; its stages are "
                            + event.numberedStages().collect(Stage::label).makeString(", ")));
        }
        reportIgnoredOptions(event, options, diagnostics);
        EventDocument document = new EventDocument(event, options, chosenStage, diagnostics);
        document.writeFacts();
        document.writeItinerary();
        for (Category category : event.categories().select(c -> options.includes(c.id()))) {
            document.writeCategory(category);
        }
        if (options.checks()) {
            document.writeChecks();
        }
        return document.out.text();
    }

    private static void reportIgnoredOptions(Event event, ExportOptions options, Diagnostics diagnostics) {
        for (String categoryId : options.categories()) {
            if (event.category(categoryId).isEmpty()) {
                diagnostics.report(Diagnostic.warning(SourcePosition.UNKNOWN, "the Markdown document has no category '"
                        + categoryId + "': the event's categories are "
                        + event.categories().collect(Category::id).makeString(", ")));
            }
        }
        if (!options.language().equals("en")) {
            diagnostics.report(Diagnostic.warning(SourcePosition.UNKNOWN,
                    "the Markdown document is written with English labels; language '" + options.language()
                            + "' is not available for it"));
        }
    }

    private void writeFacts() {
        out.heading(1, event.name());
        List<String> facts = new ArrayList<>();
        if (event.startDate() != null || event.finishDate() != null) {
            facts.add("Dates: " + Labels.date(event.startDate()) + " to " + Labels.date(event.finishDate()));
        }
        if (event.edition() != null) {
            facts.add("Edition: " + event.edition());
        }
        ImmutableList<String> countries = event.routeCountries();
        if (countries.notEmpty()) {
            facts.add("Route countries: " + countries.makeString(", "));
        }
        if (chosenStage != null) {
            facts.add("Results after stage " + chosenStage.label());
        }
        facts.add("Status: " + options.status().id());
        if (options.bulletin() != null) {
            facts.add("Bulletin: " + options.bulletin());
        }
        facts.add("Issued: " + DateTimeFormatter.ISO_ZONED_DATE_TIME.format(
                options.issuedAt().atZoneSameInstant(options.zone())));
        if (!event.source().isBlank()) {
            facts.add("Source: " + event.source());
        }
        out.list(facts);
        if (event.description() != null) {
            out.paragraph(event.description());
        }
        notesList("Notes:", event.notes().select(note -> note.table() == NoteTable.EVENT));
    }

    private void writeItinerary() {
        ImmutableList<Category> categories = includedCategories();
        List<Column> columns = new ArrayList<>(List.of(Column.right("Stage"), Column.left("Date"),
                Column.left("From"), Column.left("To"), Column.right("km")));
        categories.forEach(category -> columns.add(Column.left(category.name())));
        MarkdownTable table = new MarkdownTable(columns);
        ImmutableList<Stage> stages = chosenStage == null ? event.stages() : event.stages().select(chosenStage::equals);
        for (Stage stage : stages) {
            List<String> cells = new ArrayList<>(columns.size());
            cells.add(stage.isRestDay() ? "" : stage.label());
            cells.add(Labels.date(stage.date()));
            cells.add(Labels.place(stage.start()));
            cells.add(stage.isRestDay() ? "Rest day" : Labels.place(stage.finish()));
            cells.add(stage.isRestDay() && stage.distanceKm() == null ? "" : Labels.kilometres(stage.distanceKm()));
            for (Category category : categories) {
                cells.add(stage.forCategory(category.id()).map(EventDocument::itineraryCell).orElse(Labels.UNKNOWN));
            }
            table.addRow(cells);
        }
        out.heading(2, "Itinerary");
        out.table(table);
        notesList("Itinerary notes:", event.notes().select(note -> note.table() == NoteTable.ITINERARY
                && (note.categoryId() == null || options.includes(note.categoryId()))
                && isAboutChosenStage(note.stageLabel())));
    }

    private static String itineraryCell(StageCategory stageCategory) {
        return switch (stageCategory.status()) {
            case RUN -> stageCategory.reportedWinner() == null ? Labels.UNKNOWN : stageCategory.reportedWinner();
            case LIAISON -> "Liaison only";
            case CANCELLED -> "Cancelled";
        };
    }

    private void writeCategory(Category category) {
        out.heading(2, category.name());
        writeEntries(category);
        // Notes, penalties and awarded times that name no stage of this event concern the category
        // as a whole, so they stand before its stages.
        notesList("Notes:", notesOf(category, NoteTable.STAGE_RESULTS).select(note -> !isNumberedStage(note.stageLabel())));
        penaltiesList(category, penalty -> !isNumberedStage(penalty.stageLabel()));
        awardedTimesList(category, awarded -> !isNumberedStage(awarded.stageLabel()));

        if (chosenStage != null) {
            writeStage(category, chosenStage);
            return;
        }
        for (Stage stage : event.numberedStages()) {
            writeStage(category, stage);
        }
        out.heading(3, "Final standings");
        event.classification(category.id(), ClassificationKind.FINAL, null).ifPresentOrElse(
                finalStandings -> classificationTable.write(out, finalStandings),
                () -> out.paragraph("No final standings reported."));
        notesList("Notes:", notesOf(category, NoteTable.FINAL_STANDINGS));
    }

    /** Each crew once, with what only the entry knows (the entrant), whatever tables it appears in. */
    private void writeEntries(Category category) {
        ImmutableList<Entry> entries = event.entries().select(entry -> entry.categoryId().equals(category.id()));
        if (entries.isEmpty()) {
            return;
        }
        boolean withClass = entries.anySatisfy(entry -> entry.vehicleClass() != null);
        List<Column> columns = new ArrayList<>(List.of(Column.right("No."), Column.left("Crew"),
                Column.left("Make"), Column.left("Entrant")));
        if (withClass) {
            columns.add(Column.left("Class"));
        }
        MarkdownTable table = new MarkdownTable(columns);
        for (Entry entry : entries) {
            Crews.Known crew = Crews.of(entry);
            List<String> cells = new ArrayList<>(List.of(crew.number(), crew.names(), crew.make(), crew.entrant()));
            if (withClass) {
                cells.add(Objects.requireNonNullElse(entry.vehicleClass(), ""));
            }
            table.addRow(cells);
        }
        out.heading(3, "Entries");
        out.table(table);
    }

    private void writeStage(Category category, Stage stage) {
        String label = stage.label();
        out.heading(3, "Stage " + label);
        out.paragraph(route(stage));
        StageStatus status = stage.forCategory(category.id()).map(StageCategory::status).orElse(StageStatus.RUN);
        switch (status) {
            case LIAISON -> out.paragraph("Stage " + label + " was a liaison only for " + category.name()
                    + ": no timed special, no classification.");
            case CANCELLED -> out.paragraph(cancelled(category, label));
            case RUN -> {
                // Nothing to say: the tables follow.
            }
        }
        boolean expectTables = status == StageStatus.RUN;
        event.classification(category.id(), ClassificationKind.STAGE, label).ifPresentOrElse(
                stageResult -> {
                    out.heading(4, "Stage result");
                    classificationTable.write(out, stageResult);
                },
                () -> {
                    if (expectTables) {
                        out.heading(4, "Stage result");
                        out.paragraph("No stage result reported.");
                    }
                });
        String generalHeading = "General classification after stage " + label;
        event.classification(category.id(), ClassificationKind.GENERAL, label).ifPresentOrElse(
                general -> {
                    out.heading(4, generalHeading);
                    classificationTable.write(out, general);
                },
                () -> {
                    if (expectTables) {
                        out.heading(4, generalHeading);
                        out.paragraph("No general classification reported after stage " + label + ".");
                    }
                });
        notesList("Notes:", notesOf(category, NoteTable.STAGE_RESULTS).select(note -> label.equals(note.stageLabel())));
        penaltiesList(category, penalty -> label.equals(penalty.stageLabel()));
    }

    private String cancelled(Category category, String label) {
        AwardedTime awarded = event.awardedTimes().detect(
                time -> time.categoryId().equals(category.id()) && label.equals(time.stageLabel()));
        String sentence = "Stage " + label + " was cancelled for " + category.name() + ".";
        if (awarded != null) {
            return sentence + " Every crew was awarded " + Labels.time(awarded.time()) + ".";
        }
        // The source may give the awarded time without its stage: point to it rather than guess.
        ImmutableList<String> unplaced = event.awardedTimes()
                .select(time -> time.categoryId().equals(category.id()) && !isNumberedStage(time.stageLabel()))
                .collect(time -> Labels.time(time.time()));
        return unplaced.isEmpty() ? sentence
                : sentence + " The source gives an awarded time of " + unplaced.makeString(", ")
                        + " without stating its stage.";
    }

    private static String route(Stage stage) {
        StringBuilder route = new StringBuilder(Labels.date(stage.date())).append(" · ")
                .append(Labels.place(stage.start())).append(" → ").append(Labels.place(stage.finish()));
        if (stage.isLoop()) {
            route.append(" (loop)");
        }
        if (stage.distanceKm() != null) {
            route.append(" · ").append(Labels.kilometres(stage.distanceKm())).append(" km");
        }
        return route.toString();
    }

    private void penaltiesList(Category category, Predicate<Penalty> where) {
        ImmutableList<Penalty> penalties = event.penalties()
                .select(penalty -> isOfCategory(penalty.entryId(), category))
                .select(where);
        List<String> items = new ArrayList<>();
        for (Penalty penalty : penalties) {
            String reason = penalty.reason() == null ? "" : " for " + penalty.reason();
            items.add(crews.of(penalty.entryId()).names() + ": " + Labels.time(penalty.time()) + reason
                    + ", " + Labels.stageReference(penalty.stageLabel()));
        }
        if (!items.isEmpty()) {
            out.paragraph("Penalties:");
            out.list(items);
        }
    }

    private void awardedTimesList(Category category,
            Predicate<AwardedTime> where) {
        List<String> items = event.awardedTimes()
                .select(awarded -> awarded.categoryId().equals(category.id()))
                .select(where)
                .collect(awarded -> Labels.time(awarded.time()) + " to every crew, "
                        + Labels.stageReference(awarded.stageLabel()))
                .castToList();
        if (!items.isEmpty()) {
            out.paragraph("Awarded times:");
            out.list(items);
        }
    }

    /** What the source's own numbers contradict, what its notes explain, and what they cannot show. */
    private void writeChecks() {
        ImmutableList<Finding> findings = ConsistencyChecks.of(event)
                .select(f -> f.categoryId() == null || options.includes(f.categoryId()));
        out.heading(2, "Consistency checks");
        out.paragraph("Podium recomputed every time, gap and position that the source's own numbers allow: "
                + count(findings, FindingSeverity.CONTRADICTION, "contradiction", "contradictions") + ", "
                + count(findings, FindingSeverity.EXPLAINED, "difference", "differences")
                + " explained by the source's notes, "
                + count(findings, FindingSeverity.INFO, "check", "checks")
                + " that the source does not give enough to make.");
        findingsList("Contradictions", findings, FindingSeverity.CONTRADICTION);
        findingsList("Explained by the notes", findings, FindingSeverity.EXPLAINED);
        findingsList("Not verifiable from the source", findings, FindingSeverity.INFO);
    }

    private void findingsList(String heading, ImmutableList<Finding> findings, FindingSeverity severity) {
        ImmutableList<Finding> some = findings.select(f -> f.severity() == severity);
        if (some.isEmpty()) {
            return;
        }
        out.heading(3, heading);
        out.list(some.collect(f -> {
            String where = f.sources().select(SourcePosition::isKnown).collect(SourcePosition::describe).makeString(", ");
            String note = f.noteId() == null ? "" : " (note " + f.noteId() + ")";
            return f.message() + note + (where.isEmpty() ? "" : " [" + where + "]");
        }).castToList());
    }

    private static String count(ImmutableList<Finding> findings, FindingSeverity severity, String one, String many) {
        int n = findings.count(f -> f.severity() == severity);
        return n + " " + (n == 1 ? one : many);
    }

    private void notesList(String lead, ImmutableList<Note> notes) {
        if (notes.notEmpty()) {
            out.paragraph(lead);
            out.list(notes.collect(Note::text).castToList());
        }
    }

    /** Notes about this category, and those about no one category, which concern every category. */
    private ImmutableList<Note> notesOf(Category category, NoteTable table) {
        return event.notes().select(note -> note.table() == table
                && (note.categoryId() == null || note.categoryId().equals(category.id())));
    }

    private boolean isOfCategory(String entryId, Category category) {
        Entry entry = event.entries().detect(e -> e.id().equals(entryId));
        return entry == null ? entryId.startsWith(category.id() + "-") : entry.categoryId().equals(category.id());
    }

    private boolean isNumberedStage(String stageLabel) {
        return stageLabel != null && event.numberedStages().anySatisfy(stage -> stageLabel.equals(stage.label()));
    }

    private boolean isAboutChosenStage(String stageLabel) {
        return chosenStage == null || stageLabel == null || stageLabel.equals(chosenStage.label());
    }

    private ImmutableList<Category> includedCategories() {
        return event.categories().select(category -> options.includes(category.id()));
    }
}
