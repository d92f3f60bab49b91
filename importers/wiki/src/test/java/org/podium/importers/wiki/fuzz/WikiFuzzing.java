package org.podium.importers.wiki.fuzz;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.eclipse.collections.api.factory.Lists;
import org.podium.generator.GeneratorSettings;
import org.podium.generator.TimingSheetGenerator;
import org.podium.importers.wiki.WikiImporter;
import org.podium.importers.wiki.internal.ArticleReader;
import org.podium.importers.wiki.internal.Interpreter;
import org.podium.importers.wiki.internal.PipeTableReader;
import org.podium.importers.wiki.internal.WikiDocument;
import org.podium.importers.wiki.internal.html.HtmlReader;
import org.podium.importers.wiki.internal.wikitext.WikitextReader;
import org.podium.spi.DetectionInput;
import org.podium.spi.Diagnostics;
import org.podium.spi.ImportException;
import org.podium.spi.ImportRequest;
import org.podium.testkit.SampleArticles;
import org.podium.testkit.fuzz.Choices;
import org.podium.testkit.fuzz.ImportFuzzing;
import org.podium.testkit.fuzz.Mutator;

/**
 * The wiki importer under fuzzing: what each of its readers is fed, how the seeds are damaged, and
 * what must hold ({@link ImportFuzzing#endsCleanly}). A damaged input goes through the importer as a
 * user's file does (detection, the format its content shows, the interpretation), and through the
 * reader of the format it was made from, whatever its content now looks like, then the
 * interpretation. Shared by the fuzz test, the regression test and the test of large inputs.
 *
 * <p>Seeds: the bundled article {@code 2002-dakar-rally.txt}; the test resources' wikitext and HTML
 * pages (copies of the shared corpus), and the shared corpus itself when {@code ../shared/corpus} is
 * there; bare tables cut out of the article; and {@code podium generate} sheets written as bare tables.
 */
final class WikiFuzzing {

    /** Where inputs that broke a rule are kept; copy them to {@code src/test/resources/fuzz-regressions/}. */
    static final Path FINDINGS = Path.of("target", "fuzz-findings");
    private static final Path WORK = Path.of("target", "fuzz-work");
    private static final int HEAD_BYTES = 8 * 1024;
    /** Room for the largest HTML seed to grow; a quadratic reading overruns its 7 s by far. */
    private static final int MAX_LENGTH = 512 * 1024;

    /** What a damaged input was made from, and so which reader it is fed to besides the importer. */
    enum Kind {
        ARTICLE("article", ".txt"), WIKITEXT("wikitext", ".wikitext"), HTML("html", ".html"),
        PIPE_TABLE("pipe-table", ".txt"), RAW("raw", ".txt");

        final String folder;
        final String extension;

        Kind(String folder, String extension) {
            this.folder = folder;
            this.extension = extension;
        }

        static Kind ofFolder(String folder) {
            return Arrays.stream(values()).filter(k -> k.folder.equals(folder)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no kind of input is kept in " + folder));
        }
    }

    private static WikiFuzzing instance;

    private final Map<Kind, List<byte[]>> seeds;
    private final Mutator mutator;

