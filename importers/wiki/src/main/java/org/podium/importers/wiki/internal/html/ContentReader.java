package org.podium.importers.wiki.internal.html;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.list.MutableList;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.podium.importers.wiki.internal.Cell;

/**
 * Reads an element's content as a person sees it: whitespace collapsed, {@code &#160;} a space,
 * {@code <br>} and blocks separating lines, hidden sort keys and edit links left out, an image
 * standing for its {@code alt} text (a medal {@code 1}, a jersey), a flag standing for the
 * nationality of its line, footnote markers taken apart from the text, struck-through text marked.
 */
final class ContentReader {

    private static final Pattern CODE = Pattern.compile("[A-Z]{3}");
    /** An {@code alt} that only repeats the image's file name ({@code Plainstage.svg}): it says nothing. */
    private static final Pattern FILE_NAME = Pattern.compile("(?i).+\\.(svg|png|gif|jpe?g|webp|bmp|tiff?)");
    private static final Pattern FLAG_FILE =
            Pattern.compile("(?i)/(?:\\d+px-)?Flag_of_([^/]+?)\\.(?:svg|png|gif|jpe?g)");
    private static final Pattern SITE_FLAG_CODE =
            Pattern.compile("(?i)flags?[^/]*/(?:[^/]*/)*([a-z]{2,3})\\.(?:svg|png|gif|jpe?g|webp)");
    private static final Pattern COUNTRY_CODE = Pattern.compile("[A-Z]{3}");
    private static final Pattern FLAG_ALT = Pattern.compile("(?i)flag of (?:the )?(.+)");
    private static final Pattern SPACES = Pattern.compile("[\\p{javaWhitespace}\\u00A0\\u2007\\u202F\\u200B\\uFEFF]+");
    private static final Set<String> BLOCKS = Set.of("address", "article", "aside", "blockquote", "center", "dd",
            "div", "dl", "dt", "figcaption", "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr",
            "li", "ol", "p", "pre", "section", "tr", "ul");
    /** Never text: scripts and styles, form controls, and tables inside the element (read on their own). */
    private static final Set<String> NOT_TEXT = Set.of("script", "style", "noscript", "template", "head", "title",
            "table", "input", "button", "select", "textarea", "svg", "math", "iframe", "object", "video", "audio");

    private final Footnotes footnotes;

    ContentReader(Footnotes footnotes) {
        this.footnotes = footnotes;
    }

    Content read(Element root) {
        return readSkipping(root, null);
    }

    /** The content without the descendants a CSS query selects (a footnote's back-link). */
    Content readSkipping(Element root, String skipQuery) {
        Set<Element> skipped = new HashSet<>();
        if (skipQuery != null) {
            skipped.addAll(root.select(skipQuery));
        }
        Walk walk = new Walk(skipped);
        boolean struck = strikes(root);
        for (Node child : root.childNodes()) {
            walk.node(child, struck);
        }
        walk.newLine();
        return walk.content();
    }

    /**
     * The classes that hide an element on the sites results come from, whose style sheets a saved
     * page lacks: Bootstrap's and Tailwind's, and the plain ones many sites define, such as the
     * second copy of each time a cycling results site keeps for sorting.
     */
    private static final java.util.Set<String> HIDING_CLASSES = java.util.Set.of("sortkey", "mw-editsection",
            "hide", "hidden", "d-none", "sr-only", "visually-hidden", "screen-reader-text", "invisible");

    /** Whether the element is not shown: sort keys, {@code display:none}, {@code hidden}, hiding classes. */
    static boolean isHidden(Element element) {
        if (element.hasAttr("hidden") || element.classNames().stream().anyMatch(HIDING_CLASSES::contains)) {
            return true;
        }
        String style = style(element);
        return style.contains("display:none") || style.contains("visibility:hidden");
    }

    static boolean strikes(Element element) {
        String tag = element.normalName();
        return tag.equals("s") || tag.equals("del") || tag.equals("strike")
                || style(element).contains("line-through");
    }

    private static String style(Element element) {
        return SPACES.matcher(element.attr("style")).replaceAll("").toLowerCase(Locale.ROOT);
    }

    /** Whether the element is a footnote marker: {@code <sup class="reference">} or a link into the notes. */
    static boolean isFootnoteMarker(Element element) {
        if (!element.normalName().equals("sup")) {
            return false;
        }
        return element.hasClass("reference") || element.selectFirst("a[href^=#cite_note]") != null;
    }

