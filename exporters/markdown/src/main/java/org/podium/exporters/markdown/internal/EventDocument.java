package org.podium.exporters.markdown.internal;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.collections.api.list.ImmutableList;
import org.podium.charts.CategoryChartPlan;
import org.podium.charts.ChartFonts;
import org.podium.check.Finding;
import org.podium.check.FindingSeverity;
import org.podium.exporters.markdown.internal.MarkdownTable.Column;
import org.podium.model.AwardedTime;
import org.podium.model.Category;
import org.podium.model.Classification;
import org.podium.model.ClassificationKind;
import org.podium.model.Entry;
import org.podium.model.Event;
import org.podium.model.EventIndex;
import org.podium.model.Note;
import org.podium.model.NoteTable;
import org.podium.model.Penalty;
import org.podium.model.SourcePosition;
import org.podium.model.Stage;
import org.podium.model.StageCategory;
import org.podium.model.StageStatus;
import org.podium.report.Amendment;
import org.podium.report.ChangeText;
import org.podium.report.DocumentOptions;
import org.podium.report.Labels;
import org.podium.report.RaceCharts;
import org.podium.report.Report;
import org.podium.spi.Companions;
import org.podium.spi.Diagnostics;

/**
 * The Markdown document of one report: facts, itinerary, then each category's entries, stages and
 * final standings, then the race charts (SVG pictures beside the document), then the consistency
 * checks.
 *
 * <p>The report's event is the scope: this class never filters by category or stage itself. With
 * {@link Report#asOfStage()} the document is the bulletin after that stage: the stage's row of the
 * itinerary, per category the stage's result and the general classification after it, the notes,
 * penalties and awarded times of that stage and of no stage, and the findings of
 * {@link Report#bulletinFindings()}. Every lookup goes through {@link Report#index()}, so writing
 * is linear in the rows of the event.
 */
public final class EventDocument {

    private final Event event;
    private final EventIndex index;
    private final DocumentOptions options;
    private final Labels labels;
    private final Stage asOf;
    private final Optional<Amendment> amendment;
    private final ImmutableList<Finding> findings;
    private final Crews crews;
    private final ClassificationTable classificationTable;
    private final TextOut text;
    private final MarkdownWriter out;
    private final Diagnostics diagnostics;

    private EventDocument(Report report, Writer writer, Diagnostics diagnostics) {
        this.event = report.event();
        this.index = report.index();
        this.options = report.options();
        this.labels = report.labels();
        // The report's own stage, taken from its event so that its categories are those in scope.
        this.asOf = report.asOfStage().flatMap(stage -> index.stage(stage.label())).orElse(null);
        this.amendment = report.amendment();
        this.findings = asOf == null ? report.findings() : report.bulletinFindings();
        this.crews = new Crews(index, diagnostics);
        this.classificationTable = new ClassificationTable(crews, labels);
        this.text = new TextOut(writer);
        this.out = new MarkdownWriter(text);
        this.diagnostics = diagnostics;
    }

    /**
     * Writes the document to {@code writer}, which the caller flushes.
     *
     * @param companions where the race charts' pictures go, or null for a document without them
     *                   (the charts turned off, or a host that gives no place for files beside
     *                   the document)
     * @throws IOException when the writer or a picture cannot be written
     */
    public static void write(Report report, Writer writer, Diagnostics diagnostics, Companions companions)
            throws IOException {
        EventDocument document = new EventDocument(report, writer, diagnostics);
        document.writeFacts();
        if (document.amendment.isPresent()) {
            document.writeChanges(document.amendment.get());
        }
        document.writeItinerary();
        for (Category category : report.categories()) {
            document.writeCategory(category);
        }
        if (companions != null && document.options.charts()) {
            document.writeCharts(companions);
        }
        if (document.options.checks()) {
            document.writeChecks();
        }
        document.text.flushBuffer();
    }

