package org.podium.importers.wiki.internal.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.list.ImmutableList;
import org.eclipse.collections.api.list.MutableList;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.podium.importers.wiki.internal.Grid;
import org.podium.importers.wiki.internal.PageLimits;
import org.podium.importers.wiki.internal.WikiDocument;
import org.podium.model.SourcePosition;
import org.podium.spi.Diagnostic;
import org.podium.spi.Diagnostics;
import org.podium.spi.ImportException;

/**
 * Reads an HTML page into a {@link WikiDocument}: a Wikipedia article as Wikipedia renders it (a
 * saved page, or an {@code action=render} fragment) or any results site's page. Every
 * {@code <table>} is a grid (see {@link TableReader}), with the headings above it as its section
 * path; an infobox gives the properties; the paragraphs before the first heading are the prose;
 * paragraphs and lists after a table are its notes, with the footnotes its markers point at.
 * Navigation boxes, succession boxes and message boxes are skipped, and said so; layout tables
 * ({@code role="presentation"}, Wikipedia's {@code multicol}) are looked through. Every cell and
 * row says where it was written, from jsoup's source-range tracking.
 */
public final class HtmlReader {

    private static final Pattern HEADING = Pattern.compile("h([1-6])");
    /** Never read: scripts, site navigation, forms. */
    private static final Set<String> SKIPPED = Set.of("script", "style", "noscript", "template", "head", "nav",
            "footer", "form", "button", "select", "textarea", "svg", "math", "iframe", "object");
    /** Sections whose lists are references and links, not notes on the race. */
    private static final Set<String> NO_NOTES = Set.of("references", "see also", "external links", "further reading",
            "bibliography", "sources", "citations", "footnotes");
    private static final Pattern WIKIPEDIA_SUFFIX = Pattern.compile("\\s+[-\u2013\u2014]\\s+Wikipedia$");
    private static final Pattern EXTENSION = Pattern.compile("\\.[A-Za-z0-9]{1,8}$");

    private final String sourceName;
    private final Diagnostics diagnostics;

    private final PageLimits limits;

    public HtmlReader(String sourceName, Diagnostics diagnostics) {
        this(sourceName, diagnostics, PageLimits.DEFAULT);
    }

    /** A reader that refuses pages over {@code limits} (tests lower them). */
    public HtmlReader(String sourceName, Diagnostics diagnostics, PageLimits limits) {
        this.sourceName = sourceName;
        this.diagnostics = diagnostics;
        this.limits = limits;
    }

    public WikiDocument read(String text) throws ImportException {
        countTags(text);
        Document document = Parser.htmlParser().setTrackPosition(true).parseInput(text, "");
        return new Reading(document).read();
    }

    /**
     * Refuses a page of more tags than the limit before jsoup builds its tree, which is where the
     * memory goes: a tag is {@code <} and a letter, as a browser starts an element.
     */
    private void countTags(String text) throws ImportException {
        long tags = 0;
        int line = 1;
        int lineStart = 0;
        SourcePosition firstPast = null;
        for (int i = 0; i + 1 < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
                lineStart = i + 1;
            } else if (c == '<' && isAsciiLetter(text.charAt(i + 1)) && ++tags == limits.maxHtmlTags() + 1L) {
                firstPast = SourcePosition.of(sourceName, line, i - lineStart + 1);
            }
        }
        if (firstPast != null) {
            throw limits.tooManyTags(tags, firstPast);
        }
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    private record Section(int level, String title) {
    }

    /** A grid found, with the notes written under it so far. */
    private static final class GridDraft {
        final TableReader.Table table;
        final ImmutableList<String> sectionPath;
        final MutableList<Grid.NoteLine> notes = Lists.mutable.empty();

        GridDraft(TableReader.Table table, ImmutableList<String> sectionPath) {
            this.table = table;
            this.sectionPath = sectionPath;
        }
    }

    /** One page being read; made per call and dropped. */
    private final class Reading {
        private final Document document;
        private final Positions positions = new Positions(sourceName);
        /** The page's cells, counted against its limit. */
        private final PageLimits.Cells cells = limits.cells();
        private final ContentReader contents;
        private final TableReader tables;
        private final InfoboxReader infoboxes;
        private final Element firstHeading;
        private final List<Section> sections = new ArrayList<>();
        private final MutableList<String> prose = Lists.mutable.empty();
        private final MutableList<WikiDocument.Located> properties = Lists.mutable.empty();
        private final MutableList<GridDraft> grids = Lists.mutable.empty();
        private final MutableList<Grid.NoteLine> looseNotes = Lists.mutable.empty();
        private InfoboxReader.Infobox infobox;
        private boolean inSections;
        private GridDraft lastGrid;

