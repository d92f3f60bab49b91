package org.podium.importers.csv.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.eclipse.collections.api.factory.Lists;
import org.podium.exporters.csv.CsvPackageExporter;
import org.podium.generator.GeneratorSettings;
import org.podium.generator.TimingSheetGenerator;
import org.podium.importers.csv.CsvImporter;
import org.podium.importers.csv.RaceFolders;
import org.podium.importers.wiki.WikiImporter;
import org.podium.launcher.SafeExport;
import org.podium.model.Event;
import org.podium.report.DocumentOptions;
import org.podium.report.Report;
import org.podium.spi.DetectionInput;
import org.podium.spi.Diagnostics;
import org.podium.spi.Exporter;
import org.podium.spi.ImportException;
import org.podium.spi.ImportRequest;
import org.podium.spi.PluginOptions;
import org.podium.testkit.RealResults;
import org.podium.testkit.SampleArticles;
import org.podium.testkit.SampleEvents;
import org.podium.testkit.fuzz.Choices;
import org.podium.testkit.fuzz.ImportFuzzing;
import org.podium.testkit.fuzz.Mutator;

/**
 * The csv importer under fuzzing: what it is fed (seeds), how the seeds are damaged, and what it
 * must do with the result ({@link ImportFuzzing#endsCleanly}). Shared by the fuzz test, the
 * regression test of every input that ever failed, and the test of large inputs.
 *
 * <p>Seeds: the test resources ({@code corpus/}, the real files, and {@code samples/}), the shared
 * corpus's CSV files when {@code ../shared/corpus} is there, {@code podium generate} sheets, and data
 * packages the csv exporter writes from the bundled article, the generated sheet and real results,
 * and a race folder of the generated sheet.
 */
final class CsvFuzzing {

    /** Where inputs that broke a rule are kept; copy them to {@code src/test/resources/fuzz-regressions/}. */
    static final Path FINDINGS = Path.of("target", "fuzz-findings");
    private static final Path WORK = Path.of("target", "fuzz-work");
    private static final int HEAD_BYTES = 8 * 1024;
    /** Large enough for a quadratic reading to overrun its 4.6 s by far, small enough for many runs a second. */
    private static final int MAX_LENGTH = 256 * 1024;
    private static final DocumentOptions OPTIONS = DocumentOptions.defaults(OffsetDateTime.parse("2026-01-13T18:00:00Z"));

    private final List<Seed> tables;
    private final List<Map<String, byte[]>> packages;
    private final Mutator mutator;
    private final Mutator packageMutator;

    /** A seed file: its name (its extension matters to the importer) and its bytes. */
    record Seed(String name, byte[] bytes) {
    }

    private static CsvFuzzing instance;

    private CsvFuzzing() throws Exception {
        this.tables = tableSeeds();
        this.packages = packageSeeds(tables);
        List<byte[]> donors = new ArrayList<>(tables.stream().map(Seed::bytes).toList());
        packages.forEach(pkg -> donors.addAll(pkg.values()));
        this.mutator = Mutator.builder().donors(donors)
                .tokens(",", ";", "\t", "|", "#", "\"", "\"\"", "\n", "\r\n", "# event: ", "# start: ", "# ",
                        "category", "stage", "number", "crew", "nationality", "make", "entrant", "time", "penalty",
                        "penalty reason", "status", "Pos", "Pos.", "Position", "No", "No.", "Driver", "Co-driver",
                        "Gap", "Diff", "Difference", "Points", "Pts", "Class", "Class pos", "Laps", "Grid", "Rnk",
                        "Team", "Nat", "DNF", "DNS", "DSQ", "Ret", "WD", "NC", "awarded", "Abandon", "+1 lap",
                        "+99999 laps", "s.t.", ",,", "1. (10.)", "(0.)", "km", "Date", "Start", "Finish", "Distance",
                        "SS1", "SS", "P", "Prologue", "Stage", "bikes", "cars", "trucks", "quads", "\uFEFF",
                        "=SUM(A1)", "0:020:02", "48:00:59", "39:09.726", "2h28m50.8s", "1h 02' 03\"", "46.11.30",
                        "+0:22", "+5.789", "+ 3m30.8s", "+ 00.22.01", "+ 1' 28\"", "3.57", "1/2", "2026-01-03",
                        "31/12/2026", "3 January 2026", "Rest day", "Liaison", "Cancelled", " / ", "\u0000", "\u001b[2J")
                .nesting("\"", "\"").nesting("\"\"", "\"\"").nesting("(", ")").nesting("[", "]")
                .maxLength(MAX_LENGTH).build();
        this.packageMutator = Mutator.builder().donors(donors)
                .tokens(",", "\"", "\n", "true", "false", "stage", "general", "final", "reported", "computed",
                        "classified", "retired", "disqualified", "not-started", "not-classified", "run", "cancelled",
                        "liaison", "infobox.", "name", "start_date", "finish_date", "-1", "0", "99999999999",
                        "9223372036854775808", "0:00:00", "1:00:00.5", " / ", "n1", "e1", "e999")
                .nesting("\"", "\"").nesting("{", "}").nesting("[", "]")
                .maxLength(MAX_LENGTH).build();
        warmUp();
    }

