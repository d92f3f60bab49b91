package org.podium.importers.wiki.internal.wikitext;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.list.ImmutableList;
import org.eclipse.collections.api.list.MutableList;
import org.podium.importers.wiki.internal.Grid;
import org.podium.importers.wiki.internal.PageLimits;
import org.podium.importers.wiki.internal.WikiDocument;
import org.podium.model.SourcePosition;
import org.podium.spi.Diagnostic;
import org.podium.spi.Diagnostics;
import org.podium.spi.ImportException;

/**
 * Reads MediaWiki wikitext, as Wikipedia's edit box gives it, into a {@link WikiDocument}: the
 * infobox as properties, the lead before the first heading as prose, every {@code {|} table as a
 * grid (spans resolved, tables in cells read as tables of their own) with the headings above it
 * as its section path, and the lines under a table as its notes, as the plain-text article reader
 * does, so that one interpretation serves both.
 *
 * <p>Wikitext has no title line: the title is the infobox's name, else the lead's first bold
 * phrase (which Wikipedia's style makes the article's name), else the file name.
 */
public final class WikitextReader {

    private static final Pattern HEADING = Pattern.compile("(={1,6})(.+?)\\1\\s*");
    private static final Pattern BOLD = Pattern.compile("'''(?!')(.+?)'''");
    private static final Pattern MAGIC_WORD = Pattern.compile("__[A-Z]+__");
    private static final Pattern BREAK = Pattern.compile("(?i)<br\\s*/?>|</br>");
    private static final Pattern REFERENCES_OPEN = Pattern.compile("(?i)<references\\b[^>]*?(/?)>");
    private static final Pattern REFERENCES_CLOSE = Pattern.compile("(?i)</references\\s*>");
    private static final Pattern HIDDEN_LINK = Pattern.compile("(?i)\\[\\[\\s*(file|image|media|category)\\s*:.*");
    /** Sections that cite, link or list other articles: nothing of the race. */
    private static final Set<String> APPARATUS = Set.of("references", "external links", "see also", "further reading",
            "bibliography", "sources", "notes and references", "references and notes", "citations", "works cited");
    /** Standalone templates that only lay out or mark the page, not worth a word to the user. */
    private static final Pattern QUIET_TEMPLATE = Pattern.compile("(?i)\\s*(short description|use [a-z]+ (dates|english)"
            + "|col-.*|div col.*|multicol.*|clear|clr|reflist|notelist|references|refbegin|refend|defaultsort:.*"
            + "|displaytitle:.*|toc.*|portal.*|main|main article|see also|further|.*-stub|.* stub|stub|more ?sources"
            + "|more citations needed|more footnotes|refimprove|unreferenced|update|cleanup|orphan|one source"
            + "|primary sources|pp.*|italic title|lowercase title|authority control|commons.*|coord missing"
            + "|featured article|good article|engvarb|citations missing|blp sources|expand section|dead end"
            + "|underlinked)\\s*");

    private final String sourceName;
    private final Diagnostics diagnostics;

    private final PageLimits limits;

    public WikitextReader(String sourceName, Diagnostics diagnostics) {
        this(sourceName, diagnostics, PageLimits.DEFAULT);
    }

    /** A reader that refuses pages over {@code limits} (tests lower them). */
    public WikitextReader(String sourceName, Diagnostics diagnostics, PageLimits limits) {
        this.sourceName = sourceName;
        this.diagnostics = diagnostics;
        this.limits = limits;
    }

    public WikiDocument read(String text) throws ImportException {
        WikiSource source = new WikiSource(sourceName, text);
        if (source.unclosedComment() >= 0) {
            diagnostics.report(Diagnostic.warning(source.position(source.unclosedComment()),
                    "this comment '<!--' is never closed with '-->'; everything after it was taken as comment"));
        }
        return new Pass(source).read();
    }

    /** One reading of one file. */
    private final class Pass {
        private final WikiSource source;
        private final InlineRenderer renderer;
        private final TableParser tables;
        private final TableLayout layout;
        /** The page's cells, counted against its limit. */
        private final PageLimits.Cells cells = limits.cells();

        private final MutableList<WikiDocument.Located> properties = Lists.mutable.empty();
        private final MutableList<String> prose = Lists.mutable.empty();
        private final MutableList<Draft> grids = Lists.mutable.empty();
        private final MutableList<Grid.NoteLine> looseNotes = Lists.mutable.empty();
        private final MutableList<String> sectionPath = Lists.mutable.empty();
        private final Set<String> droppedTemplates = new LinkedHashSet<>();