    private void writeFacts() throws IOException {
        out.heading(1, event.name());
        List<String> facts = new ArrayList<>();
        if (event.startDate() != null || event.finishDate() != null) {
            facts.add(labels.text("facts.dates", Formats.date(event.startDate()), Formats.date(event.finishDate())));
        }
        if (event.edition() != null) {
            facts.add(labels.text("facts.edition", event.edition()));
        }
        ImmutableList<String> countries = event.routeCountries();
        if (countries.notEmpty()) {
            facts.add(labels.text("facts.countries", countries.makeString(", ")));
        }
        if (asOf != null) {
            facts.add(labels.text("facts.asOf", asOf.label()));
        }
        facts.add(labels.text("facts.status", labels.statusLowerCase(options.status())));
        if (options.bulletin() != null) {
            facts.add(labels.text("facts.bulletin", options.bulletin().toString()));
        }
        amendment.ifPresent(amends -> facts.add(amends.replacesLine(labels)));
        facts.add(labels.text("facts.issued", Formats.issued(options.issuedAt(), options.zone())));
        if (!event.source().isBlank()) {
            facts.add(labels.text("facts.source", event.source()));
        }
        out.list(facts);
        if (event.description() != null) {
            out.paragraph(event.description());
        }
        notesList(labels.text("heading.notes"), event.notes().select(note -> note.table() == NoteTable.EVENT));
    }

    /**
     * What an amendment changed since the version it replaces, first: its readers know the rest.
     * Each category's changes under its name, one line each.
     */
    private void writeChanges(Amendment amends) throws IOException {
        out.heading(2, amends.heading(labels));
        if (amends.changes().isEmpty()) {
            out.paragraph(amends.nothingChanged(labels));
            return;
        }
        ChangeText words = new ChangeText(labels);
        for (Amendment.Group group : amends.groups()) {
            out.heading(3, words.groupTitle(group, index));
            out.list(group.changes().collect(words::lineInGroup).castToList());
        }
    }

    private void writeItinerary() throws IOException {
        ImmutableList<Category> categories = event.categories();
        List<Column> columns = new ArrayList<>(List.of(Column.right(labels.text("col.stage")),
                Column.left(labels.text("col.date")), Column.left(labels.text("col.from")),
                Column.left(labels.text("col.to")), Column.right(labels.text("col.km"))));
        categories.forEach(category -> columns.add(Column.left(category.name())));
        ImmutableList<Stage> stages = asOf == null ? event.stages() : event.stages().select(s -> s.ordinal() == asOf.ordinal());
        // One pass over the notes: the itinerary's concern every category in scope at once.
        ImmutableList<Note> notes = event.notes().select(note ->
                note.table() == NoteTable.ITINERARY && (asOf == null || !index.isNumberedStage(note.stageLabel())
                        || note.stageLabel().equals(asOf.label())));
        if (stages.isEmpty() && notes.isEmpty()) {
            // A source that gives only a final classification (a rally's results table) has no
            // itinerary: an empty table would only say so in a confusing way.
            return;
        }
        out.heading(2, labels.text("title.itinerary"));
        if (stages.notEmpty()) {
            String[] cells = new String[columns.size()];
            out.table(columns, each -> {
                for (Stage stage : stages) {
                    int i = 0;
                    cells[i++] = stage.isRestDay() ? "" : stage.label();
                    cells[i++] = Formats.date(stage.date());
                    cells[i++] = Formats.place(stage.start());
                    cells[i++] = stage.isRestDay() ? labels.text("itinerary.restDay") : Formats.place(stage.finish());
                    cells[i++] = stage.isRestDay() && stage.distanceKm() == null ? "" : Labels.kilometres(stage.distanceKm());
                    for (Category category : categories) {
                        cells[i++] = stage.forCategory(category.id()).map(this::itineraryCell).orElse(Labels.UNKNOWN);
                    }
                    escapeAll(cells);
                    each.cells(cells);
                }
            });
        }
        notesList(labels.text("heading.itineraryNotes"), notes);
    }

    private static void escapeAll(String[] cells) {
        for (int i = 0; i < cells.length; i++) {
            cells[i] = MarkdownText.escape(cells[i]);
        }
    }

    private String itineraryCell(StageCategory stageCategory) {
        return switch (stageCategory.status()) {
            case RUN -> stageCategory.reportedWinner() == null ? Labels.UNKNOWN : stageCategory.reportedWinner();
            case LIAISON -> labels.text("itinerary.liaison");
            case CANCELLED -> labels.text("itinerary.cancelled");
        };
    }

