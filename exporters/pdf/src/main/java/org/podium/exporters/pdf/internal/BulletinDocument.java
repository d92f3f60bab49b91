package org.podium.exporters.pdf.internal;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfAction;
import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfEncryption;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfOutline;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Locale;
import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.list.ImmutableList;
import org.podium.charts.CategoryChartPlan;
import org.podium.charts.ChartFonts;
import org.podium.check.Finding;
import org.podium.model.AwardedTime;
import org.podium.model.Category;
import org.podium.model.ClassificationKind;
import org.podium.model.Event;
import org.podium.model.EventIndex;
import org.podium.model.Note;
import org.podium.model.NoteTable;
import org.podium.model.Penalty;
import org.podium.model.Place;
import org.podium.model.Stage;
import org.podium.model.StageCategory;
import org.podium.model.StageStatus;
import org.podium.report.BulletinStatus;
import org.podium.report.Amendment;
import org.podium.report.ChangeText;
import org.podium.report.DocumentOptions;
import org.podium.report.Labels;
import org.podium.report.RaceCharts;
import org.podium.report.Report;
import org.podium.spi.Diagnostics;
import org.podium.spi.ExportException;

/**
 * One PDF bulletin of one report: the itinerary, then per category each stage's result and the
 * general classification after it, then the final standings; or, for a report as of stage N, the
 * bulletin after stage N; after the sign-off, the race charts ({@link RaceChartSection}). The
 * report's event is the scope: nothing here filters by category or stage again. One instance per
 * document.
 */
public final class BulletinDocument {

    /** A stage's heading and route line, about. */
    private static final float STAGE_HEADING = 42f;
    /** A table's heading. */
    private static final float TABLE_HEADING = 20f;
    /** A one-line sentence instead of a table. */
    private static final float SENTENCE = 15f;
    /** A heading and a few rows: what a long table asks for before it starts. */
    private static final float MIN_BLOCK = 70f;
    private static final float LIST_LEAD = 16f;
    private static final float LIST_LEADING = 11f;
    private static final float LIST_INDENT = 10f;
    private static final String LIST_MARK = "–  ";

    private final Event event;
    private final EventIndex index;
    private final DocumentOptions options;
    /** The stage the bulletin is after, or null for the whole event. */
    private final Stage asOf;
    /** What makes this bulletin an amendment, or null. */
    private final Amendment amendment;
    private final ImmutableList<Category> categories;
    private final Labels labels;
    private final Style style;
    private final TableKit kit;
    private final ClassificationTable classificationTable;
    private final Document document;
    private final PdfWriter writer;
    private final PageFrame frame;
    /** The race charts to draw, or null when there are none or they are not asked for. */
    private final RaceCharts charts;
    private final ChartFonts chartFonts;

    private BulletinDocument(Report report, Style style, Document document, PdfWriter writer, PageFrame frame,
            RaceCharts charts, ChartFonts chartFonts) {
        this.event = report.event();
        this.index = report.index();
        this.amendment = report.amendment().orElse(null);
        this.options = report.options();
        // The same stage as the report's event holds it, so that it lists only the categories in
        // scope, like every other stage this document prints.
        this.asOf = report.asOfStage().map(stage -> index.stage(stage.label()).orElse(stage)).orElse(null);
        this.categories = report.categories();
        this.labels = report.labels();
        this.style = style;
        this.kit = new TableKit(style);
        this.document = document;
        this.writer = writer;
        this.classificationTable = new ClassificationTable(style, writer, kit, labels, index);
        this.frame = frame;
        this.charts = charts;
        this.chartFonts = chartFonts;
    }

    /** Held while the default format locale is Locale.ROOT for OpenPDF's cross-reference table. */
    private static final Object DEFAULT_LOCALE = new Object();

