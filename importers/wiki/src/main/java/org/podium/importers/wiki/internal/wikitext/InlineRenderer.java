package org.podium.importers.wiki.internal.wikitext;

import java.text.Normalizer;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.list.MutableList;
import org.jsoup.parser.Parser;
import org.podium.importers.wiki.internal.Cell;
import org.podium.model.SourcePosition;

/**
 * Removes the markup from a fragment of wikitext, keeping what a reader of the rendered page
 * sees: link labels, the text of formatting templates, flags as nationalities, footnotes as
 * footnotes. A template it does not know is kept as its text (its last unnamed argument, or its
 * name) and counted, so the reader can say which templates it guessed at; nothing is emptied.
 */
final class InlineRenderer {

    private static final Pattern REF_TAG = Pattern.compile("<ref(?=[\\s>/])([^>]*)>", Pattern.CASE_INSENSITIVE);
    private static final Pattern REFERENCES = Pattern.compile("<references(?=[\\s>/])[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern REFERENCES_CLOSE = Pattern.compile("</references\\s*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern NOWIKI = Pattern.compile("<nowiki\\s*(/)?>", Pattern.CASE_INSENSITIVE);
    private static final Pattern NOWIKI_CLOSE = Pattern.compile("</nowiki\\s*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern TAG = Pattern.compile("<(/?)([A-Za-z][A-Za-z0-9]*)\\b([^<>]*?)(/?)>");
    private static final Pattern ENTITY = Pattern.compile("&(#\\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});");
    private static final Pattern EXTERNAL_LINK = Pattern.compile("\\[(?:https?:|ftp:|//)[^\\s\\]]*");
    private static final Pattern MAGIC_WORD = Pattern.compile("__[A-Z]+__");
    private static final Pattern HIDDEN = Pattern.compile("display\\s*:\\s*none", Pattern.CASE_INSENSITIVE);
    private static final Pattern HIDDEN_NAMESPACE = Pattern.compile(
            "(?i)\\s*(file|image|media|category)\\s*:.*|[a-z]{2,3}(-[a-z]+)?:.*");
    private static final Pattern MEDAL = Pattern.compile("(gold|silver|bronze)\\d*");
    private static final Pattern COUNTRY_CODE = Pattern.compile("[A-Z]{3}");
    private static final Pattern WHITESPACE = Pattern.compile("[\\s\\u00A0\\u2007\\u202F]+");
    private static final Pattern NUMBER = Pattern.compile("\\d+");
    private static final Pattern DISAMBIGUATION = Pattern.compile("\\s*\\(.*\\)$");

    /** Tags whose markup goes and whose content stays. */
    private static final Set<String> FORMATTING_TAGS = Set.of("small", "big", "span", "div", "center", "font",
            "sup", "sub", "u", "b", "i", "em", "strong", "abbr", "code", "p", "ins", "mark", "tt", "var", "kbd",
            "cite", "q", "bdi", "bdo", "s", "del", "strike", "dfn", "samp", "time", "data", "math",
            "chem", "ce", "poem", "pre", "section", "noinclude", "onlyinclude", "templatestyles", "wbr", "hr",
            "syntaxhighlight", "source", "caption", "ol", "ul", "li", "dl", "dt", "dd", "hiero", "rt", "rp",
            "ruby", "inputbox", "blockquote", "h1", "h2", "h3", "h4", "h5", "h6");
    /** Tags whose content is not shown. */
    private static final Set<String> HIDDEN_TAGS = Set.of("includeonly", "gallery", "timeline", "graph", "mapframe",
            "maplink", "score", "categorytree", "imagemap");
    private static final Set<String> STRUCK_TAGS = Set.of("s", "del", "strike");

    /** Templates that only lay out the page or mark it for editors: nothing a reader of the table sees. */
    private static final Set<String> SILENT = Set.of("short description", "use dmy dates", "use mdy dates",
            "use british english", "use american english", "use australian english", "engvarb", "col-begin",
            "col-start", "col-break", "col-end", "col-2", "col-3", "col-4", "col-5", "col-6", "col-float",
            "col-float-break", "col-float-end", "div col", "div col end", "colbegin", "colend", "multicol",
            "multicol-break", "multicol-end", "clear", "clr", "-", "reflist", "notelist", "references",
            "refbegin", "refend", "notes", "defaultsort:", "displaytitle:", "toc", "toc limit", "toc right",
            "portal", "portal bar", "main", "main article", "see also", "further", "anchor", "note", "note label",
            "note anchor", "sfn", "sfnp", "harvnb", "rp", "cn", "citation needed", "fact", "clarify", "dead link",
            "when", "who", "failed verification", "better source", "better source needed", "by whom",
            "verification needed", "according to whom", "update inline", "dubious", "vague", "which",
            "page needed", "full citation needed", "moresources", "more citations needed", "more footnotes",
            "refimprove", "unreferenced", "citations missing", "blp sources", "update", "expand section",
            "cleanup", "orphan", "underlinked", "dead end", "one source", "primary sources", "pp", "pp-protected",
            "pp-semi-protected", "featured article", "good article", "italic title", "lowercase title",
            "authority control", "commons category", "commons", "wikiquote", "coord missing", "flagicon image",
            "nowrap begin", "nowrap end", "end", "s-end", "s-start", "stub", "fs end", "fs start");

    private final WikiSource source;
    private final Footnotes footnotes;
    /** Unknown templates by name as written: where first seen, how often, and the text kept. */
    private final Map<String, Unknown> unknown = new LinkedHashMap<>();
    /** Footnote texts by name, once rendered; a placeholder while one is being rendered. */
    private final Map<String, String> footnoteTexts = new java.util.HashMap<>();
    /** A page closes few kinds of element, and many of each: one pattern per kind. */
    private final Map<String, Pattern> elementTags = new java.util.HashMap<>();
    private int depth;

    /** A template Podium guessed at: its first place, its count, and the text kept for it. */
    record Unknown(SourcePosition first, int count, String kept) {
    }

    InlineRenderer(WikiSource source, Footnotes footnotes) {
        this.source = source;
        this.footnotes = footnotes;
    }

    /** The templates that were kept as text, in the order first seen. */
    Map<String, Unknown> unknownTemplates() {
        return unknown;
    }

    /** Renders one range. */
    Rendered render(int from, int to) {
        return render(List.of(new int[] {from, to}), false);
    }

    /**
     * Renders ranges as one fragment (a cell whose content a nested table interrupts), each range
     * on a line of its own; with {@code propertyStyle}, line breaks are written ", " instead of
     * " " (an infobox value).
     */
    Rendered render(List<int[]> ranges, boolean propertyStyle) {
        Output out = new Output();
        for (int[] range : ranges) {
            if (out.hasContent()) {
                out.lineBreak();
            }
            renderInto(out, range[0], range[1]);
        }
        return out.build(propertyStyle);
    }

    /** The plain text of a range (a flag's code, a template's key). */
    String plain(int from, int to) {
        return render(from, to).text();
    }

    private String plain(Template.Argument argument) {
        return argument == null ? "" : plain(argument.from(), argument.to());
    }

    private void renderInto(Output out, int from, int to) {
        if (++depth > 20) {
            // A footnote that quotes itself: stop rather than loop.
            depth--;
            out.text(source.slice(from, to));
            return;
        }
        try {
            int i = from;
            while (i < to) {
                char c = source.charAt(i);
                if (c == '{' && source.startsWith("{{", i)) {
                    int end = source.constructEnd(i, to);
                    if (end > 0) {
                        template(out, Template.parse(source, i, end));
                        i = end;
                        continue;
                    }
                    out.text("{{");
                    i += 2;
                } else if (c == '[' && source.startsWith("[[", i)) {
                    int end = source.constructEnd(i, to);
                    if (end > 0) {
                        link(out, i + 2, end - 2);
                        i = end;
                        continue;
                    }
                    out.text("[[");
                    i += 2;
                } else if (c == '[') {
                    i = externalLink(out, i, to);
                } else if (c == '\'' && source.startsWith("''", i)) {
                    int n = 0;
                    while (i + n < to && source.charAt(i + n) == '\'') {
                        n++;
                    }
                    // MediaWiki: 2 italic, 3 bold, 5 both; a 4th quote is an apostrophe, more than 5 are too.
                    if (n == 4) {
                        out.text("'");
                    } else if (n > 5) {
                        out.text("'".repeat(n - 5));
                    }
                    i += n;
                } else if (c == '<') {
                    i = tag(out, i, to);
                } else if (c == '&') {
                    Matcher entity = ENTITY.matcher(source.text()).region(i, to);
                    if (entity.lookingAt()) {
                        out.text(Parser.unescapeEntities(entity.group(), false));
                        i = entity.end();
                    } else {
                        out.text("&");
                        i++;
                    }
                } else if (c == '_' && source.startsWith("__", i)) {
                    Matcher magic = MAGIC_WORD.matcher(source.text()).region(i, to);
                    if (magic.lookingAt()) {
                        i = magic.end();
                    } else {
                        out.text("_");
                        i++;
                    }
                } else if (c == '\n') {
                    i = newline(out, i + 1, to);
                } else {
                    out.text(String.valueOf(c));
                    i++;
                }
            }
        } finally {
            depth--;
        }
    }

    /** A line break inside a fragment: a list item or paragraph starts a line, a wrapped line does not. */
    private int newline(Output out, int i, int to) {
        int j = i;
        while (j < to && (source.charAt(j) == ' ' || source.charAt(j) == '\t')) {
            j++;
        }
        if (j < to && "*#:;".indexOf(source.charAt(j)) >= 0) {
            out.lineBreak();
            while (j < to && "*#:;".indexOf(source.charAt(j)) >= 0) {
                j++;
            }
            return j;
        }
        if (j < to && source.charAt(j) == '\n') {
            out.lineBreak();
            return j + 1;
        }
        out.text(" ");
        return i;
    }

    private void link(Output out, int from, int to) {
        int bar = source.findTopLevel("|", from, to);
        String target = source.slice(from, bar < 0 ? to : bar).strip();
        if (target.startsWith(":")) {
            target = target.substring(1);
        } else if (HIDDEN_NAMESPACE.matcher(target).matches()) {
            // A picture, a category or another language's article: nothing in the text.
            return;
        }
        if (bar < 0) {
            out.text(Parser.unescapeEntities(target, false));
            return;
        }
        int labelStart = bar + 1;
        if (source.slice(labelStart, to).isBlank()) {
            // The pipe trick: [[Ben Healy (cyclist)|]] shows "Ben Healy".
            out.text(Parser.unescapeEntities(DISAMBIGUATION.matcher(target).replaceAll(""), false));
            return;
        }
        renderInto(out, labelStart, to);
    }

    private int externalLink(Output out, int i, int to) {
        Matcher url = EXTERNAL_LINK.matcher(source.text()).region(i, Math.min(to, source.lineEnd(i)));
        if (!url.lookingAt()) {
            out.text("[");
            return i + 1;
        }
        int close = source.text().indexOf(']', url.end());
        if (close < 0 || close > Math.min(to, source.lineEnd(i))) {
            out.text("[");
            return i + 1;
        }
        renderInto(out, url.end(), close);
        return close + 1;
    }

    private int tag(Output out, int i, int to) {
        Matcher ref = REF_TAG.matcher(source.text()).region(i, to);
        if (ref.lookingAt()) {
            return ref(out, ref, i, to);
        }
        Matcher references = REFERENCES.matcher(source.text()).region(i, to);
        if (references.lookingAt()) {
            if (references.group().endsWith("/>")) {
                return references.end();
            }
            Matcher close = REFERENCES_CLOSE.matcher(source.text()).region(references.end(), to);
            return close.find() ? close.end() : to;
        }
        Matcher nowiki = NOWIKI.matcher(source.text()).region(i, to);
        if (nowiki.lookingAt()) {
            if (nowiki.group(1) != null) {
                return nowiki.end();
            }
            Matcher close = NOWIKI_CLOSE.matcher(source.text()).region(nowiki.end(), to);
            boolean closed = close.find();
            out.text(Parser.unescapeEntities(source.slice(nowiki.end(), closed ? close.start() : to), false));
            return closed ? close.end() : to;
        }
        Matcher tag = TAG.matcher(source.text()).region(i, to);
        if (!tag.lookingAt()) {
            out.text("<");
            return i + 1;
        }
        String name = tag.group(2).toLowerCase(Locale.ROOT);
        boolean closing = !tag.group(1).isEmpty();
        boolean selfClosing = !tag.group(4).isEmpty();
        if (name.equals("br")) {
            out.lineBreak();
            return tag.end();
        }
        if (!closing && !selfClosing && (HIDDEN_TAGS.contains(name) || HIDDEN.matcher(tag.group(3)).find())) {
            return closeOf(name, tag.end(), to);
        }
        if (!closing && STRUCK_TAGS.contains(name)) {
            out.struck = true;
        }
        if (FORMATTING_TAGS.contains(name) || HIDDEN_TAGS.contains(name)) {
            return tag.end();
        }
        out.text("<");
        return i + 1;
    }

    /** The offset after the tag that closes an element named {@code name} opened before {@code from}. */
    private int closeOf(String name, int from, int to) {
        Pattern either = elementTags.computeIfAbsent(name.toLowerCase(Locale.ROOT),
                lower -> Pattern.compile("<(/?)" + Pattern.quote(lower) + "\\b[^>]*?(/?)>", Pattern.CASE_INSENSITIVE));
        Matcher m = either.matcher(source.text()).region(from, to);
        int open = 1;
        while (m.find()) {
            if (!m.group(1).isEmpty()) {
                if (--open == 0) {
                    return m.end();
                }
            } else if (m.group(2).isEmpty()) {
                open++;
            }
        }
        return to;
    }

    private int ref(Output out, Matcher ref, int i, int to) {
        String attributes = ref.group(1);
        String name = Footnotes.nameIn(attributes);
        if (ref.group().endsWith("/>")) {
            Footnotes.Text text = name == null ? null : footnotes.named(name);
            if (text == null) {
                out.footnote("[" + (name == null ? "?" : name) + "]", null);
            } else {
                footnoteFrom(out, name, text.from(), text.to(), text.at());
            }
            return ref.end();
        }
        int end = source.constructEnd(i, to);
        if (end < 0) {
            out.text("<");
            return i + 1;
        }
        int contentEnd = source.text().lastIndexOf("</", end);
        if (source.slice(ref.end(), contentEnd).isBlank() && name != null && footnotes.named(name) != null) {
            Footnotes.Text text = footnotes.named(name);
            footnoteFrom(out, name, text.from(), text.to(), text.at());
        } else {
            footnoteFrom(out, name, ref.end(), contentEnd, i);
        }
        return end;
    }

    private void footnoteFrom(Output out, String name, int from, int to, int at) {
        String text = name == null ? plain(from, to) : footnoteText("name:" + name, from, to);
        out.footnote(text, new Rendered.RefNote(name != null ? "name:" + name : "text:" + text, text,
                source.position(at)));
    }

    // ---------------------------------------------------------------- templates

    private void template(Output out, Template t) {
        String name = t.name();
        Template.Argument first = t.positional(1);
        Template.Argument second = t.positional(2);
        switch (name) {
            case "!" -> out.text("|");
            case "=" -> out.text("=");
            case "!!" -> out.text("||");
            case "snd", "spnd", "spaced ndash", "spaced en dash", "sndash" -> out.text(" – ");
            case "ndash", "dash", "en dash" -> out.text("–");
            case "mdash", "em dash" -> out.text("—");
            case "nbsp", "sp" -> out.text(" ");
            case "'" -> out.text("'");
            case "flagicon", "flag icon", "flagdeco", "flagiconlink", "flag icon link", "flagicon link" -> {
                String nation = plain(first);
                if (!nation.isEmpty()) {
                    out.flag(nation, true);
                }
            }
            case "nowrap", "nobold", "noitalic", "small", "smaller", "big", "larger", "center", "em", "strong",
                    "vanchor", "nihongo", "sup", "sub", "nobreak", "no break", "midsize", "resize", "color",
                    "font color", "colored link", "transl", "lang", "lang-fr", "uc", "lc", "smallcaps" ->
                    keepArgument(out, t, name);
            case "sort" -> renderArgument(out, second != null ? second : first);
            case "sortname" -> {
                renderArgument(out, first);
                out.text(" ");
                renderArgument(out, second);
            }
            case "dts", "date table sorting" -> out.text(date(t));
            case "abbr", "abbrlink", "tooltip", "hover title", "abbreviation" -> renderArgument(out, first);
            case "ill", "interlanguage link", "interlanguage link multi" ->
                    renderArgument(out, t.named("lt") != null ? t.named("lt") : first);
            case "hs", "hsort", "hidden sort key" -> {
                // A key for sorting the column, hidden on the page: {{hs|78}} before DNF is no position.
            }
            case "ref", "ref label", "efn label" -> noteMark(out, first);
            case "efn", "efn-ua", "efn-lr", "efn-lg", "efn-la", "efn-ur", "refn", "notetag" -> efn(out, t, first);
            case "convert", "cvt" -> convert(out, t);
            case "yes", "yes2", "no", "no2", "n/a", "na", "dunno", "partial", "won", "lost", "win", "loss", "hmm",
                    "active", "inactive", "pending", "tba", "tbd", "nom" -> {
                if (first != null && !source.slice(first.from(), first.to()).isBlank()) {
                    renderArgument(out, first);
                } else {
                    out.text(defaultWord(name));
                }
            }
            default -> otherTemplate(out, t, name, first, second);
        }
    }

    private void otherTemplate(Output out, Template t, String name, Template.Argument first,
            Template.Argument second) {
        if (SILENT.contains(name) || name.startsWith("col-") || name.startsWith("div col") || name.endsWith("-stub")
                || name.endsWith(" stub") || name.startsWith("infobox")) {
            return;
        }
        if (MEDAL.matcher(name).matches()) {
            out.text(name.startsWith("gold") ? "1" : name.startsWith("silver") ? "2" : "3");
            return;
        }
        if (name.startsWith("flag") && (name.endsWith("athlete") || name.endsWith("medalist"))) {
            String nation = plain(second);
            if (!nation.isEmpty()) {
                out.flag(nation, true);
            }
            renderArgument(out, first);
            return;
        }
        if (name.startsWith("flag") && first != null && !plain(first).isEmpty()) {
            // {{flag|France}}, {{flagu|Norway}}, {{FlagUCIRoad|SLO}}: a flag and the country's name.
            String nation = plain(first);
            out.flag(nation, false);
            out.text(nation);
            // {{flagIOC|FRA|2008|5}}, {{flagUCIRoad|AFG||2}}: the number of athletes, shown in brackets.
            String count = plain(t.positional(3));
            if (NUMBER.matcher(count).matches()) {
                out.text(" (" + count + ")");
            }
            return;
        }
        if (COUNTRY_CODE.matcher(t.rawName()).matches() && t.arguments().isEmpty()) {
            // {{FRA}}: a flag and the country's name, which only the code gives here.
            out.flag(t.rawName(), false);
            out.text(t.rawName());
            return;
        }
        if (name.startsWith("cite ") || name.equals("citation") || name.equals("cite")) {
            out.text(citation(t));
            return;
        }
        List<Template.Argument> positionals = t.positionals();
        Output kept = new Output();
        if (positionals.isEmpty()) {
            kept.text(t.rawName());
        } else {
            Template.Argument last = positionals.get(positionals.size() - 1);
            renderInto(kept, last.from(), last.to());
        }
        Rendered text = kept.build(false);
        Unknown before = unknown.get(t.rawName());
        unknown.put(t.rawName(), before == null ? new Unknown(source.position(t.start()), 1, text.text())
                : new Unknown(before.first(), before.count() + 1, before.kept()));
        if (positionals.isEmpty()) {
            out.text(t.rawName());
        } else {
            Template.Argument last = positionals.get(positionals.size() - 1);
            renderInto(out, last.from(), last.to());
        }
    }

    /** A formatting template shows one of its arguments: the last for those that take a size or colour first. */
    private void keepArgument(Output out, Template t, String name) {
        List<Template.Argument> positionals = t.positionals();
        if (positionals.isEmpty()) {
            return;
        }
        boolean last = name.equals("resize") || name.equals("color") || name.equals("font color")
                || name.equals("colored link") || name.equals("transl") || name.equals("lang");
        renderArgument(out, last ? positionals.get(positionals.size() - 1) : positionals.get(0));
    }

    private void renderArgument(Output out, Template.Argument argument) {
        if (argument != null) {
            renderInto(out, argument.from(), argument.to());
        }
    }

    private void noteMark(Output out, Template.Argument id) {
        String key = plain(id);
        Footnotes.Text text = key.isEmpty() ? null : footnotes.note(key);
        if (text == null) {
            out.footnote("note " + key, null);
            return;
        }
        out.footnote(footnoteText("note:" + key, text.from(), text.to()).replaceFirst("^[\\s–—:-]+", "").strip(), null);
    }

    /**
     * The text of a footnote used by name, rendered once: a page marks the same note many times, and
     * a note that marks itself (or another that marks it back) must not be rendered without end.
     */
    private String footnoteText(String key, int from, int to) {
        String known = footnoteTexts.get(key);
        if (known != null) {
            return known;
        }
        footnoteTexts.put(key, "[" + key.substring(key.indexOf(':') + 1) + "]");
        String text = plain(from, to);
        footnoteTexts.put(key, text);
        return text;
    }

    private void efn(Output out, Template t, Template.Argument first) {
        Template.Argument name = t.named("name");
        if (first == null || source.slice(first.from(), first.to()).isBlank()) {
            out.footnote("[" + (name == null ? "?" : plain(name)) + "]", null);
            return;
        }
        footnoteFrom(out, name == null ? null : "efn:" + plain(name), first.from(), first.to(), t.start());
    }

    private void convert(Output out, Template t) {
        List<Template.Argument> args = t.positionals();
        if (args.isEmpty()) {
            return;
        }
        renderArgument(out, args.get(0));
        Set<String> ranges = Set.of("-", "–", "to", "and", "or", "by", "x", "×", "+", "and(-)", "to(-)");
        int unit = 1;
        while (unit + 1 < args.size() && ranges.contains(plain(args.get(unit)))) {
            out.text(" " + plain(args.get(unit)) + " ");
            renderArgument(out, args.get(unit + 1));
            unit += 2;
        }
        if (unit < args.size()) {
            out.text(" " + plain(args.get(unit)));
        }
    }

    private static String defaultWord(String name) {
        return switch (name) {
            case "yes", "yes2" -> "Yes";
            case "no", "no2" -> "No";
            case "n/a", "na" -> "N/A";
            case "dunno" -> "?";
            case "partial" -> "Partial";
            case "won", "win" -> "Won";
            case "lost", "loss" -> "Lost";
            case "active" -> "Active";
            case "inactive" -> "Inactive";
            case "pending" -> "Pending";
            case "tba" -> "TBA";
            case "tbd" -> "TBD";
            case "nom" -> "Nominated";
            default -> "";
        };
    }

    /** {{dts|2023|8|11}} as the page shows it (11 August 2023); a date written in one argument as written. */
    private String date(Template t) {
        List<String> parts = new ArrayList<>();
        for (Template.Argument argument : t.positionals()) {
            String value = plain(argument);
            if (!value.isEmpty()) {
                parts.add(value);
            }
        }
        if (parts.size() < 2 || !NUMBER.matcher(parts.get(0)).matches()) {
            return String.join(" ", parts);
        }
        String month = parts.get(1);
        if (NUMBER.matcher(month).matches()) {
            int number = Integer.parseInt(month);
            if (number >= 1 && number <= 12) {
                month = Month.of(number).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
            }
        }
        Template.Argument format = t.named("format");
        boolean mdy = format != null && plain(format).equalsIgnoreCase("mdy");
        if (parts.size() == 2) {
            return month + " " + parts.get(0);
        }
        String day = parts.get(2).replaceFirst("^0", "");
        return mdy ? month + " " + day + ", " + parts.get(0) : day + " " + month + " " + parts.get(0);
    }

    /** A citation as a note shows it: its title and where it was published. */
    private String citation(Template t) {
        String title = t.named("title") == null ? "" : plain(t.named("title"));
        String where = "";
        for (String key : List.of("website", "work", "publisher", "newspaper", "journal", "magazine")) {
            if (t.named(key) != null && !plain(t.named(key)).isEmpty()) {
                where = plain(t.named(key));
                break;
            }
        }
        if (title.isEmpty()) {
            return where.isEmpty() && t.named("url") != null ? plain(t.named("url")) : where;
        }
        return where.isEmpty() ? title : title + " (" + where + ")";
    }

    // ---------------------------------------------------------------- output

    /** The lines being written, each with the nation its flag gives. */
    private static final class Output {
        private final MutableList<StringBuilder> texts = Lists.mutable.of(new StringBuilder());
        private final MutableList<String> nations = Lists.mutable.of((String) null);
        private final MutableList<Boolean> icons = Lists.mutable.of(false);
        private final MutableList<String> footnoteTexts = Lists.mutable.empty();
        private final MutableList<Rendered.RefNote> refNotes = Lists.mutable.empty();
        boolean struck;

        void text(String text) {
            texts.getLast().append(text);
        }

        boolean hasContent() {
            return texts.anySatisfy(t -> !t.toString().isBlank()) || nations.anySatisfy(n -> n != null);
        }

        void lineBreak() {
            texts.add(new StringBuilder());
            nations.add(null);
            icons.add(false);
        }

        /** A flag starts a person of its own (a crew written on one line): a new line unless this one is empty. */
        void flag(String nation, boolean icon) {
            if (!texts.getLast().toString().isBlank() || nations.getLast() != null) {
                lineBreak();
            }
            nations.set(nations.size() - 1, nation);
            icons.set(icons.size() - 1, icon);
        }

        void footnote(String text, Rendered.RefNote note) {
            footnoteTexts.add(text);
            if (note != null) {
                refNotes.add(note);
            }
        }

        Rendered build(boolean propertyStyle) {
            MutableList<Cell.Line> lines = Lists.mutable.empty();
            MutableList<Boolean> lineIcons = Lists.mutable.empty();
            for (int i = 0; i < texts.size(); i++) {
                String text = normalise(texts.get(i).toString());
                String nation = nations.get(i) == null ? null : normalise(nations.get(i));
                if (text.isEmpty() && nation == null) {
                    continue;
                }
                if (text.isEmpty() && !lines.isEmpty() && lines.getLast().nation() == null) {
                    // A flag written after the name it belongs to.
                    lines.set(lines.size() - 1, new Cell.Line(nation, lines.getLast().text()));
                    lineIcons.set(lineIcons.size() - 1, icons.get(i));
                    continue;
                }
                lines.add(new Cell.Line(nation, text));
                lineIcons.add(icons.get(i));
            }
            MutableList<String> written = Lists.mutable.empty();
            for (int i = 0; i < lines.size(); i++) {
                Cell.Line line = lines.get(i);
                String text = line.nation() != null && lineIcons.get(i)
                        ? (line.nation() + " " + line.text()).strip() : line.text();
                written.add(text);
            }
            // One line (most cells): its own string, not a copy of it; a million cells keep 50 MB less.
            String text = written.size() == 1 ? written.getOnly() : written.makeString(propertyStyle ? ", " : " ");
            return new Rendered(text, lines.toImmutable(), struck, footnoteTexts.toImmutable(), refNotes.toImmutable());
        }

        private static String normalise(String text) {
            return Normalizer.normalize(WHITESPACE.matcher(text).replaceAll(" ").strip(), Normalizer.Form.NFC);
        }
    }
}