        private boolean inSections;
        private boolean apparatus;
        private boolean inReferences;
        private Draft lastGrid;
        private Grid.NoteLine pendingCaption;
        private StringBuilder paragraph;
        private String infoboxName;
        private SourcePosition infoboxNamePosition;
        /** Where the name stands among the infobox's entries, to keep it there when it is not the title. */
        private int infoboxNameIndex;
        private boolean infoboxSeen;
        private boolean infoboxCaption;
        private String boldPhrase;
        private SourcePosition boldPosition;

        Pass(WikiSource source) {
            this.source = source;
            this.renderer = new InlineRenderer(source, new Footnotes(source));
            this.tables = new TableParser(source, diagnostics, cells);
            this.layout = new TableLayout(source, renderer, diagnostics, cells);
        }

        WikiDocument read() throws ImportException {
            TableParser.LineCursor lines = new TableParser.LineCursor(source);
            while (lines.hasNext()) {
                int[] line = lines.peek();
                if (TableParser.opensTable(source, line)) {
                    TableParser.RawTable raw = tables.parse(lines);
                    // Past the limit, the rest of the page is only read to count its cells.
                    if (!cells.exceeded()) {
                        table(raw);
                    }
                    continue;
                }
                lines.next();
                line(line[0], line[1]);
            }
            if (cells.exceeded()) {
                throw cells.refusal();
            }
            endParagraph();
            flushCaption();
            reportTemplates();
            return document();
        }

        // ------------------------------------------------------------ lines

        private void line(int from, int to) {
            int at = from;
            while (at < to && Character.isWhitespace(source.charAt(at))) {
                at++;
            }
            String stripped = source.slice(at, to).strip();
            if (inReferences) {
                if (REFERENCES_CLOSE.matcher(stripped).find()) {
                    inReferences = false;
                }
                return;
            }
            if (stripped.isEmpty()) {
                endParagraph();
                return;
            }
            Matcher heading = HEADING.matcher(stripped);
            if (heading.matches() && !heading.group(2).isBlank()) {
                heading(heading, at);
                return;
            }
            Matcher references = REFERENCES_OPEN.matcher(stripped);
            if (references.lookingAt()) {
                inReferences = references.group(1).isEmpty() && !REFERENCES_CLOSE.matcher(stripped).find();
                return;
            }
            if (standalone(at, to)) {
                return;
            }
            if (stripped.startsWith(";")) {
                endParagraph();
                flushCaption();
                int start = skipMarkers(at, to);
                Rendered term = renderer.render(start, to);
                if (!term.text().isEmpty()) {
                    pendingCaption = new Grid.NoteLine(term.text(), source.position(start));
                }
                return;
            }
            if (!inSections) {
                leadLine(at, to, stripped);
                return;
            }
            if (apparatus) {
                return;
            }
            flushCaption();
            int start = skipMarkers(at, to);
            String text = renderer.render(start, to).text().replaceFirst("^[–—]\\s*", "");
            if (text.isEmpty() || Grid.NoteLine.labelOnly(text)) {
                return;
            }
            note(new Grid.NoteLine(text, source.position(start)));
        }

        private void heading(Matcher heading, int at) {
            endParagraph();
            flushCaption();
            lastGrid = null;
            int level = heading.group(1).length() - 1;
            String title = renderer.render(at + heading.start(2), at + heading.end(2)).text();
            while (sectionPath.size() >= Math.max(level, 1)) {
                sectionPath.remove(sectionPath.size() - 1);
            }
            while (sectionPath.size() < level - 1) {
                sectionPath.add("");
            }
            sectionPath.add(title);
            inSections = true;
            apparatus = APPARATUS.contains(title.toLowerCase(Locale.ROOT));
        }

        private int skipMarkers(int at, int to) {
            int i = at;
            while (i < to && ("*#:;".indexOf(source.charAt(i)) >= 0 || Character.isWhitespace(source.charAt(i)))) {
                i++;
            }
            return i;
        }

        /** A line before the first heading: the infobox, the lead's prose. */
        private void leadLine(int at, int to, String stripped) {
            if (stripped.startsWith("*") || stripped.startsWith("#") || stripped.startsWith(":")) {
                endParagraph();
            }
            if (boldPhrase == null) {
                Matcher bold = BOLD.matcher(source.text()).region(at, to);
                if (bold.find()) {
                    String phrase = renderer.render(bold.start(1), bold.end(1)).text();
                    if (!phrase.isEmpty()) {
                        boldPhrase = phrase;
                        boldPosition = source.position(bold.start(1));
                    }
                }
            }
            String text = renderer.render(skipMarkers(at, to), to).text();
            if (text.isEmpty()) {
                return;
            }
            if (paragraph == null) {
                paragraph = new StringBuilder(text);
            } else {
                paragraph.append(' ').append(text);
            }
            if (stripped.startsWith("*") || stripped.startsWith("#") || stripped.startsWith(":")) {
                endParagraph();
            }
        }