    /**
     * Reads every seed once, unbounded: the classes a first reading loads and initialises would
     * otherwise count against the first input's time.
     */
    private void warmUp() throws IOException, ImportException {
        for (Seed seed : tables) {
            try {
                new CsvImporter().read(ImportRequest.of(write("warm-up" + extension(seed.name()), seed.bytes()),
                        Diagnostics.collector()));
            } catch (ImportException refused) {
                // Not every sample is a table the importer reads alone; refusing is fine.
            }
        }
        new CsvImporter().read(ImportRequest.of(writePackage(packages.get(0)), Diagnostics.collector()));
    }

    static synchronized CsvFuzzing instance() {
        if (instance == null) {
            try {
                instance = new CsvFuzzing();
            } catch (Exception e) {
                throw new IllegalStateException("the fuzzing seeds could not be prepared", e);
            }
        }
        return instance;
    }

    /** One fuzzing step: a table or a data package, damaged as {@code choices} say, then read. */
    void fuzzOnce(Choices choices) throws IOException {
        switch (choices.pick(0, 4)) {
            case 0, 1, 2 -> {
                Seed seed = tables.get(choices.pick(0, tables.size() - 1));
                byte[] bytes = mutator.mutate(seed.bytes(), choices);
                String name = switch (choices.pick(0, 4)) {
                    case 1 -> "input.tsv";
                    case 2 -> "input.txt";
                    default -> "input" + extension(seed.name());
                };
                checkFile(write(name, bytes), bytes);
            }
            case 3 -> {
                Map<String, byte[]> files = new LinkedHashMap<>(packages.get(choices.pick(0, packages.size() - 1)));
                List<String> names = new ArrayList<>(files.keySet());
                int damaged = choices.pick(1, 3);
                for (int i = 0; i < damaged; i++) {
                    String name = names.get(choices.pick(0, names.size() - 1));
                    if (choices.pick(0, 9) == 0) {
                        files.remove(name);
                    } else if (files.containsKey(name)) {
                        files.put(name, packageMutator.mutate(files.get(name), choices));
                    }
                }
                checkPackage(writePackage(files), choices.pick(0, 1) == 1);
            }
            default -> {
                // Bytes the fuzzer makes up from nothing, for what no seed resembles.
                byte[] bytes = choices.bytes(4096);
                checkFile(write("input.csv", bytes), bytes);
            }
        }
    }

    /** Detects and reads one file: an event or an import error, in time, nothing else. */
    static void checkFile(Path file, byte[] bytes) {
        String name = file.getFileName().toString();
        ImportFuzzing.endsCleanly("csv importer on " + name, bytes.length, () -> {
            CsvImporter importer = new CsvImporter();
            importer.detect(new DetectionInput(name, false, Arrays.copyOf(bytes, Math.min(bytes.length, HEAD_BYTES)),
                    Lists.immutable.empty()));
            importer.read(ImportRequest.of(file, Diagnostics.collector()));
        }, () -> ImportFuzzing.keep(FINDINGS.resolve("csv"), bytes, extension(name)));
    }

    /** Reads a data package, by its folder or by its {@code datapackage.json}. */
    static void checkPackage(Path folder, boolean byDescriptor) throws IOException {
        long bytes = size(folder);
        ImportFuzzing.endsCleanly("csv importer on the package " + folder.getFileName(), bytes, () -> {
            CsvImporter importer = new CsvImporter();
            List<String> listing = listing(folder);
            importer.detect(new DetectionInput(folder.getFileName().toString(), true, new byte[0],
                    Lists.immutable.ofAll(listing)));
            Path input = byDescriptor ? folder.resolve("datapackage.json") : folder;
            importer.read(ImportRequest.of(input, Diagnostics.collector()));
        }, () -> keepPackage(folder));
    }

    /** Writes an input to read under {@code name} in the module's scratch folder. */
    static Path write(String name, byte[] bytes) throws IOException {
        Files.createDirectories(WORK);
        return Files.write(WORK.resolve(name), bytes);
    }