    /**
     * Closes the document, which writes the cross-reference table. OpenPDF 2.0.5 writes its byte
     * offsets with {@code String.format("%010d …")} in the default locale: on a machine set to
     * Arabic (Egypt) or Thai digits the offsets came out as other digits, a corrupt file
     * (ExporterContract's locale test found it). The default format locale is Locale.ROOT for
     * that moment only, under a lock, and restored.
     */
    private static void closeInRootLocale(Document document) {
        synchronized (DEFAULT_LOCALE) {
            Locale format = Locale.getDefault(Locale.Category.FORMAT);
            Locale.setDefault(Locale.Category.FORMAT, Locale.ROOT);
            try {
                document.close();
            } finally {
                Locale.setDefault(Locale.Category.FORMAT, format);
            }
        }
    }

    /**
     * Writes the bulletin of {@code report} to {@code out}, which the caller opened and closes.
     *
     * @param creatorVersion the plugin's version, named in the document's metadata
     * @throws ExportException when the fonts cannot print a text the bulletin shows; nothing is
     *                         written then
     * @param diagnostics where a warning goes when the race charts cannot be drawn
     */
    public static void write(Report report, Paper paper, String creatorVersion, OutputStream out,
            Diagnostics diagnostics) throws ExportException, DocumentException, IOException {
        byte[] identity = identity(report, paper, creatorVersion);
        BulletinFonts fonts = BulletinFonts.create(ByteBuffer.wrap(identity).getLong());
        ImmutableList<Finding> findings = report.options().checks() ? report.bulletinFindings() : Lists.immutable.empty();
        // Whether the fonts can print every name decides whether there is a bulletin at all: a
        // name printed as boxes must not go out, so this runs before the first byte.
        PrintableCheck printable = new PrintableCheck(fonts);
        printable.check(report);
        printable.checkFindings(findings);
        printable.checkChanges(report);
        RaceCharts charts = report.options().charts() ? RaceCharts.of(report) : null;
        if (charts != null && !CategoryChartPlan.drawsAnything(charts, report.asOfStage().isPresent())) {
            charts = null;
        }
        ChartFonts chartFonts = charts == null ? null : ChartFonts.sharedOrWarn(diagnostics, "bulletin").orElse(null);
        if (chartFonts == null) {
            charts = null;
        }

        Style style = new Style(fonts);
        Labels labels = report.labels();
        DocumentOptions options = report.options();
        Document document = new Document(paper.size(), Style.MARGIN_SIDE, Style.MARGIN_SIDE, Style.MARGIN_TOP,
                Style.MARGIN_BOTTOM);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        // The host owns the stream: closing the document must not close it.
        writer.setCloseStream(false);
        // Deflating the pages' content at the default level took a third of a 4 000-page bulletin's
        // time; the fastest level makes the file about a tenth larger.
        writer.setCompressionLevel(java.util.zip.Deflater.BEST_SPEED);
        PageFrame frame = new PageFrame(style, labels, report.event().name(), labels.status(options.status()),
                isAlert(options.status()), controlLine(report), footerLine(report));
        writer.setPageEvent(frame);
        writer.setViewerPreferences(PdfWriter.PageModeUseOutlines);
        BulletinDocument bulletin = new BulletinDocument(report, style, document, writer, frame, charts, chartFonts);
        bulletin.addMetadata(creatorVersion);
        // The first page starts at open(), and takes the running title set by then.
        bulletin.setFirstTitle();
        document.open();
        bulletin.fixVaryingParts(identity);
        bulletin.writeBody(findings);
        closeInRootLocale(document);
    }

    private static String controlLine(Report report) {
        Labels labels = report.labels();
        DocumentOptions options = report.options();
        Event event = report.event();
        List<String> parts = new ArrayList<>();
        if (options.bulletin() != null) {
            parts.add(labels.text("header.bulletin", Integer.toString(options.bulletin())));
        }
        report.amendment().ifPresent(amendment -> parts.add(amendment.replacesLine(labels)));
        parts.add(labels.text("header.issued", labels.issued(options.issuedAt(), options.zone())));
        if (event.startDate() != null && event.finishDate() != null) {
            parts.add(labels.date(event.startDate()) + " – " + labels.date(event.finishDate()));
        }
        return String.join("  ·  ", parts);
    }