    /** The nationality a flag gives, as its {@code alt}, link title or file name writes it; null if none. */
    static String flagNation(Element flag) {
        Element image = flag.normalName().equals("img") ? flag : flag.selectFirst("img");
        if (image != null) {
            String alt = clean(image.attr("alt"));
            Matcher flagAlt = FLAG_ALT.matcher(alt);
            if (flagAlt.matches()) {
                return flagAlt.group(1).strip();
            }
            if (!alt.isEmpty() && !FILE_NAME.matcher(alt).matches()) {
                return alt;
            }
        }
        Element link = flag.normalName().equals("a") ? flag : flag.selectFirst("a[title]");
        if (link != null && !clean(link.attr("title")).isEmpty()) {
            return clean(link.attr("title"));
        }
        if (image != null) {
            Matcher file = FLAG_FILE.matcher(image.attr("src"));
            if (file.find()) {
                String name = decoded(file.group(1)).replace('_', ' ').strip();
                return name.regionMatches(true, 0, "the ", 0, 4) ? name.substring(4) : name;
            }
            // A results site's own flag icons, named by country code: /flags/fra.png.
            Matcher code = SITE_FLAG_CODE.matcher(image.attr("src"));
            if (code.find()) {
                return code.group(1).toUpperCase(Locale.ROOT);
            }
        }
        String text = clean(flag.text());
        return CODE.matcher(text).matches() ? text : null;
    }

    /** A file name as its URL writes it ({@code C%C3%B4te_d%27Ivoire}), decoded; as written if it does not decode. */
    private static String decoded(String name) {
        try {
            return URLDecoder.decode(name.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notEncoded) {
            return name;
        }
    }

    private static boolean isFlagImage(Element image) {
        String src = image.attr("src").toLowerCase(Locale.ROOT);
        // An image whose alt is a country code ("NOR") is a flag, whatever its file is called.
        return FLAG_FILE.matcher(image.attr("src")).find() || FLAG_ALT.matcher(clean(image.attr("alt"))).matches()
                || COUNTRY_CODE.matcher(clean(image.attr("alt"))).matches()
                || (src.contains("flag") || image.className().toLowerCase(Locale.ROOT).contains("flag"))
                        && flagNation(image) != null;
    }

    /** The characters {@link #SPACES} matches: what a page shows as a space, or as nothing. */
    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u00A0' || c == '\u2007' || c == '\u202F' || c == '\u200B'
                || c == '\uFEFF';
    }

    static String clean(String text) {
        return SPACES.matcher(text).replaceAll(" ").strip();
    }

    /** A piece of text and how it was marked. */
    private record Run(String text, boolean struck, boolean code) {
        boolean visible() {
            for (int i = 0; i < text.length(); i++) {
                if (!isSpace(text.charAt(i))) {
                    return true;
                }
            }
            return false;
        }
    }

    /** A line being read: its runs of text and the nationality of its flag. */
    private static final class LineDraft {
        final List<Run> runs = new ArrayList<>();
        String nation;
        boolean flagged;

        boolean hasText() {
            return runs.stream().anyMatch(Run::visible);
        }

        boolean isEmpty() {
            return !hasText() && nation == null;
        }

        /**
         * The line with a nationality written after the name ({@code Floyd Landis (USA)}, the
         * {@code <abbr>} of Wikipedia's athlete templates) taken as the line's nation: the code is
         * what the plain article writes, and the flag beside it often has no {@code alt}.
         */
        void takeCodeAsNation() {
            if (!flagged) {
                return;
            }
            for (int i = 0; i < runs.size(); i++) {
                Run run = runs.get(i);
                String code = clean(run.text());
                if (run.code() && CODE.matcher(code).matches()) {
                    nation = code;
                    runs.remove(i);
                    if (i > 0) {
                        Run before = runs.get(i - 1);
                        String text = before.text().stripTrailing().replace('\u00A0', ' ').stripTrailing();
                        if (text.endsWith("(")) {
                            runs.set(i - 1, new Run(text.substring(0, text.length() - 1), before.struck(), false));
                        }
                    }
                    if (i < runs.size()) {
                        Run after = runs.get(i);
                        String text = after.text().replace('\u00A0', ' ').stripLeading();
                        if (text.startsWith(")")) {
                            runs.set(i, new Run(text.substring(1), after.struck(), false));
                        }
                    }
                    return;
                }
            }
        }