        private void endParagraph() {
            if (paragraph != null) {
                prose.add(paragraph.toString().strip());
                paragraph = null;
            }
        }

        /**
         * A line of templates, category links or pictures and nothing else: the infobox, or the
         * page's navigation and layout, which hold nothing of the race.
         */
        private boolean standalone(int from, int to) {
            int i = from;
            List<Template> found = new ArrayList<>();
            while (i < to) {
                char c = source.charAt(i);
                if (Character.isWhitespace(c)) {
                    i++;
                    continue;
                }
                if (source.startsWith("{{", i)) {
                    int end = source.constructEnd(i, to);
                    if (end < 0) {
                        return false;
                    }
                    found.add(Template.parse(source, i, end));
                    i = end;
                    continue;
                }
                if (source.startsWith("[[", i)) {
                    int end = source.constructEnd(i, to);
                    if (end < 0 || !HIDDEN_LINK.matcher(source.slice(i, end)).matches()) {
                        return false;
                    }
                    i = end;
                    continue;
                }
                Matcher magic = MAGIC_WORD.matcher(source.text()).region(i, to);
                if (magic.lookingAt()) {
                    i = magic.end();
                    continue;
                }
                Matcher lineBreak = BREAK.matcher(source.text()).region(i, to);
                if (lineBreak.lookingAt()) {
                    i = lineBreak.end();
                    continue;
                }
                return false;
            }
            for (Template template : found) {
                if (template.name().startsWith("infobox") && !inSections && !infoboxSeen) {
                    infobox(template);
                    continue;
                }
                if (source.slice(template.start(), template.end()).contains("\n{|")) {
                    diagnostics.report(Diagnostic.warning(source.position(template.start()), "a table stands inside"
                            + " the template {{" + template.rawName() + "}}; Podium reads tables written on the"
                            + " page itself, so this one was not read"));
                }
                if (!QUIET_TEMPLATE.matcher(template.rawName()).matches()) {
                    droppedTemplates.add(template.rawName());
                }
            }
            return true;
        }

        private void infobox(Template template) {
            infoboxSeen = true;
            for (Template.Argument argument : template.arguments()) {
                if (argument.key() == null) {
                    continue;
                }
                Rendered value = renderer.render(List.of(new int[] {argument.from(), argument.to()}), true);
                if (value.text().isEmpty()) {
                    continue;
                }
                int at = argument.from();
                while (at < argument.to() && Character.isWhitespace(source.charAt(at))) {
                    at++;
                }
                SourcePosition where = source.position(at);
                if (argument.key().equalsIgnoreCase("name") && infoboxName == null) {
                    infoboxName = value.text();
                    infoboxNamePosition = where;
                    infoboxNameIndex = properties.size();
                    continue;
                }
                if (argument.key().equalsIgnoreCase("caption")) {
                    infoboxCaption = true;
                }
                properties.add(new WikiDocument.Located(humanise(argument.key()), value.text(), where));
            }
        }

        // ------------------------------------------------------------ tables

        private void table(TableParser.RawTable raw) {
            endParagraph();
            Draft outer = draft(raw, pendingCaption);
            pendingCaption = null;
            if (outer == null) {
                return;
            }
            grids.add(outer);
            for (TableParser.RawTable inner : raw.nested) {
                if (cells.exceeded()) {
                    return;
                }
                diagnostics.report(Diagnostic.info(source.position(inner.start), "a table inside a cell of the table"
                        + " at line " + outer.laid.position().line() + "; read as a table of its own"));
                Draft draft = draft(inner, null);
                if (draft != null) {
                    grids.add(draft);
                }
            }
            lastGrid = outer;
        }

        /** The table laid out, or null when its cells take the page past its limit. */
        private Draft draft(TableParser.RawTable raw, Grid.NoteLine caption) {
            TableLayout.Laid laid = layout.lay(raw);
            if (laid == null) {
                return null;
            }
            String title = laid.caption() != null && !laid.caption().isEmpty() ? laid.caption()
                    : caption == null ? null : caption.text();
            return new Draft(laid, sectionPath.toImmutable(), title, Lists.mutable.withAll(laid.refNotes()));
        }