        Reading(Document document) {
            this.document = document;
            this.contents = new ContentReader(Footnotes.of(document, positions));
            this.tables = new TableReader(positions, diagnostics, contents, cells);
            this.infoboxes = new InfoboxReader(positions, contents);
            this.firstHeading = pageHeading(document);
        }

        WikiDocument read() throws ImportException {
            // A page saved from Wikipedia holds the article in #mw-content-text, among menus and footers.
            Element article = document.getElementById("mw-content-text");
            visitChildren(article != null ? article : document.body());
            if (cells.exceeded()) {
                throw cells.refusal();
            }
            MutableList<Grid> result = Lists.mutable.empty();
            for (GridDraft draft : grids) {
                MutableList<Grid.NoteLine> notes = Lists.mutable.withAll(draft.notes);
                for (Footnotes.Note note : draft.table.footnotes()) {
                    notes.add(new Grid.NoteLine(note.text(), note.position()));
                }
                TableReader.Table table = draft.table;
                result.add(new Grid(draft.sectionPath, table.columns(), table.rows(), notes.toImmutable(),
                        table.position(), table.caption()));
            }
            String title = null;
            SourcePosition titlePosition = null;
            Element titleElement = document.selectFirst("title");
            if (firstHeading != null && !headingText(firstHeading).isEmpty()) {
                // The page's own heading: the <title> adds the site's name ("… - Wikipedia", "| Results").
                title = headingText(firstHeading);
                titlePosition = positions.of(firstHeading);
            } else if (titleElement != null && !ContentReader.clean(titleElement.text()).isEmpty()) {
                title = WIKIPEDIA_SUFFIX.matcher(ContentReader.clean(titleElement.text())).replaceFirst("");
                titlePosition = positions.of(titleElement);
            } else if (infobox != null && infobox.title() != null) {
                title = infobox.title();
                titlePosition = infobox.titlePosition();
            } else {
                String name = sourceName.replace('\\', '/');
                name = name.substring(name.lastIndexOf('/') + 1);
                title = EXTENSION.matcher(name).replaceFirst("");
                titlePosition = positions.start();
            }
            return new WikiDocument(sourceName, title, properties.toImmutable(), prose.toImmutable(),
                    result.toImmutable(), looseNotes.toImmutable(), titlePosition);
        }

        /** The first {@code <h1>} with text: not an image logo, nor the site's name in its header beside the menu. */
        private static Element pageHeading(Document document) {
            for (Element heading : document.select("h1")) {
                Element siteHeader = heading.closest("header");
                boolean siteName = heading.closest("nav") != null
                        || siteHeader != null && siteHeader.selectFirst("nav") != null;
                if (!ContentReader.clean(heading.text()).isEmpty() && !siteName) {
                    return heading;
                }
            }
            return null;
        }

        private void visitChildren(Element parent) {
            if (parent == null) {
                return;
            }
            for (Element child : parent.children()) {
                visit(child);
            }
        }

        private void visit(Element element) {
            String tag = element.normalName();
            if (SKIPPED.contains(tag) || ContentReader.isHidden(element) || isContents(element)
                    || element.hasClass("references") || element.hasClass("reflist")
                    || element.attr("role").equals("navigation")) {
                return;
            }
            Matcher heading = HEADING.matcher(tag);
            if (heading.matches()) {
                heading(element, Integer.parseInt(heading.group(1)) - 1);
                return;
            }
            if (element.hasClass("mw-headline")) {
                // A headline outside an h-element (an old skin's markup): a top-level section.
                heading(element, 1);
                return;
            }
            switch (tag) {
                case "table" -> table(element);
                case "p" -> paragraph(element);
                case "li", "dd", "dt" -> listItem(element);
                default -> visitChildren(element);
            }
        }

        private boolean isContents(Element element) {
            return element.id().equals("toc") || element.hasClass("toc") || element.id().equals("toctitle");
        }

        private String headingText(Element heading) {
            Element headline = heading.selectFirst(".mw-headline");
            return contents.read(headline != null ? headline : heading).text();
        }