    private void writeCategory(Category category) throws IOException {
        out.heading(2, category.name());
        writeEntries(category);
        // Notes, penalties and awarded times that name no stage of this event concern the category
        // as a whole, so they stand before its stages.
        notesList(labels.text("heading.notes"), index.notes(NoteTable.STAGE_RESULTS, category.id(), null));
        penaltiesList(index.penalties(category.id(), null));
        awardedTimesList(index.awardedTimes(category.id(), null));

        if (asOf != null) {
            writeStage(category, asOf);
            return;
        }
        for (Stage stage : event.numberedStages()) {
            writeStage(category, stage);
        }
        out.heading(3, labels.text("heading.final"));
        Optional<Classification> finalStandings = index.classification(category.id(), ClassificationKind.FINAL, null);
        if (finalStandings.isPresent()) {
            classificationTable.write(out, finalStandings.get());
        } else {
            out.paragraph(labels.text("note.noFinal"));
        }
        notesList(labels.text("heading.notes"), index.notes(NoteTable.FINAL_STANDINGS, category.id(), null));
    }

    /** Each crew once, with what only the entry knows (the entrant), whatever tables it appears in. */
    private void writeEntries(Category category) throws IOException {
        ImmutableList<Entry> entries = index.entries(category.id());
        if (entries.isEmpty()) {
            return;
        }
        boolean withClass = entries.anySatisfy(entry -> entry.vehicleClass() != null);
        List<Column> columns = new ArrayList<>(List.of(Column.right(labels.text("col.number")),
                Column.left(labels.text("col.crew")), Column.left(labels.text("col.make")),
                Column.left(labels.text("col.entrant"))));
        if (withClass) {
            columns.add(Column.left(labels.text("col.class")));
        }
        out.heading(3, labels.text("heading.entries"));
        String[] cells = new String[columns.size()];
        int[] widths = new int[columns.size()];
        out.table(columns, each -> {
            for (Entry entry : entries) {
                Crews.Known crew = Crews.of(entry);
                cells[0] = crew.numberCell();
                widths[0] = -1;
                cells[1] = crew.namesCell();
                widths[1] = crew.namesWidth();
                cells[2] = crew.makeCell();
                widths[2] = crew.makeWidth();
                cells[3] = crew.entrantCell();
                widths[3] = crew.entrantWidth();
                if (withClass) {
                    cells[4] = crew.vehicleClassCell();
                    widths[4] = crew.vehicleClassWidth();
                }
                each.cells(cells, widths);
            }
        });
    }

    private void writeStage(Category category, Stage stage) throws IOException {
        String label = stage.label();
        out.heading(3, labels.text("heading.stage", label));
        out.paragraph(route(stage));
        StageStatus status = stage.forCategory(category.id()).map(StageCategory::status).orElse(StageStatus.RUN);
        ImmutableList<AwardedTime> awarded = index.awardedTimes(category.id(), label);
        switch (status) {
            case LIAISON -> out.paragraph(labels.text("note.liaison", label, category.name()));
            case CANCELLED -> out.paragraph(cancelled(category, label, awarded));
            case RUN -> {
                // Nothing to say: the tables follow.
            }
        }
        boolean expectTables = status == StageStatus.RUN;
        Optional<Classification> stageResult = index.classification(category.id(), ClassificationKind.STAGE, label);
        if (stageResult.isPresent() || expectTables) {
            out.heading(4, labels.text("heading.stageResult", label));
        }
        if (stageResult.isPresent()) {
            classificationTable.write(out, stageResult.get());
        } else if (expectTables) {
            out.paragraph(labels.text("note.noStageResult"));
        }
        Optional<Classification> general = index.classification(category.id(), ClassificationKind.GENERAL, label);
        boolean expectGeneral = expectTables && stage.hasGeneralClassification();
        if (general.isPresent() || expectGeneral) {
            out.heading(4, labels.text("heading.general", label));
        }
        if (general.isPresent()) {
            classificationTable.write(out, general.get());
        } else if (expectGeneral) {
            out.paragraph(labels.text("note.noGeneral", label));
        }
        notesList(labels.text("heading.notes"), index.notes(NoteTable.STAGE_RESULTS, category.id(), label));
        penaltiesList(index.penalties(category.id(), label));
        awardedTimesList(awarded);
    }

    /**
     * "Stage 2 was cancelled for Trucks." The awarded times of the stage are listed under it; when
     * it has none, the sentence points to those whose stage nobody knows rather than guess.
     */
    private String cancelled(Category category, String label, ImmutableList<AwardedTime> awarded) {
        String sentence = labels.text("note.cancelled", label, category.name());
        ImmutableList<AwardedTime> unplaced = index.awardedTimes(category.id(), null);
        if (awarded.notEmpty() || unplaced.isEmpty()) {
            return sentence;
        }
        return sentence + " " + labels.text("note.awardedUnplaced",
                unplaced.collect(time -> Labels.time(time.time())).makeString(", "));
    }