    private WikiFuzzing() throws IOException, URISyntaxException {
        this.seeds = seeds();
        List<byte[]> donors = new ArrayList<>();
        seeds.values().forEach(donors::addAll);
        donors.add(new TimingSheetGenerator(new GeneratorSettings(8, 2, 5)).writeToString().getBytes(StandardCharsets.UTF_8));
        this.mutator = Mutator.builder().donors(donors)
                .tokens("{|", "|}", "|-", "|+", "!", "!!", "||", "|", "\n|", "\n!", "\n|-\n", "{{", "}}", "[[", "]]", "|]]",
                        "{{{", "}}}", "<br />", "<br>", "<ref>", "</ref>", "<ref name=\"a\" />", "<!--", "-->", "<nowiki>",
                        "</nowiki>", "rowspan=\"3\"", "rowspan=\"0\"", "rowspan=\"99999\"", "rowspan=\"2147483648\"",
                        "colspan=\"2\"", "colspan=\"99999\"", "colspan=\"-1\"", "rowspan=", "colspan=", "class=\"wikitable\"",
                        "{{flagicon|FRA}}", "{{flag|France}}", "{{FRA}}", "{{nowrap|", "{{sort|", "{{dts|", "{{abbr|",
                        "{{Infobox", "<table>", "</table>", "<tr>", "</tr>", "<td>", "</td>", "<th>", "</th>", "<caption>",
                        "<td rowspan=\"99999\">", "<td colspan=\"99999\">", "<span class=\"flagicon\">", "<img alt=\"FRA\">",
                        "<sup>", "<h2>", "<h3>", "&nbsp;", "&#0;", "&#99999999;", "&amp;", "= Title =", "== Results ==",
                        "=== Stage 1 ===", "= ", " =", "- Key: ", "- ", "Pos", "Pos.", "No.", "Driver", "Rider",
                        "Competitor", "Time", "Gap", "Diff", "Points", "Class", "Laps", "Grid", "Ret", "Retired SS19", "DNF",
                        "DNS", "DSQ", "NC", "+1 lap", "s.t.", ",,", "1. (10.)", "Stage", "Bikes", "Cars", "Trucks",
                        "Motorcycles", "Penalty", "Stage result", "General classification", "Final standings",
                        "Stage cancelled", "Liaison only", "\u00a0", "\u200b", "\u202e", "\u0000", "\u001b[2J", "\r")
                .nesting("{|\n|", "\n|}\n").nesting("{{", "}}").nesting("[[", "]]").nesting("{{{", "}}}")
                .nesting("<table><tr><td>", "</td></tr></table>").nesting("<div>", "</div>").nesting("<!--", "-->")
                .nesting("<ref>", "</ref>").nesting("<b><i>", "</i></b>").nesting("=", "=").nesting("| ", " |")
                .maxLength(MAX_LENGTH).build();
        warmUp();
    }

    /**
     * Reads every seed once, unbounded: the classes a first reading loads and initialises would
     * otherwise count against the first input's time.
     */
    private void warmUp() throws IOException {
        for (Map.Entry<Kind, List<byte[]>> ofKind : seeds.entrySet()) {
            for (byte[] seed : ofKind.getValue()) {
                try {
                    readAs(ofKind.getKey(), "seed" + ofKind.getKey().extension, seed);
                } catch (ImportException refused) {
                    // A bare table cut from the article may hold nothing to read; refusing is fine.
                }
            }
        }
    }

    static synchronized WikiFuzzing instance() {
        if (instance == null) {
            try {
                instance = new WikiFuzzing();
            } catch (IOException | URISyntaxException e) {
                throw new IllegalStateException("the fuzzing seeds could not be prepared", e);
            }
        }
        return instance;
    }

    /** One fuzzing step: a seed of some format, damaged as {@code choices} say, then read. */
    void fuzzOnce(Choices choices) throws IOException {
        Kind kind = Kind.values()[choices.pick(0, Kind.values().length - 1)];
        byte[] bytes;
        if (kind == Kind.RAW) {
            // Bytes the fuzzer makes up from nothing, for what no seed resembles.
            bytes = choices.bytes(4096);
        } else {
            List<byte[]> ofKind = seeds.get(kind);
            bytes = mutator.mutate(ofKind.get(choices.pick(0, ofKind.size() - 1)), choices);
        }
        String extension = choices.pick(0, 3) == 0 ? ".txt" : kind.extension;
        check(kind, write("input" + extension, bytes), bytes);
    }

    /**
     * Detects and reads one file with the importer, and with the reader of its kind then the
     * interpretation: an event or an import error, in time, nothing else.
     */
    static void check(Kind kind, Path file, byte[] bytes) {
        check(kind, file, bytes, true);
    }

    /**
     * The same, and through the reader of its kind only when {@code byItsReader}; the importer's
     * refusal, or null when it read the file.
     */
    static ImportException check(Kind kind, Path file, byte[] bytes, boolean byItsReader) {
        String name = file.getFileName().toString();
        ImportException[] refusal = new ImportException[1];
        ImportFuzzing.endsCleanly("wiki importer on " + kind.folder + " " + name, bytes.length, () -> {
            WikiImporter importer = new WikiImporter();
            importer.detect(new DetectionInput(name, false, Arrays.copyOf(bytes, Math.min(bytes.length, HEAD_BYTES)),
                    Lists.immutable.empty()));
            try {
                importer.read(ImportRequest.of(file, Diagnostics.collector()));
            } catch (ImportException refused) {
                // Refusing is allowed; the reader of its kind is still tried below.
                refusal[0] = refused;
            }
            if (byItsReader && kind != Kind.RAW) {
                readAs(kind, name, bytes);
            }
        }, () -> ImportFuzzing.keep(FINDINGS.resolve(kind.folder), bytes, extension(name)));
        return refusal[0];
    }