    private static String footerLine(Report report) {
        String source = report.event().source();
        return (source.isBlank() ? "" : report.labels().text("footer.source", source) + "  ·  ") + "Podium PDF bulletin";
    }

    private static boolean isAlert(BulletinStatus status) {
        return status == BulletinStatus.UNOFFICIAL || status == BulletinStatus.PROVISIONAL;
    }

    /**
     * A digest of what the document depends on: it seeds the font subset prefixes and is the file
     * ID, so the same report and options give the same bytes and different bulletins different IDs.
     */
    private static byte[] identity(Report report, Paper paper, String creatorVersion) {
        Event event = report.event();
        DocumentOptions options = report.options();
        String key = String.join("\n", event.name(), event.source(),
                String.valueOf(event.entries().size()), String.valueOf(event.classifications().size()),
                String.valueOf(event.penalties().size()), String.valueOf(event.awardedTimes().size()),
                String.valueOf(event.notes().size()), String.valueOf(report.findings().size()),
                report.categories().collect(Category::id).makeString(","),
                report.asOfStage().map(Stage::label).orElse(""),
                options.status().id(), String.valueOf(options.bulletin()), options.issuedAt().toString(),
                options.zone().getId(), options.language(), String.valueOf(options.checks()),
                String.valueOf(options.charts()), paper.id(),
                // Two amendments of one event differ by what they amend and list.
                report.amendment().map(a -> a.replaces().map(String::valueOf).orElse("") + " " + a.previousName()
                        + " " + a.changes().changes().makeString("|")).orElse(""),
                creatorVersion);
        try {
            return Arrays.copyOf(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)), 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides SHA-256", e);
        }
    }

    private void addMetadata(String creatorVersion) {
        String title = event.name() + " — " + documentTitle();
        document.addTitle(title);
        String categoryNames = categories.collect(Category::name).makeString(", ");
        document.addSubject(labels.text("meta.subject", documentTitle()
                + (categoryNames.isEmpty() ? "" : " — " + categoryNames), labels.statusLowerCase(options.status())));
        document.addAuthor(labels.text("meta.author"));
        document.addCreator("Podium PDF bulletin " + creatorVersion);
        List<String> keywords = new ArrayList<>();
        keywords.add(event.name());
        categories.forEach(category -> keywords.add(category.name()));
        if (asOf != null) {
            keywords.add(labels.text("heading.stage", asOf.label()));
        }
        keywords.add(labels.statusLowerCase(options.status()));
        if (options.bulletin() != null) {
            keywords.add(labels.text("header.bulletin", Integer.toString(options.bulletin())));
        }
        document.addKeywords(String.join(", ", keywords));
        document.setDocumentLanguage(options.language());
    }

    private String documentTitle() {
        return asOf == null ? labels.text("title.document.event") : labels.text("title.document.stage", asOf.label());
    }

    /** The parts OpenPDF would take from the clock and from a random source. */
    private void fixVaryingParts(byte[] identity) {
        PdfDate issued = new PdfDate(GregorianCalendar.from(options.issuedAt().toZonedDateTime()));
        writer.getInfo().put(PdfName.CREATIONDATE, issued);
        writer.getInfo().put(PdfName.MODDATE, issued);
        writer.getInfo().put(PdfName.FILEID, PdfEncryption.createInfoId(identity, identity));
    }

    private void setFirstTitle() {
        if (!hasItinerary() && categories.notEmpty()) {
            // The first page is the first category's final classification.
            frame.setRunningTitle(labels.text("title.final", categories.getFirst().name()));
        } else if (asOf != null && categories.size() == 1) {
            frame.setRunningTitle(labels.text("title.stageBulletin", asOf.label(), categories.getFirst().name()));
        } else {
            frame.setRunningTitle(asOf == null ? labels.text("title.itinerary")
                    : labels.text("title.document.stage", asOf.label()));
        }
    }

    private void writeBody(ImmutableList<Finding> findings) throws DocumentException {
        if (amendment != null) {
            writeChanges();
        }
        writeItinerary();
        boolean first = true;
        for (Category category : categories) {
            writeCategory(category, first && asOf != null);
            first = false;
        }
        writeSignOff();
        if (charts != null) {
            new RaceChartSection(document, writer, style, labels, new ChartFontMapper(style.fonts, chartFonts), chartFonts, asOf)
                    .write(charts, frame);
        }
        if (options.checks()) {
            writeChecks(findings);
        }
    }

    /** After the sign-off: the findings are about the source, not part of what the official signs. */
    private void writeChecks(ImmutableList<Finding> findings) throws DocumentException {
        frame.setRunningTitle(labels.text("title.checks"));
        document.newPage();
        new ChecksAppendix(index, document, writer, style, kit, labels).write(findings);
    }

    /**
     * Whether the bulletin has an itinerary to show: a source that gives only a final
     * classification (a rally's results table) has neither stages nor notes about them, and an
     * empty itinerary page would only say so in a confusing way.
     */
    private boolean hasItinerary() {
        return asOf != null || event.stages().notEmpty() || itineraryNotes().notEmpty();
    }

    /**
     * The notes in scope, not one pass per row: a stage bulletin keeps those of its stage and those
     * of no stage of the itinerary, which concern the event as a whole.
     */
    private ImmutableList<Note> itineraryNotes() {
        return event.notes().select(note -> (note.table() == NoteTable.ITINERARY || note.table() == NoteTable.EVENT)
                && (asOf == null || !index.isNumberedStage(note.stageLabel()) || note.stageLabel().equals(asOf.label())));
    }

    /**
     * An amendment first lists what changed since the bulletin it replaces: its readers have that
     * one, and look for what is new. Each category's changes under its name, one line each.
     */
    private void writeChanges() throws DocumentException {
        String title = amendment.heading(labels);
        document.add(heading(title, style.stageHeading, "changes", 0f));
        new PdfOutline(writer.getRootOutline(), PdfAction.gotoLocalPage("changes", false), title);
        if (amendment.changes().isEmpty()) {
            sentence(amendment.nothingChanged(labels));
        } else {
            ChangeText words = new ChangeText(labels);
            for (Amendment.Group group : amendment.groups()) {
                ensureSpace(2 * LIST_LEAD);
                list(words.groupTitle(group, index), group.changes().collect(words::lineInGroup).castToList());
            }
        }
        // The itinerary's heading below needs its own room: space, as between the stages' blocks.
        document.add(new Paragraph(12f, " ", style.body));
    }

    private void writeItinerary() throws DocumentException {
        if (!hasItinerary()) {
            return;
        }
        // A stage bulletin shows the day it is about; the report's itinerary up to it is context.
        ImmutableList<Stage> stages = asOf == null ? event.stages() : Lists.immutable.of(asOf);
        Paragraph heading = heading(labels.text("title.itinerary"), style.stageHeading, "itinerary", 0f);
        document.add(heading);
        new PdfOutline(writer.getRootOutline(), PdfAction.gotoLocalPage("itinerary", false), labels.text("title.itinerary"));

        float total = document.right() - document.left();
        float stageWidth = Math.max(34f, kit.naturalWidth(style.fonts.bold, TableKit.Line.of(labels.text("col.stage"))));
        List<Float> plan = new ArrayList<>(List.of(stageWidth, 62f));
        float from = kit.naturalWidth(style.fonts.bold, TableKit.Line.of(labels.text("col.from")));
        float to = kit.naturalWidth(style.fonts.bold, TableKit.Line.of(labels.text("col.to")));
        for (Stage stage : stages) {
            from = Math.max(from, kit.naturalWidth(style.fonts.regular, TableKit.Line.of(place(stage.start()))));
            to = Math.max(to, kit.naturalWidth(style.fonts.regular, TableKit.Line.of(destination(stage))));
        }
        plan.add(-from);
        plan.add(-to);
        plan.add(40f);
        for (Category category : categories) {
            float width = kit.naturalWidth(style.fonts.bold, TableKit.Line.of(category.name()));
            for (Stage stage : stages) {
                width = Math.max(width, kit.naturalWidth(style.fonts.regular, TableKit.Line.of(itineraryCell(stage, category))));
            }
            plan.add(-width);
        }
        float[] widths = TableKit.widths(total, plan);
        PdfPTable table = kit.table(widths, total);
        int column = 0;
        table.addCell(kit.header(labels.text("col.stage"), widths[column++], Element.ALIGN_RIGHT));
        table.addCell(kit.header(labels.text("col.date"), widths[column++], Element.ALIGN_LEFT));
        table.addCell(kit.header(labels.text("col.from"), widths[column++], Element.ALIGN_LEFT));
        table.addCell(kit.header(labels.text("col.to"), widths[column++], Element.ALIGN_LEFT));
        table.addCell(kit.header(labels.text("col.km"), widths[column++], Element.ALIGN_RIGHT));
        for (Category category : categories) {
            table.addCell(kit.header(category.name(), widths[column++], Element.ALIGN_LEFT));
        }
        for (Stage stage : stages) {
            java.awt.Color fill = stage.isRestDay() ? Style.STRIPE_FILL : null;
            column = 0;
            table.addCell(kit.text(stage.isRestDay() ? "" : stage.label(), true, false, fill, widths[column++], Element.ALIGN_RIGHT));
            table.addCell(kit.text(labels.date(stage.date()), false, false, fill, widths[column++], Element.ALIGN_LEFT));
            table.addCell(kit.text(place(stage.start()), false, false, fill, widths[column++], Element.ALIGN_LEFT));
            table.addCell(kit.text(destination(stage), false, stage.isRestDay(), fill, widths[column++], Element.ALIGN_LEFT));
            table.addCell(kit.text(stage.distanceKm() == null ? "" : Labels.kilometres(stage.distanceKm()), false, false,
                    fill, widths[column++], Element.ALIGN_RIGHT));
            for (Category category : categories) {
                boolean ran = stage.forCategory(category.id()).map(s -> s.status() == StageStatus.RUN).orElse(false);
                table.addCell(kit.text(itineraryCell(stage, category), false, !ran, fill, widths[column++], Element.ALIGN_LEFT));
            }
        }
        document.add(table);
        notes(itineraryNotes());
    }

    private String destination(Stage stage) {
        if (stage.isRestDay()) {
            return labels.text("itinerary.restDay");
        }
        return stage.isLoop() ? place(stage.finish()) + " (" + labels.text("loop") + ")" : place(stage.finish());
    }

    private static String place(Place place) {
        if (place == null) {
            return Labels.UNKNOWN;
        }
        return place.country() == null ? place.name() : place.name() + " (" + place.country() + ")";
    }

    private String itineraryCell(Stage stage, Category category) {
        if (stage.isRestDay()) {
            return "";
        }
        return stage.forCategory(category.id()).map(this::itineraryStatus).orElse(Labels.UNKNOWN);
    }

    private String itineraryStatus(StageCategory status) {
        return switch (status.status()) {
            case RUN -> status.reportedWinner() == null ? labels.text("itinerary.timed") : status.reportedWinner();
            case LIAISON -> labels.text("itinerary.liaison");
            case CANCELLED -> labels.text("itinerary.cancelled");
        };
    }

    private void writeCategory(Category category, boolean sharesFirstPage) throws DocumentException {
        String anchor = "category-" + category.id();
        boolean onlyFinal = asOf == null && event.numberedStages().isEmpty();
        if (asOf != null) {
            frame.setRunningTitle(labels.text("title.stageBulletin", asOf.label(), category.name()));
        } else if (onlyFinal) {
            frame.setRunningTitle(labels.text("title.final", category.name()));
        } else {
            frame.setRunningTitle(labels.text("title.stages", category.name()));
        }
        if (sharesFirstPage) {
            ensureSpace(160f);
        } else {
            document.newPage();
        }
        document.add(heading(category.name(), style.sectionHeading, anchor, 6f));
        PdfOutline categoryOutline = new PdfOutline(writer.getRootOutline(), PdfAction.gotoLocalPage(anchor, false),
                category.name());

        // Notes, penalties and awarded times that name no stage of this event concern the category
        // as a whole, so they stand before its stages.
        notes(index.notes(NoteTable.STAGE_RESULTS, category.id(), null));
        list(labels.text("heading.penalties"), penaltyItems(category, null));
        list(labels.text("heading.awarded"), awardedItems(index.awardedTimes(category.id(), null)));

        if (asOf != null) {
            writeStage(category, asOf, categoryOutline);
            return;
        }
        for (Stage stage : event.numberedStages()) {
            writeStage(category, stage, categoryOutline);
        }
        frame.setRunningTitle(labels.text("title.final", category.name()));
        if (!onlyFinal) {
            // Without stages, the final classification stands under the category's heading.
            document.newPage();
        }
        String finalAnchor = anchor + "-final";
        document.add(heading(labels.text("heading.final"), style.sectionHeading, finalAnchor, 0f));
        new PdfOutline(categoryOutline, PdfAction.gotoLocalPage(finalAnchor, false), labels.text("heading.final"));
        float total = document.right() - document.left();
        var finalStandings = index.classification(category.id(), ClassificationKind.FINAL, null);
        if (finalStandings.isPresent()) {
            classificationTable.add(document, finalStandings.get(), total);
        } else {
            sentence(labels.text("note.noFinal"));
        }
        notes(index.notes(NoteTable.FINAL_STANDINGS, category.id(), null));
    }

    private void writeStage(Category category, Stage stage, PdfOutline categoryOutline) throws DocumentException {
        String label = stage.label();
        String anchor = "category-" + category.id() + "-stage-" + label;
        StageStatus status = stage.forCategory(category.id()).map(StageCategory::status).orElse(null);
        float total = document.right() - document.left();
        var stageResult = index.classification(category.id(), ClassificationKind.STAGE, label);
        var general = index.classification(category.id(), ClassificationKind.GENERAL, label);
        List<String> noteItems = index.notes(NoteTable.STAGE_RESULTS, category.id(), label).collect(Note::text)
                .castToList();
        List<String> penaltyItems = penaltyItems(category, label);
        // A cancelled stage says its awarded time in its sentence; on any other stage it is listed.
        List<String> awardedItems = status == StageStatus.CANCELLED ? List.of()
                : awardedItems(index.awardedTimes(category.id(), label));
        boolean withTables = stageResult.isPresent() || general.isPresent();
        // Each table stays with its heading and the lines under it, and the general classification
        // also with the stage's notes and penalties: read at the top of the next page, under
        // another stage's heading, they would seem to belong to that stage.
        float stageBlock = block(stageResult.map(table -> classificationTable.height(table, total)).orElse(SENTENCE));
        float generalBlock = block(general.map(table -> classificationTable.height(table, total)).orElse(SENTENCE)
                + listHeight(noteItems) + listHeight(penaltyItems) + listHeight(awardedItems));

        ensureSpace(withTables ? STAGE_HEADING + stageBlock : 110f);
        document.add(heading(labels.text("heading.stage", label), style.stageHeading, anchor, 12f));
        new PdfOutline(categoryOutline, PdfAction.gotoLocalPage(anchor, false), labels.text("heading.stage", label));
        document.add(new Paragraph(new Chunk(route(stage), style.bodyMuted)));

        if (status == StageStatus.LIAISON) {
            sentence(labels.text("note.liaison", label, category.name()));
        } else if (status == StageStatus.CANCELLED) {
            sentence(cancelled(category, label));
        } else if (status == null && stage.categories().notEmpty()) {
            sentence(labels.text("note.noStageStatus", label, category.name()));
        }
        if (!withTables) {
            if (status == StageStatus.RUN) {
                sentence(labels.text("note.noTables", label));
            }
        } else {
            ensureSpace(stageBlock);
            document.add(tableHeading(labels.text("heading.stageResult", label)));
            if (stageResult.isPresent()) {
                classificationTable.add(document, stageResult.get(), total);
            } else {
                sentence(labels.text("note.noStageResult"));
            }
            if (general.isPresent() || stage.hasGeneralClassification()) {
                ensureSpace(generalBlock);
                document.add(tableHeading(labels.text("heading.general", label)));
                if (general.isPresent()) {
                    classificationTable.add(document, general.get(), total);
                } else {
                    sentence(labels.text("note.noGeneral", label));
                }
            }
        }
        list(labels.text("heading.notes"), noteItems);
        list(labels.text("heading.penalties"), penaltyItems);
        list(labels.text("heading.awarded"), awardedItems);
    }

    /**
     * The room to ask for before a table's heading: the heading, the table and what must stay with
     * it; for a block taller than a page, or a long table laid out in parts, a heading and a few rows.
     */
    private float block(float content) {
        float needed = TABLE_HEADING + content;
        return content < 0 || needed > document.top() - document.bottom() ? MIN_BLOCK : needed;
    }

    /** About the height of a list as {@link #list} sets it: its lead, and each item's wrapped lines. */
    private float listHeight(List<String> items) {
        if (items.isEmpty()) {
            return 0f;
        }
        float width = document.right() - document.left() - LIST_INDENT;
        float height = LIST_LEAD;
        for (String item : items) {
            float text = style.fonts.regular.getWidthPoint(LIST_MARK + item, style.body.getSize());
            // Lines break at spaces, so a wrapped line holds a little less than the full width.
            height += LIST_LEADING * (float) Math.ceil(text / (width * 0.9f));
        }
        return height;
    }

    private String route(Stage stage) {
        StringBuilder route = new StringBuilder(labels.date(stage.date())).append("  ·  ")
                .append(place(stage.start())).append(" → ").append(place(stage.finish()));
        if (stage.isLoop()) {
            route.append(" (").append(labels.text("loop")).append(')');
        }
        if (stage.distanceKm() != null) {
            route.append("  ·  ").append(Labels.kilometres(stage.distanceKm())).append(" km");
        }
        return route.toString();
    }

    private String cancelled(Category category, String label) {
        String sentence = labels.text("note.cancelled", label, category.name());
        ImmutableList<AwardedTime> here = index.awardedTimes(category.id(), label);
        if (here.notEmpty()) {
            AwardedTime awarded = here.getFirst();
            String time = Labels.time(awarded.time());
            // The source did not say it was this stage: the reader is told who did.
            return sentence + " " + labels.text("note.awarded", awarded.stageInferred()
                    ? time + ", " + labels.stageReference(label, true) : time);
        }
        // The source may give the awarded time without its stage: point to it rather than guess.
        ImmutableList<String> unplaced = index.awardedTimes(category.id(), null)
                .collect(time -> Labels.time(time.time()));
        return unplaced.isEmpty() ? sentence
                : sentence + " " + labels.text("note.awardedUnplaced", unplaced.makeString(", "));
    }

    /** Penalties of the category at one stage, or (for null) at no stage of the itinerary. */
    private List<String> penaltyItems(Category category, String stageLabel) {
        List<String> items = new ArrayList<>();
        for (Penalty penalty : index.penalties(category.id(), stageLabel)) {
            String crew = index.entry(penalty.entryId())
                    .map(entry -> entry.crew().collect(Labels::person).makeString(", "))
                    .orElse(penalty.entryId());
            String reason = penalty.reason() == null ? "" : " " + labels.text("penalty.reason", penalty.reason());
            items.add(labels.text("text.item", crew, Labels.time(penalty.time()) + reason + ", "
                    + labels.stageReference(penalty.stageLabel(), penalty.stageInferred())));
        }
        return items;
    }

    private List<String> awardedItems(ImmutableList<AwardedTime> awardedTimes) {
        List<String> items = new ArrayList<>();
        for (AwardedTime awarded : awardedTimes) {
            items.add(labels.text("awarded.item", Labels.time(awarded.time()),
                    labels.stageReference(awarded.stageLabel(), awarded.stageInferred())));
        }
        return items;
    }

    private void notes(ImmutableList<Note> notes) throws DocumentException {
        list(labels.text("heading.notes"), notes.collect(Note::text).castToList());
    }

    private void list(String lead, List<String> items) throws DocumentException {
        if (items.isEmpty()) {
            return;
        }
        Paragraph heading = new Paragraph(new Chunk(lead, new Font(style.fonts.bold, 8.5f, Font.NORMAL, Style.INK)));
        heading.setLeading(LIST_LEAD);
        document.add(heading);
        for (String item : items) {
            Paragraph paragraph = new Paragraph(LIST_LEADING, LIST_MARK + item, style.body);
            paragraph.setIndentationLeft(LIST_INDENT);
            paragraph.setFirstLineIndent(-LIST_INDENT);
            document.add(paragraph);
        }
    }

    private void sentence(String text) throws DocumentException {
        document.add(new Paragraph(15f, text, style.body));
    }

    /**
     * A heading that bookmarks can point to. Space above comes from the leading: OpenPDF draws
     * paragraph spacing as a space character, which text extraction merges into the heading.
     */
    static Paragraph heading(String text, Font font, String anchor, float spaceAbove) {
        Chunk chunk = new Chunk(text, font);
        chunk.setLocalDestination(anchor);
        Paragraph paragraph = new Paragraph(chunk);
        paragraph.setLeading(font.getSize() * 1.3f + spaceAbove);
        return paragraph;
    }

    private Paragraph tableHeading(String text) {
        Paragraph paragraph = new Paragraph(new Chunk(text, style.tableHeading));
        paragraph.setLeading(20f);
        return paragraph;
    }

    /** Starts a new page when less than {@code points} are left, so a heading never ends a page. */
    private void ensureSpace(float points) {
        ensureSpace(document, writer, points);
    }

    /** Starts a new page of {@code document} when less than {@code points} are left on this one. */
    static void ensureSpace(Document document, PdfWriter writer, float points) {
        if (writer.getVerticalPosition(true) - document.bottom() < points) {
            document.newPage();
        }
    }

    /** Where an official signs: the publication time, the clerk of the course, and the stewards on a final. */
    private void writeSignOff() throws DocumentException {
        ensureSpace(90f);
        float total = document.right() - document.left();
        PdfPTable table = new PdfPTable(2);
        table.setTotalWidth(total);
        table.setLockedWidth(true);
        table.setSpacingBefore(24f);
        table.setKeepTogether(true);
        PdfPCell published = new PdfPCell(new Paragraph(labels.text("signoff.published",
                labels.issued(options.issuedAt(), options.zone())), style.bodyMuted));
        published.setColspan(2);
        published.setBorder(com.lowagie.text.Rectangle.NO_BORDER);
        published.setPaddingBottom(28f);
        table.addCell(published);
        table.addCell(signature(labels.text("signoff.clerk")));
        table.addCell(signature(options.status() == BulletinStatus.FINAL || asOf == null
                ? labels.text("signoff.stewards") : ""));
        document.add(table);
    }

    private PdfPCell signature(String role) {
        PdfPCell cell = new PdfPCell(new Paragraph(role, style.bodyMuted));
        cell.setBorder(role.isEmpty() ? com.lowagie.text.Rectangle.NO_BORDER : com.lowagie.text.Rectangle.TOP);
        cell.setBorderColor(Style.RULE);
        cell.setPaddingTop(4f);
        cell.setPaddingRight(30f);
        return cell;
    }
}