        String text(boolean keepStruck) {
            StringBuilder text = new StringBuilder();
            for (Run run : runs) {
                if (keepStruck || !run.struck()) {
                    text.append(run.text());
                }
            }
            return clean(text.toString());
        }
    }

    private final class Walk {
        private final Set<Element> skipped;
        private final List<LineDraft> lines = new ArrayList<>();
        private final MutableList<Content.Footnote> markers = Lists.mutable.empty();
        private LineDraft current = new LineDraft();

        Walk(Set<Element> skipped) {
            this.skipped = skipped;
        }

        void node(Node node, boolean struck) {
            if (node instanceof TextNode text) {
                current.runs.add(new Run(text.getWholeText(), struck, false));
                return;
            }
            if (!(node instanceof Element element) || skipped.contains(element) || isHidden(element)) {
                return;
            }
            String tag = element.normalName();
            if (NOT_TEXT.contains(tag)) {
                return;
            }
            if (tag.equals("br")) {
                newLine();
                return;
            }
            if (isFootnoteMarker(element)) {
                footnote(element);
                return;
            }
            if (element.hasClass("flagicon")) {
                flag(flagNation(element));
                return;
            }
            if (tag.equals("img")) {
                image(element, struck);
                return;
            }
            boolean struckHere = struck || strikes(element);
            if (tag.equals("abbr") && CODE.matcher(clean(element.text())).matches()) {
                current.runs.add(new Run(element.text(), struckHere, true));
                return;
            }
            boolean block = BLOCKS.contains(tag);
            if (block) {
                newLine();
            }
            for (Node child : element.childNodes()) {
                node(child, struckHere);
            }
            if (block) {
                newLine();
            }
        }

        private void image(Element image, boolean struck) {
            if (isFlagImage(image)) {
                flag(flagNation(image));
                return;
            }
            String alt = clean(image.attr("alt"));
            if (!alt.isEmpty() && !FILE_NAME.matcher(alt).matches()) {
                current.runs.add(new Run(" " + alt + " ", struck, false));
            }
        }

        private void flag(String nation) {
            if (nation == null) {
                return;
            }
            // A second flag after a name starts the next person: a crew written on one line.
            if (current.nation != null && current.hasText()) {
                newLine();
            }
            if (current.nation == null) {
                current.nation = nation;
            }
            current.flagged = true;
        }

        private void footnote(Element marker) {
            Element link = marker.selectFirst("a[href]");
            Footnotes.Note note = link == null ? null : footnotes.find(link.attr("href"));
            markers.add(new Content.Footnote(note != null ? note.text() : clean(marker.text()), note));
        }

        void newLine() {
            if (!current.isEmpty()) {
                current.takeCodeAsNation();
                lines.add(current);
            }
            current = new LineDraft();
        }

        Content content() {
            boolean anyStruck = false;
            boolean anyPlain = false;
            for (LineDraft line : lines) {
                for (Run run : line.runs) {
                    if (run.visible()) {
                        anyStruck |= run.struck();
                        anyPlain |= !run.struck();
                    }
                }
            }
            // Text struck through beside text that is not is what the page took back (a stage won by
            // a rider disqualified later, the next name being who has it now): read the rest.
            boolean dropStruck = anyStruck && anyPlain;
            MutableList<Cell.Line> read = Lists.mutable.empty();
            MutableList<String> leftOut = Lists.mutable.empty();
            MutableList<String> written = Lists.mutable.empty();
            for (LineDraft line : lines) {
                if (dropStruck) {
                    String struckText = clean(line.runs.stream().filter(Run::struck).map(Run::text)
                            .reduce("", String::concat));
                    if (!struckText.isEmpty()) {
                        leftOut.add(struckText);
                    }
                }
                String text = line.text(!dropStruck);
                if (dropStruck && text.isEmpty() && line.hasText()) {
                    continue;
                }
                if (text.isEmpty() && line.nation == null) {
                    continue;
                }
                read.add(new Cell.Line(line.nation, text));
                written.add(written(line.nation, text));
            }
            return new Content(written.makeString(" ").strip(), read.toImmutable(), anyStruck && !anyPlain,
                    markers.toImmutable(), leftOut.makeString(" "));
        }
    }

    /** A line as the plain article writes it: {@code FRA Name} when the flag gives a code. */
    static String written(String nation, String text) {
        if (nation != null && CODE.matcher(nation).matches()) {
            return text.isEmpty() ? nation : nation + " " + text;
        }
        return text.isEmpty() && nation != null ? nation : text;
    }
}