    private static Path writePackage(Map<String, byte[]> files) throws IOException {
        Path folder = WORK.resolve("package");
        if (Files.isDirectory(folder)) {
            for (Path file : listingPaths(folder)) {
                Files.delete(file);
            }
        }
        Files.createDirectories(folder);
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            Files.write(folder.resolve(file.getKey()), file.getValue());
        }
        return folder;
    }

    private static Path keepPackage(Path folder) throws IOException {
        StringBuilder all = new StringBuilder();
        for (Path file : listingPaths(folder)) {
            all.append(file.getFileName()).append('\n').append(ImportFuzzing.digest(Files.readAllBytes(file)));
        }
        Path kept = FINDINGS.resolve("package").resolve(ImportFuzzing.digest(all.toString().getBytes(StandardCharsets.UTF_8)));
        Files.createDirectories(kept);
        for (Path file : listingPaths(folder)) {
            Files.copy(file, kept.resolve(file.getFileName().toString()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        return kept;
    }

    private static List<Path> listingPaths(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.sorted().toList();
        }
    }

    private static List<String> listing(Path folder) throws IOException {
        return listingPaths(folder).stream().map(p -> p.getFileName().toString()).toList();
    }

    private static long size(Path folder) throws IOException {
        long total = 0;
        for (Path file : listingPaths(folder)) {
            total += Files.size(file);
        }
        return total;
    }

    static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot);
    }

    /** The tables of the test resources and the shared corpus, and generated timing sheets. */
    private static List<Seed> tableSeeds() throws IOException, URISyntaxException {
        List<Seed> seeds = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String folder : new String[] {"/corpus", "/samples"}) {
            addFiles(seeds, seen, resourceFolder(folder));
        }
        Path shared = sharedCorpus();
        if (shared != null) {
            addFiles(seeds, seen, shared);
        }
        for (GeneratorSettings settings : new GeneratorSettings[] {new GeneratorSettings(6, 2, 1),
            new GeneratorSettings(24, 4, 7), new GeneratorSettings(60, 6, 11)}) {
            TimingSheetGenerator generator = new TimingSheetGenerator(settings);
            seeds.add(new Seed("generated-" + settings.seed() + ".csv",
                    generator.writeToString().getBytes(StandardCharsets.UTF_8)));
        }
        return List.copyOf(seeds);
    }

    private static void addFiles(List<Seed> seeds, Set<String> seen, Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.sorted(Comparator.naturalOrder()).toList()) {
                String name = file.getFileName().toString();
                if (name.endsWith(".csv") || name.endsWith(".tsv") || (name.endsWith(".txt") && !name.equals("README.md"))) {
                    byte[] bytes = Files.readAllBytes(file);
                    if (seen.add(ImportFuzzing.digest(bytes))) {
                        seeds.add(new Seed(name, bytes));
                    }
                }
            }
        }
    }

    /** Data packages written by the csv exporter: the bundled article, real results, a generated sheet. */
    private static List<Map<String, byte[]>> packageSeeds(List<Seed> tables) throws Exception {
        Path dir = WORK.resolve("seed-packages");
        deleteTree(dir);
        Files.createDirectories(dir);
        List<Event> events = new ArrayList<>();
        events.add(SampleEvents.dakarExcerpt());
        events.add(RealResults.portugal1974WithClasses());
        events.add(RealResults.sepang2008());
        events.add(new WikiImporter().read(ImportRequest.of(SampleArticles.dakar2002(dir), Diagnostics.collector())));
        Seed generated = tables.stream().filter(s -> s.name().startsWith("generated-7")).findFirst().orElseThrow();
        Path sheet = Files.write(dir.resolve(generated.name()), generated.bytes());
        events.add(new CsvImporter().read(ImportRequest.of(sheet, Diagnostics.collector())));
        List<Map<String, byte[]>> packages = new ArrayList<>();
        Exporter exporter = new CsvPackageExporter();
        for (int i = 0; i < events.size(); i++) {
            Path target = dir.resolve("package-" + i);
            SafeExport.write(exporter, "test", Report.of(events.get(i), OPTIONS),
                    PluginOptions.defaults(exporter.descriptor().options()), Diagnostics.collector(), target);
            Map<String, byte[]> files = new LinkedHashMap<>();
            for (Path file : listingPaths(target)) {
                files.put(file.getFileName().toString(), Files.readAllBytes(file));
            }
            packages.add(Map.copyOf(files));
        }
        packages.add(raceFolder(generated, dir.resolve("race-folder")));
        return List.copyOf(packages);
    }

    /**
     * A race folder of the same generated race: its entry list and stage files (half as start and
     * finish), an itinerary, the stewards' penalties and statuses, and a file that is not a table.
     */
    private static Map<String, byte[]> raceFolder(Seed generated, Path folder) throws IOException {
        RaceFolders.split(new String(generated.bytes(), StandardCharsets.UTF_8), folder);
        Files.writeString(folder.resolve("itinerary.csv"), "stage,date,distance\n1,2026-01-03,420\n"
                + "2,2026-01-04,380\n3,2026-01-05,512\n4,2026-01-06,455\n5,2026-01-07,300\n");
        Files.writeString(folder.resolve("penalties.csv"), "number,stage,penalty,reason\n1,2,0:05:00,speeding\n"
                + "200,1,0:01:00,\n");
        Files.writeString(folder.resolve("statuses.csv"), "number,stage,status,reason\n1,3,DSQ,refuelling\n");
        Files.writeString(folder.resolve("README.md"), "# The results office\n");
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (Path file : listingPaths(folder)) {
            files.put(file.getFileName().toString(), Files.readAllBytes(file));
        }
        return Map.copyOf(files);
    }

    /** A folder of the test class path, such as {@code /samples}. */
    static Path resourceFolder(String name) throws URISyntaxException {
        return ImportFuzzing.resourceFolder(CsvFuzzing.class, name);
    }

    static Path sharedCorpus() {
        return ImportFuzzing.sharedCorpus();
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