        private void heading(Element element, int level) {
            if (element == firstHeading) {
                // The page's title, not a section of it.
                return;
            }
            String title = headingText(element);
            if (title.isEmpty()) {
                return;
            }
            while (!sections.isEmpty() && sections.get(sections.size() - 1).level() >= level) {
                sections.remove(sections.size() - 1);
            }
            sections.add(new Section(level, title));
            inSections = true;
            lastGrid = null;
        }

        private ImmutableList<String> sectionPath() {
            MutableList<String> path = Lists.mutable.empty();
            for (Section section : sections) {
                path.add(section.title());
            }
            return path.toImmutable();
        }

        private boolean notesIgnored() {
            return sections.stream().anyMatch(s -> NO_NOTES.contains(s.title().toLowerCase(Locale.ROOT)));
        }

        private void paragraph(Element element) {
            String text = contents.read(element).text();
            if (text.isEmpty()) {
                return;
            }
            // A paragraph under a table is about the table, on a page without headings too.
            if (!inSections && lastGrid == null) {
                prose.add(text);
            } else {
                note(text, element);
            }
        }

        private void listItem(Element element) {
            // A list before the first heading is the site's menu or the article's hat, not prose.
            if (inSections) {
                String text = contents.readSkipping(element, "ul, ol, dl").text();
                if (!text.isEmpty()) {
                    note(text, element);
                }
            }
            for (Element child : element.children()) {
                String tag = child.normalName();
                if (tag.equals("ul") || tag.equals("ol") || tag.equals("dl") || tag.equals("table")) {
                    visit(child);
                }
            }
        }

        private void note(String text, Element element) {
            if (notesIgnored()) {
                return;
            }
            Grid.NoteLine line = new Grid.NoteLine(text, positions.of(element));
            (lastGrid != null ? lastGrid.notes : looseNotes).add(line);
        }

        private void table(Element table) {
            if (cells.exceeded()) {
                // The page is refused at the end: no more of its tables are read.
                return;
            }
            String classes = " " + table.className().toLowerCase(Locale.ROOT) + " ";
            if (classes.contains("infobox")) {
                InfoboxReader.Infobox read = infoboxes.read(table);
                if (infobox == null) {
                    infobox = read;
                }
                properties.addAllIterable(read.properties());
                return;
            }
            String skipped = skippedKind(classes);
            if (skipped != null) {
                diagnostics.report(Diagnostic.info(positions.of(table), "this table is " + skipped
                        + ", not results; skipped"));
                return;
            }
            if (isLayout(table, classes)) {
                for (Element row : TableReader.ownRows(table)) {
                    for (Element cell : TableReader.ownCells(row)) {
                        visitChildren(cell);
                    }
                }
                return;
            }
            TableReader.Table read = tables.read(table);
            if (read == null) {
                return;
            }
            if (read.columns().isEmpty()) {
                diagnostics.report(Diagnostic.info(positions.of(table), "this table has no cells; skipped"));
                return;
            }
            GridDraft draft = new GridDraft(read, sectionPath());
            grids.add(draft);
            for (Element row : TableReader.ownRows(table)) {
                for (Element cell : TableReader.ownCells(row)) {
                    nestedTables(cell);
                }
            }
            // Notes after the table are its own, not those of a table nested in it.
            lastGrid = draft;
        }

        /** Tables inside a table's cells, each read on its own. */
        private void nestedTables(Element element) {
            for (Element child : element.children()) {
                if (child.normalName().equals("table")) {
                    table(child);
                } else {
                    nestedTables(child);
                }
            }
        }

        private String skippedKind(String classes) {
            if (classes.contains(" navbox") || classes.contains(" vertical-navbox ")) {
                return "a navigation box";
            }
            if (classes.contains("succession")) {
                return "a succession box (previous and next events)";
            }
            if (classes.contains(" metadata ") || classes.contains("mbox") || classes.contains(" sistersitebox ")) {
                return "a message box";
            }
            return null;
        }

        /**
         * A table that lays out the page rather than holding data: marked so
         * ({@code role="presentation"}, Wikipedia's {@code multicol} columns), or holding other
         * tables in cells without a single {@code <th>} of its own.
         */
        private boolean isLayout(Element table, String classes) {
            if (table.attr("role").equalsIgnoreCase("presentation") || classes.contains(" multicol ")) {
                return true;
            }
            boolean nested = false;
            for (Element row : TableReader.ownRows(table)) {
                for (Element cell : TableReader.ownCells(row)) {
                    if (cell.normalName().equals("th")) {
                        return false;
                    }
                    nested |= cell.selectFirst("table") != null;
                }
            }
            return nested;
        }
    }
}