        /** A {@code ;term} line not followed by a table is a line of text after all. */
        private void flushCaption() {
            if (pendingCaption != null) {
                Grid.NoteLine line = pendingCaption;
                pendingCaption = null;
                if (Grid.NoteLine.labelOnly(line.text())) {
                    return;
                }
                if (inSections) {
                    note(line);
                } else {
                    prose.add(line.text());
                }
            }
        }

        private void note(Grid.NoteLine line) {
            (lastGrid != null ? lastGrid.notes : looseNotes).add(line);
        }

        // ------------------------------------------------------------ the document

        private void reportTemplates() {
            for (Map.Entry<String, InlineRenderer.Unknown> entry : renderer.unknownTemplates().entrySet()) {
                InlineRenderer.Unknown unknown = entry.getValue();
                diagnostics.report(Diagnostic.info(unknown.first(), "the template {{" + entry.getKey()
                        + "}} is not one Podium knows; it was kept as its text ('" + unknown.kept() + "')"
                        + (unknown.count() > 1 ? " here and in " + (unknown.count() - 1) + " more place(s)" : "")));
            }
            if (!droppedTemplates.isEmpty()) {
                diagnostics.report(Diagnostic.info(SourcePosition.of(sourceName, 1, 1), "templates standing on"
                        + " lines of their own (navigation boxes, page layout) hold no table text and were left out: "
                        + String.join(", ", droppedTemplates.stream().map(n -> "{{" + n + "}}").toList())));
            }
        }

        private WikiDocument document() {
            String title;
            SourcePosition titlePosition;
            if (infoboxName != null && !(boldPhrase != null && longerNameFor(boldPhrase, infoboxName))) {
                title = infoboxName;
                titlePosition = infoboxNamePosition;
                diagnostics.report(Diagnostic.info(titlePosition, "the title '" + title + "' is the infobox's name"));
            } else if (boldPhrase != null) {
                title = boldPhrase;
                titlePosition = boldPosition;
                diagnostics.report(Diagnostic.info(titlePosition, "the title '" + title + "' is the lead's first bold"
                        + " phrase" + (infoboxName != null ? ", which names the infobox's '" + infoboxName + "' in full"
                                : " (the file has no infobox name)")));
            } else {
                title = fileStem(sourceName);
                titlePosition = SourcePosition.of(sourceName, 1, 1);
                diagnostics.report(Diagnostic.info(titlePosition, "the file names no title (no infobox name, no bold"
                        + " phrase in the lead); the title '" + title + "' is the file name"));
            }
            if (infoboxName != null && !title.equals(infoboxName)) {
                properties.add(infoboxNameIndex, new WikiDocument.Located("Name", infoboxName, infoboxNamePosition));
            }
            if (infoboxSeen && boldPhrase != null && !boldPhrase.equals(title) && !infoboxCaption) {
                // The rendered infobox is headed by the article's name, which the lead's bold phrase gives.
                properties.add(0, new WikiDocument.Located("Caption", boldPhrase, boldPosition));
            }
            MutableList<Grid> built = Lists.mutable.empty();
            for (Draft draft : grids) {
                TableLayout.Laid laid = draft.laid;
                built.add(new Grid(draft.sectionPath, laid.columns(), laid.rows(), draft.notes.toImmutable(),
                        laid.position(), draft.caption));
            }
            return new WikiDocument(sourceName, title, properties.toImmutable(), prose.toImmutable(),
                    built.toImmutable(), looseNotes.toImmutable(), titlePosition);
        }
    }

    /** A table read, with the notes written under it still being collected. */
    private record Draft(TableLayout.Laid laid, ImmutableList<String> sectionPath, String caption,
            MutableList<Grid.NoteLine> notes) {
    }

    /**
     * Whether the bold phrase is a fuller name of which the infobox's name is a part
     * ("2026 Melbourne FIA Formula 2 round" for "Melbourne").
     */
    private static boolean longerNameFor(String bold, String name) {
        return bold.length() > name.length()
                && Pattern.compile("(?iu)(^|\\W)" + Pattern.quote(name) + "($|\\W)").matcher(bold).find();
    }

    /** {@code previous_round} → {@code Previous Round}, as an infobox shows its labels. */
    static String humanise(String key) {
        String[] words = key.strip().replace('_', ' ').split("\\s+");
        StringBuilder out = new StringBuilder();
        for (String word : words) {
            if (word.isEmpty()) {
                continue;
            }
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(word.substring(0, 1).toUpperCase(Locale.ROOT)).append(word.substring(1));
        }
        return out.toString();
    }

    private static String fileStem(String name) {
        String base = name.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1);
        int dot = base.lastIndexOf('.');
        return dot > 0 ? base.substring(0, dot) : base;
    }
}