    /** {@code 2002-01-07 · Atar → Atar (loop) · 404.5 km} */
    private String route(Stage stage) {
        StringBuilder route = new StringBuilder(Formats.date(stage.date())).append(" · ")
                .append(Formats.place(stage.start())).append(" → ").append(Formats.place(stage.finish()));
        if (stage.isLoop()) {
            route.append(" (").append(labels.text("loop")).append(')');
        }
        if (stage.distanceKm() != null) {
            route.append(" · ").append(Labels.kilometres(stage.distanceKm())).append(' ')
                    .append(labels.text("col.km"));
        }
        return route.toString();
    }

    /** "Cyril Despres (FRA): 0:14:00 for speeding, stage 8 (placed by Podium's checks)" */
    private void penaltiesList(ImmutableList<Penalty> penalties) throws IOException {
        List<String> items = new ArrayList<>(penalties.size());
        for (Penalty penalty : penalties) {
            StringBuilder what = new StringBuilder(Labels.time(penalty.time()));
            if (penalty.reason() != null) {
                what.append(' ').append(labels.text("penalty.reason", penalty.reason()));
            }
            what.append(", ").append(labels.stageReference(penalty.stageLabel(), penalty.stageInferred()));
            items.add(labels.text("text.item", crews.of(penalty.entryId()).names(), what.toString()));
        }
        listWithLead(labels.text("heading.penalties"), items);
    }

    /** "0:50:00 to every crew, stage 4 (placed by Podium's checks)" */
    private void awardedTimesList(ImmutableList<AwardedTime> awarded) throws IOException {
        listWithLead(labels.text("heading.awarded"), awarded.collect(time -> labels.text("awarded.item",
                Labels.time(time.time()), labels.stageReference(time.stageLabel(), time.stageInferred()))).castToList());
    }

    /**
     * The race charts, when some category has one to draw and the fonts they are measured with can
     * be made (a warning says why they are missing when they cannot).
     */
    private void writeCharts(Companions companions) throws IOException {
        RaceCharts charts = RaceCharts.of(index);
        if (!CategoryChartPlan.drawsAnything(charts, asOf != null)) {
            return;
        }
        ChartFonts fonts = ChartFonts.sharedOrWarn(diagnostics, "document").orElse(null);
        if (fonts != null) {
            new RaceChartSection(out, labels, companions, new ChartNames(event.categories()), fonts)
                    .write(charts, asOf == null ? null : asOf.label());
        }
    }

    /** What the source's own numbers contradict, what its notes explain, and what they cannot show. */
    private void writeChecks() throws IOException {
        out.heading(2, labels.text("title.checks"));
        out.paragraph(labels.text("checks.summary",
                labels.count("checks.contradictions", count(FindingSeverity.CONTRADICTION)),
                labels.count("checks.explained", count(FindingSeverity.EXPLAINED)),
                labels.count("checks.info", count(FindingSeverity.INFO))));
        findingsList(labels.text("heading.contradictions"), FindingSeverity.CONTRADICTION);
        findingsList(labels.text("heading.explained"), FindingSeverity.EXPLAINED);
        findingsList(labels.text("heading.info"), FindingSeverity.INFO);
    }

    private void findingsList(String heading, FindingSeverity severity) throws IOException {
        ImmutableList<Finding> some = findings.select(f -> f.severity() == severity);
        if (some.isEmpty()) {
            return;
        }
        out.heading(3, heading);
        out.list(some.collect(f -> {
            String where = f.sources().select(SourcePosition::isKnown).collect(SourcePosition::describe).makeString(", ");
            String note = f.noteId() == null ? "" : " (" + labels.text("checks.noteRef", f.noteId()) + ")";
            return f.message() + note + (where.isEmpty() ? "" : " " + labels.text("checks.where", where));
        }).castToList());
    }

    private int count(FindingSeverity severity) {
        return findings.count(f -> f.severity() == severity);
    }

    private void notesList(String lead, ImmutableList<Note> notes) throws IOException {
        listWithLead(lead, notes.collect(Note::text).castToList());
    }

    /** A lead-in paragraph ("Penalties:") and its list; nothing at all for no items. */
    private void listWithLead(String lead, List<String> items) throws IOException {
        if (!items.isEmpty()) {
            out.paragraph(lead(lead));
            out.list(items);
        }
    }

    /** "Penalties:", "Pénalités :": French sets a space before the colon. */
    private String lead(String text) {
        return labels.text("text.lead", text);
    }
}