    /** The reader of the kind, whatever the content looks like, then the interpretation. */
    private static void readAs(Kind kind, String name, byte[] bytes) throws ImportException {
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        Diagnostics.Collector diagnostics = Diagnostics.collector();
        WikiDocument document = switch (kind) {
            case ARTICLE -> new ArticleReader(name, diagnostics).read(text);
            case WIKITEXT -> new WikitextReader(name, diagnostics).read(text);
            case HTML -> new HtmlReader(name, diagnostics).read(text);
            case PIPE_TABLE -> new PipeTableReader(name, diagnostics).read(text);
            case RAW -> throw new IllegalArgumentException("raw bytes have no reader of their own");
        };
        new Interpreter(diagnostics).interpret(document, name);
    }

    /** Writes an input to read under {@code name} in the module's scratch folder. */
    static Path write(String name, byte[] bytes) throws IOException {
        Files.createDirectories(WORK);
        return Files.write(WORK.resolve(name), bytes);
    }

    static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot);
    }

    private static Map<Kind, List<byte[]>> seeds() throws IOException, URISyntaxException {
        Map<Kind, List<byte[]>> seeds = new EnumMap<>(Kind.class);
        for (Kind kind : Kind.values()) {
            seeds.put(kind, new ArrayList<>());
        }
        Set<String> seen = new HashSet<>();
        String article = SampleArticles.dakar2002Text();
        add(seeds, seen, Kind.ARTICLE, article.getBytes(StandardCharsets.UTF_8));
        addFiles(seeds, seen, Kind.WIKITEXT, resourceFolder("/wikitext"), ".wikitext");
        addFiles(seeds, seen, Kind.HTML, resourceFolder("/html"), ".html");
        Path shared = sharedCorpus();
        if (shared != null) {
            addFiles(seeds, seen, Kind.WIKITEXT, shared, ".wikitext");
            addFiles(seeds, seen, Kind.HTML, shared, ".html");
        }
        for (String table : tablesOf(article)) {
            add(seeds, seen, Kind.PIPE_TABLE, table.getBytes(StandardCharsets.UTF_8));
        }
        for (GeneratorSettings settings : new GeneratorSettings[] {new GeneratorSettings(6, 2, 1),
            new GeneratorSettings(30, 3, 7)}) {
            String sheet = new TimingSheetGenerator(settings).writeToString();
            add(seeds, seen, Kind.PIPE_TABLE, pipeTable(sheet).getBytes(StandardCharsets.UTF_8));
        }
        seeds.replaceAll((kind, list) -> List.copyOf(list));
        return seeds;
    }

    private static void add(Map<Kind, List<byte[]>> seeds, Set<String> seen, Kind kind, byte[] bytes) {
        if (seen.add(ImportFuzzing.digest(bytes))) {
            seeds.get(kind).add(bytes);
        }
    }

    private static void addFiles(Map<Kind, List<byte[]>> seeds, Set<String> seen, Kind kind, Path folder,
            String extension) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.sorted().toList()) {
                if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(extension)) {
                    add(seeds, seen, kind, Files.readAllBytes(file));
                }
            }
        }
    }

    /** Each run of {@code | a | b |} lines of the article, with the notes under it: a bare table. */
    static List<String> tablesOf(String article) {
        List<String> tables = new ArrayList<>();
        StringBuilder table = new StringBuilder();
        for (String line : article.split("\n", -1)) {
            if (line.startsWith("|") || !table.isEmpty() && line.startsWith("- ")) {
                table.append(line).append('\n');
            } else if (!table.isEmpty()) {
                tables.add(table.toString());
                table.setLength(0);
            }
        }
        if (!table.isEmpty()) {
            tables.add(table.toString());
        }
        return tables;
    }

    /** A generated sheet's header and rows as {@code | a | b |} lines (its comment lines left out). */
    static String pipeTable(String sheet) {
        StringBuilder table = new StringBuilder();
        for (String line : sheet.split("\n")) {
            if (line.startsWith("#") || line.isEmpty()) {
                continue;
            }
            table.append("| ").append(String.join(" | ", cells(line))).append(" |\n");
        }
        return table.toString();
    }

    /** The cells of an RFC 4180 line, as the generator writes them. */
    private static List<String> cells(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells;
    }

    /** A folder of the test class path, such as {@code /html}. */
    static Path resourceFolder(String name) throws URISyntaxException {
        return ImportFuzzing.resourceFolder(WikiFuzzing.class, name);
    }

    static Path sharedCorpus() {
        return ImportFuzzing.sharedCorpus();
    }
}
