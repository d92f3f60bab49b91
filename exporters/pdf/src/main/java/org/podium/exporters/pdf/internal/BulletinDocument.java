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
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.GregorianCalendar;
import java.util.List;
import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.list.ImmutableList;
import org.eclipse.collections.api.map.ImmutableMap;
import org.podium.check.Finding;
import org.podium.model.AwardedTime;
import org.podium.model.Category;
import org.podium.model.ClassificationKind;
import org.podium.model.Entry;
import org.podium.model.Event;
import org.podium.model.Note;
import org.podium.model.NoteTable;
import org.podium.model.Penalty;
import org.podium.model.Place;
import org.podium.model.SourcePosition;
import org.podium.model.Stage;
import org.podium.model.StageCategory;
import org.podium.model.StageStatus;
import org.podium.spi.BulletinStatus;
import org.podium.spi.Diagnostic;
import org.podium.spi.Diagnostics;
import org.podium.spi.ExportException;
import org.podium.spi.ExportOptions;

/**
 * One PDF bulletin for one event and one set of options: the itinerary, then per category each
 * stage's result and the general classification after it, then the final standings; or, with a
 * stage chosen, the bulletin after that stage. One instance per document.
 */
public final class BulletinDocument {

    private final Event event;
    private final ExportOptions options;
    private final Stage chosenStage;
    private final ImmutableList<Category> categories;
    private final Labels labels;
    private final Style style;
    private final TableKit kit;
    private final ImmutableMap<String, Entry> entriesById;
    private final ClassificationTable classificationTable;
    private final Document document;
    private final PdfWriter writer;
    private final PageFrame frame;

    private BulletinDocument(Event event, ExportOptions options, Stage chosenStage, ImmutableList<Category> categories,
            Labels labels, Style style, Document document, PdfWriter writer, PageFrame frame) {
        this.event = event;
        this.options = options;
        this.chosenStage = chosenStage;
        this.categories = categories;
        this.labels = labels;
        this.style = style;
        this.kit = new TableKit(style);
        this.entriesById = event.entriesById();
        this.document = document;
        this.writer = writer;
        this.classificationTable = new ClassificationTable(style, writer, kit, labels, entriesById);
        this.frame = frame;
    }

    /**
     * Checks that the bulletin can be written, before anything is: the options, and that the
     * fonts can print every text of the chosen categories.
     */
    public static Prepared prepare(Event event, ExportOptions options, Paper paper, Diagnostics diagnostics)
            throws ExportException {
        Labels labels = Labels.of(options.language());
        Stage chosenStage = null;
        if (options.stageLabel() != null) {
            chosenStage = event.stage(options.stageLabel()).orElseThrow(() -> new ExportException(
                    "the event has no stage '" + options.stageLabel() + "'; its stages are "
                            + event.numberedStages().collect(Stage::label).makeString(", ")));
        }
        for (String categoryId : options.categories()) {
            if (event.category(categoryId).isEmpty()) {
                diagnostics.report(Diagnostic.warning(SourcePosition.UNKNOWN, "the PDF bulletin has no category '"
                        + categoryId + "': the event's categories are "
                        + event.categories().collect(Category::id).makeString(", ")));
            }
        }
        ImmutableList<Category> categories = event.categories().select(category -> options.includes(category.id()));
        byte[] identity = identity(event, options, paper);
        BulletinFonts fonts = BulletinFonts.create(ByteBuffer.wrap(identity).getLong());
        PrintableCheck printable = new PrintableCheck(fonts);
        printable.check(event, categories);
        // Computed here, not while writing, so that a finding the fonts cannot print is refused
        // before the target exists, like any other text.
        ImmutableList<Finding> findings = options.checks()
                ? ChecksAppendix.select(event, options, chosenStage) : Lists.immutable.empty();
        printable.checkFindings(findings);
        return new Prepared(event, options, paper, chosenStage, categories, labels, fonts, identity, findings);
    }

    /** A bulletin that passed its checks, ready to be written. */
    public static final class Prepared {
        private final Event event;
        private final ExportOptions options;
        private final Paper paper;
        private final Stage chosenStage;
        private final ImmutableList<Category> categories;
        private final Labels labels;
        private final BulletinFonts fonts;
        private final byte[] identity;
        private final ImmutableList<Finding> findings;

        private Prepared(Event event, ExportOptions options, Paper paper, Stage chosenStage,
                ImmutableList<Category> categories, Labels labels, BulletinFonts fonts, byte[] identity,
                ImmutableList<Finding> findings) {
            this.event = event;
            this.options = options;
            this.paper = paper;
            this.chosenStage = chosenStage;
            this.categories = categories;
            this.labels = labels;
            this.fonts = fonts;
            this.identity = identity;
            this.findings = findings;
        }

        /** Writes the PDF to {@code out}, which the caller opened and closes. */
        public void writeTo(OutputStream out) throws DocumentException {
            Style style = new Style(fonts);
            Document document = new Document(paper.size(), Style.MARGIN_SIDE, Style.MARGIN_SIDE, Style.MARGIN_TOP,
                    Style.MARGIN_BOTTOM);
            PdfWriter writer = PdfWriter.getInstance(document, out);
            writer.setCloseStream(false);
            PageFrame frame = new PageFrame(style, labels, event.name(), labels.status(options.status()),
                    isAlert(options.status()), controlLine(), footerLine());
            writer.setPageEvent(frame);
            writer.setViewerPreferences(PdfWriter.PageModeUseOutlines);
            BulletinDocument bulletin = new BulletinDocument(event, options, chosenStage, categories, labels, style,
                    document, writer, frame);
            bulletin.addMetadata();
            // The first page starts at open(), and takes the running title set by then.
            bulletin.setFirstTitle();
            document.open();
            bulletin.fixVaryingParts(identity);
            bulletin.writeBody(findings);
            document.close();
        }

        private String controlLine() {
            List<String> parts = new ArrayList<>();
            if (options.bulletin() != null) {
                parts.add(labels.text("header.bulletin", Integer.toString(options.bulletin())));
            }
            parts.add(labels.text("header.issued", labels.issued(options.issuedAt(), options.zone())));
            if (event.startDate() != null && event.finishDate() != null) {
                parts.add(labels.date(event.startDate()) + " – " + labels.date(event.finishDate()));
            }
            return String.join("  ·  ", parts);
        }

        private String footerLine() {
            String source = event.source().isBlank() ? "" : labels.text("footer.source", event.source()) + "  ·  ";
            return source + "Podium PDF bulletin";
        }
    }

    private static boolean isAlert(BulletinStatus status) {
        return status == BulletinStatus.UNOFFICIAL || status == BulletinStatus.PROVISIONAL;
    }

    /**
     * A digest of what the document depends on: it seeds the font subset prefixes and is the file
     * ID, so the same input gives the same bytes and different bulletins different IDs.
     */
    private static byte[] identity(Event event, ExportOptions options, Paper paper) {
        String key = String.join("\n", event.name(), event.source(), String.valueOf(event.entries().size()),
                String.valueOf(event.classifications().size()), options.categories().makeString(","),
                String.valueOf(options.stageLabel()), options.status().id(), String.valueOf(options.bulletin()),
                options.issuedAt().toString(), options.zone().getId(), options.language(), paper.id(),
                String.valueOf(options.checks()));
        try {
            return Arrays.copyOf(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)), 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides SHA-256", e);
        }
    }

    private void addMetadata() {
        String title = event.name() + " — " + documentTitle();
        document.addTitle(title);
        String categoryNames = categories.collect(Category::name).makeString(", ");
        document.addSubject(labels.text("meta.subject", documentTitle()
                + (categoryNames.isEmpty() ? "" : " — " + categoryNames), labels.statusLowerCase(options.status())));
        document.addAuthor(labels.text("meta.author"));
        document.addCreator("Podium PDF bulletin 0.1.0");
        List<String> keywords = new ArrayList<>();
        keywords.add(event.name());
        categories.forEach(category -> keywords.add(category.name()));
        if (chosenStage != null) {
            keywords.add(labels.text("heading.stage", chosenStage.label()));
        }
        keywords.add(labels.statusLowerCase(options.status()));
        if (options.bulletin() != null) {
            keywords.add(labels.text("header.bulletin", Integer.toString(options.bulletin())));
        }
        document.addKeywords(String.join(", ", keywords));
        document.setDocumentLanguage(options.language());
    }

    private String documentTitle() {
        return chosenStage == null ? labels.text("title.document.event")
                : labels.text("title.document.stage", chosenStage.label());
    }

    /** The parts OpenPDF would take from the clock and from a random source. */
    private void fixVaryingParts(byte[] identity) {
        PdfDate issued = new PdfDate(GregorianCalendar.from(options.issuedAt().toZonedDateTime()));
        writer.getInfo().put(PdfName.CREATIONDATE, issued);
        writer.getInfo().put(PdfName.MODDATE, issued);
        writer.getInfo().put(PdfName.FILEID, PdfEncryption.createInfoId(identity, identity));
    }

    private void setFirstTitle() {
        if (chosenStage != null && categories.size() == 1) {
            frame.setRunningTitle(labels.text("title.stageBulletin", chosenStage.label(), categories.getFirst().name()));
        } else {
            frame.setRunningTitle(chosenStage == null ? labels.text("title.itinerary")
                    : labels.text("title.document.stage", chosenStage.label()));
        }
    }

    private void writeBody(ImmutableList<Finding> findings) throws DocumentException {
        writeItinerary();
        boolean first = true;
        for (Category category : categories) {
            writeCategory(category, first && chosenStage != null);
            first = false;
        }
        writeSignOff();
        if (options.checks()) {
            writeChecks(findings);
        }
    }

    /** After the sign-off: the findings are about the source, not part of what the official signs. */
    private void writeChecks(ImmutableList<Finding> findings) throws DocumentException {
        frame.setRunningTitle(labels.text("title.checks"));
        document.newPage();
        new ChecksAppendix(event, document, writer, style, kit, labels).write(findings);
    }

    private void writeItinerary() throws DocumentException {
        ImmutableList<Stage> stages = chosenStage == null ? event.stages() : event.stages().select(chosenStage::equals);
        Paragraph heading = heading(labels.text("title.itinerary"), style.stageHeading, "itinerary", 0f);
        document.add(heading);
        new PdfOutline(writer.getRootOutline(), PdfAction.gotoLocalPage("itinerary", false), labels.text("title.itinerary"));

        float total = document.right() - document.left();
        List<Float> plan = new ArrayList<>(List.of(34f, 62f));
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
        int index = 0;
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
            index++;
        }
        document.add(table);
        notes(event.notes().select(note -> (note.table() == NoteTable.ITINERARY || note.table() == NoteTable.EVENT)
                && (note.categoryId() == null || options.includes(note.categoryId()))
                && (chosenStage == null || note.stageLabel() == null || note.stageLabel().equals(chosenStage.label()))));
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
        if (chosenStage != null) {
            frame.setRunningTitle(labels.text("title.stageBulletin", chosenStage.label(), category.name()));
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
        notes(notesOf(category, NoteTable.STAGE_RESULTS).select(note -> !isNumberedStage(note.stageLabel())));
        penalties(category, null);
        awardedTimes(category);

        if (chosenStage != null) {
            writeStage(category, chosenStage, categoryOutline);
            return;
        }
        for (Stage stage : event.numberedStages()) {
            writeStage(category, stage, categoryOutline);
        }
        frame.setRunningTitle(labels.text("title.final", category.name()));
        document.newPage();
        String finalAnchor = anchor + "-final";
        document.add(heading(labels.text("heading.final"), style.sectionHeading, finalAnchor, 0f));
        new PdfOutline(categoryOutline, PdfAction.gotoLocalPage(finalAnchor, false), labels.text("heading.final"));
        float total = document.right() - document.left();
        var finalStandings = event.classification(category.id(), ClassificationKind.FINAL, null);
        if (finalStandings.isPresent()) {
            classificationTable.add(document, finalStandings.get(), total);
        } else {
            sentence(labels.text("note.noFinal"));
        }
        notes(notesOf(category, NoteTable.FINAL_STANDINGS));
    }

    private void writeStage(Category category, Stage stage, PdfOutline categoryOutline) throws DocumentException {
        String label = stage.label();
        String anchor = "category-" + category.id() + "-stage-" + label;
        ensureSpace(110f);
        document.add(heading(labels.text("heading.stage", label), style.stageHeading, anchor, 12f));
        new PdfOutline(categoryOutline, PdfAction.gotoLocalPage(anchor, false), labels.text("heading.stage", label));
        document.add(new Paragraph(new Chunk(route(stage), style.bodyMuted)));

        StageStatus status = stage.forCategory(category.id()).map(StageCategory::status).orElse(null);
        if (status == StageStatus.LIAISON) {
            sentence(labels.text("note.liaison", label, category.name()));
        } else if (status == StageStatus.CANCELLED) {
            sentence(cancelled(category, label));
        } else if (status == null && stage.categories().notEmpty()) {
            sentence(labels.text("note.noStageStatus", label, category.name()));
        }
        boolean expectTables = status == StageStatus.RUN;
        float total = document.right() - document.left();
        var stageResult = event.classification(category.id(), ClassificationKind.STAGE, label);
        var general = event.classification(category.id(), ClassificationKind.GENERAL, label);
        if (stageResult.isEmpty() && general.isEmpty()) {
            if (expectTables) {
                sentence(labels.text("note.noTables", label));
            }
        } else {
            ensureSpace(70f);
            document.add(tableHeading(labels.text("heading.stageResult", label)));
            if (stageResult.isPresent()) {
                classificationTable.add(document, stageResult.get(), total);
            } else {
                sentence(labels.text("note.noStageResult"));
            }
            ensureSpace(70f);
            document.add(tableHeading(labels.text("heading.general", label)));
            if (general.isPresent()) {
                classificationTable.add(document, general.get(), total);
            } else {
                sentence(labels.text("note.noGeneral", label));
            }
        }
        notes(notesOf(category, NoteTable.STAGE_RESULTS).select(note -> label.equals(note.stageLabel())));
        penalties(category, label);
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
        AwardedTime awarded = event.awardedTimes().detect(
                time -> time.categoryId().equals(category.id()) && label.equals(time.stageLabel()));
        if (awarded != null) {
            return sentence + " " + labels.text("note.awarded", Labels.time(awarded.time()));
        }
        // The source may give the awarded time without its stage: point to it rather than guess.
        ImmutableList<String> unplaced = event.awardedTimes()
                .select(time -> time.categoryId().equals(category.id()) && !isNumberedStage(time.stageLabel()))
                .collect(time -> Labels.time(time.time()));
        return unplaced.isEmpty() ? sentence
                : sentence + " " + labels.text("note.awardedUnplaced", unplaced.makeString(", "));
    }

    /** Penalties of the category at one stage, or (for null) at no stage of this event. */
    private void penalties(Category category, String stageLabel) throws DocumentException {
        List<String> items = new ArrayList<>();
        for (Penalty penalty : event.penalties()) {
            boolean here = stageLabel == null ? !isNumberedStage(penalty.stageLabel()) : stageLabel.equals(penalty.stageLabel());
            if (!here || !isOfCategory(penalty.entryId(), category)) {
                continue;
            }
            Entry entry = entriesById.get(penalty.entryId());
            String crew = entry == null ? penalty.entryId() : entry.crew().collect(Labels::person).makeString(", ");
            String reason = penalty.reason() == null ? "" : " " + labels.text("penalty.reason", penalty.reason());
            items.add(crew + ": " + Labels.time(penalty.time()) + reason + ", " + labels.stageReference(penalty.stageLabel()));
        }
        list(labels.text("heading.penalties"), items);
    }

    private void awardedTimes(Category category) throws DocumentException {
        List<String> items = new ArrayList<>();
        for (AwardedTime awarded : event.awardedTimes()) {
            if (awarded.categoryId().equals(category.id()) && !isNumberedStage(awarded.stageLabel())) {
                items.add(labels.text("awarded.item", Labels.time(awarded.time()), labels.stageReference(awarded.stageLabel())));
            }
        }
        list(labels.text("heading.awarded"), items);
    }

    private void notes(ImmutableList<Note> notes) throws DocumentException {
        list(labels.text("heading.notes"), notes.collect(Note::text).castToList());
    }

    private void list(String lead, List<String> items) throws DocumentException {
        if (items.isEmpty()) {
            return;
        }
        Paragraph heading = new Paragraph(new Chunk(lead, new Font(style.fonts.bold, 8.5f, Font.NORMAL, Style.INK)));
        heading.setLeading(16f);
        document.add(heading);
        for (String item : items) {
            Paragraph paragraph = new Paragraph(11f, "–  " + item, style.body);
            paragraph.setIndentationLeft(10f);
            paragraph.setFirstLineIndent(-10f);
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
        if (writer.getVerticalPosition(false) - document.bottom() < points) {
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
        table.addCell(signature(options.status() == BulletinStatus.FINAL || chosenStage == null
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

    /** Notes about this category, and those about no one category, which concern every category. */
    private ImmutableList<Note> notesOf(Category category, NoteTable table) {
        return event.notes().select(note -> note.table() == table
                && (note.categoryId() == null || note.categoryId().equals(category.id())));
    }

    private boolean isOfCategory(String entryId, Category category) {
        Entry entry = entriesById.get(entryId);
        return entry == null ? entryId.startsWith(category.id() + "-") : entry.categoryId().equals(category.id());
    }

    private boolean isNumberedStage(String stageLabel) {
        return stageLabel != null && event.numberedStages().anySatisfy(stage -> stageLabel.equals(stage.label()));
    }
}
