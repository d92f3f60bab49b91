package org.podium.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.TimeZone;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podium.launcher.SafeExport;
import org.podium.model.Event;
import org.podium.model.Stage;
import org.podium.report.BulletinStatus;
import org.podium.report.DocumentOptions;
import org.podium.report.Labels;
import org.podium.report.Report;
import org.podium.report.Scope;
import org.podium.spi.Diagnostics;
import org.podium.spi.ExportException;
import org.podium.spi.ExportRequest;
import org.podium.spi.Exporter;
import org.podium.spi.ExporterDescriptor;
import org.podium.spi.OutputKind;
import org.podium.spi.PluginOption;
import org.podium.spi.PluginOptions;

/**
 * What every exporter must do. A plugin's test implements this interface and supplies the plugin;
 * the tests come with it. Outputs are written as the host writes them ({@link SafeExport}).
 */
public interface ExporterContract {

    /** When the sample documents are issued. */
    OffsetDateTime ISSUED_AT = OffsetDateTime.parse("2002-01-13T18:00:00Z");

    /** A new instance of the exporter under test. */
    Exporter exporter();

    /** The event the contract writes; override to use one of the plugin's own. */
    default Event sampleEvent() {
        return SampleEvents.dakarExcerpt();
    }

    /** The report of the whole sample event with default options. */
    default Report sampleReport() {
        return Report.of(sampleEvent(), DocumentOptions.defaults(ISSUED_AT));
    }

    /** Writes a report with the exporter's default options at {@code dir/name}, as the host does. */
    default Path write(Report report, Path dir, String name) throws Exception {
        return write(report, java.util.Map.of(), dir, name);
    }

    /** Writes a report with the options given as a user gives them ({@code paper -> letter}), the rest defaults. */
    default Path write(Report report, java.util.Map<String, String> options, Path dir, String name) throws Exception {
        Path target = dir.resolve(name);
        Exporter exporter = exporter();
        SafeExport.write(exporter, "test", report, PluginOptions.parse(exporter.descriptor().options(), options),
                Diagnostics.collector(), target);
        return target;
    }

    /** Writes the sample report at {@code dir/name}. */
    default Path writeSample(Path dir, String name) throws Exception {
        return write(sampleReport(), dir, name);
    }

    /**
     * Reports this exporter refuses with an {@link ExportException}: a name its fonts cannot print, a
     * table too wide for its page. None by default; override it so that the contract checks that a
     * refusal leaves the previous document as it was.
     */
    default List<Report> reportsItRefuses() {
        return List.of();
    }

    /**
     * The document's text, to compare two documents line by line; empty when it cannot be read as
     * text. The default reads a file, or every file of a folder, as UTF-8; the test of a binary
     * format overrides it (PDFBox for a PDF, POI for a workbook) so that the issue-time contract can
     * read it.
     */
    default Optional<String> textOf(Path document) throws IOException {
        List<Path> files;
        if (Files.isRegularFile(document)) {
            files = List.of(document);
        } else {
            try (Stream<Path> all = Files.walk(document)) {
                files = all.filter(Files::isRegularFile).sorted().toList();
            }
        }
        StringBuilder text = new StringBuilder();
        for (Path file : files) {
            if (files.size() > 1) {
                text.append("== ").append(document.relativize(file)).append(" ==\n");
            }
            try {
                String content = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(Files.readAllBytes(file))).toString();
                if (content.indexOf('\0') >= 0) {
                    return Optional.empty();
                }
                text.append(content).append('\n');
            } catch (CharacterCodingException binary) {
                return Optional.empty();
            }
        }
        return Optional.of(text.toString());
    }

    @Test
    default void isFoundByServiceLoader() {
        Class<? extends Exporter> type = exporter().getClass();
        assertThat(ServiceLoader.load(Exporter.class).stream().map(ServiceLoader.Provider::type))
                .as("META-INF/services/org.podium.spi.Exporter must name " + type.getName())
                .contains(type);
    }

    @Test
    default void describesItself() {
        ExporterDescriptor descriptor = exporter().descriptor();
        assertThat(descriptor.id()).as("an id a user types after --to: lower-case letters, digits, '-'")
                .matches("[a-z][a-z0-9-]*");
        assertThat(descriptor.displayName()).isNotBlank();
        assertThat(descriptor.mediaType()).contains("/");
        if (descriptor.outputKind() == OutputKind.FILE) {
            assertThat(descriptor.extensions()).as("a file exporter names its extension").isNotEmpty();
        }
        for (PluginOption<?> option : descriptor.options()) {
            assertThat(option.description()).as("option " + option.key() + " says what it does").isNotBlank();
            assertThat(option.allowed()).as("option " + option.key() + " says what it allows").isNotBlank();
        }
    }

    @Test
    default void writesExactlyItsTarget(@TempDir Path dir) throws Exception {
        Path target = writeSample(dir, "out");
        if (exporter().descriptor().outputKind() == OutputKind.FILE) {
            assertThat(target).isRegularFile();
            assertThat(Files.size(target)).isPositive();
        } else {
            assertThat(target).isDirectory();
        }
        try (Stream<Path> written = Files.list(dir)) {
            assertThat(written.filter(path -> !isCompanion(path, target)))
                    .as("nothing is written beside the target but its companions ("
                            + org.podium.spi.Companions.prefixFor(target.getFileName().toString()) + "…)")
                    .containsExactly(target);
        }
    }

    @Test
    default void sameEventAndOptionsGiveSameBytes(@TempDir Path dir) throws Exception {
        // One name in two folders: a document that links to its companions names them after itself.
        Path first = writeSample(folder(dir, "first"), "bulletin");
        Path second = writeSample(folder(dir, "second"), "bulletin");
        assertThat(snapshot(first)).isEqualTo(snapshot(second));
    }

    /**
     * The document depends on the report alone, never on the machine: the same bytes under other
     * default locales (a decimal comma, a dotless i, other digits) and time zones, two of which are
     * always on different dates. A document that prints {@code LocalDate.now()} or formats a number
     * with the machine's locale differs.
     */
    @Test
    default void sameBytesWhateverTheMachinesLocaleZoneAndDate(@TempDir Path dir) throws Exception {
        Locale display = Locale.getDefault(Locale.Category.DISPLAY);
        Locale format = Locale.getDefault(Locale.Category.FORMAT);
        Locale locale = Locale.getDefault();
        TimeZone zone = TimeZone.getDefault();
        try {
            Locale.setDefault(Locale.ROOT);
            // UTC-11: a day behind Kiritimati (UTC+14) whatever the hour.
            TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Pago_Pago"));
            String expected = snapshot(writeSample(folder(dir, "root"), "bulletin"));
            String[][] machines = {{"de-DE", "Pacific/Kiritimati"}, {"tr-TR", "Asia/Kolkata"},
                    {"ar-EG", "America/Los_Angeles"}, {"th-TH-u-nu-thai", "Pacific/Kiritimati"}};
            for (String[] machine : machines) {
                Locale.setDefault(Locale.forLanguageTag(machine[0]));
                TimeZone.setDefault(TimeZone.getTimeZone(machine[1]));
                assertThat(snapshot(writeSample(folder(dir, machine[0]), "bulletin")))
                        .as("the document written where the locale is " + machine[0] + " and the zone " + machine[1])
                        .isEqualTo(expected);
            }
        } finally {
            Locale.setDefault(locale);
            Locale.setDefault(Locale.Category.DISPLAY, display);
            Locale.setDefault(Locale.Category.FORMAT, format);
            TimeZone.setDefault(zone);
        }
    }

    /**
     * Every value of every option the exporter declares (each word of a choice, both flags, a
     * number's ends), and every option a run gives every exporter: each bulletin status, another
     * issue time in another zone, a numbered bulletin, no checks, no charts, an amendment with
     * changes to list and one without. Each is written.
     */
    @Test
    default void writesWithEveryValueOfEveryOption(@TempDir Path dir) throws Exception {
        int written = 0;
        for (PluginOption<?> option : exporter().descriptor().options()) {
            for (String value : option.examples()) {
                assertThat(write(sampleReport(), java.util.Map.of(option.key(), value), dir, "option-" + (written++)))
                        .as(option.key() + "=" + value).exists();
            }
        }
        java.util.List<DocumentOptions> shared = new java.util.ArrayList<>();
        for (BulletinStatus status : BulletinStatus.values()) {
            shared.add(DocumentOptions.builder(ISSUED_AT).status(status).build());
        }
        shared.add(DocumentOptions.builder(ISSUED_AT.plusDays(3).plusHours(7)).zone(java.time.ZoneId.of("Asia/Kolkata"))
                .bulletin(12).checks(false).build());
        shared.add(DocumentOptions.builder(ISSUED_AT).charts(false).build());
        for (DocumentOptions options : shared) {
            assertThat(write(Report.of(sampleEvent(), options), dir, "shared-" + (written++))).as(options.toString())
                    .exists();
        }
        // Amendments (convert --amends): of an earlier version that lacked the last classification,
        // so there are changes to list; and of the same version, so there are none.
        Event sample = sampleEvent();
        Event earlier = sample.withClassifications(sample.classifications().take(
                Math.max(0, sample.classifications().size() - 1)));
        DocumentOptions options = DocumentOptions.builder(ISSUED_AT).bulletin(12).build();
        assertThat(write(Report.builder(sample, options).amends(earlier, 11, "bulletin-11.csv").build(), dir,
                "amends-" + (written++))).as("an amendment of bulletin 11").exists();
        assertThat(write(Report.builder(sample, options).amends(sample, null, "bulletin-11.csv").build(), dir,
                "amends-" + (written++))).as("an amendment with no change").exists();
    }

    /**
     * Every sample event ({@link SampleEvents#all}): an empty one, one stage, classes and points,
     * Cyrillic and Greek names, a generated one of 300 crews; each is written, without exception.
     */
    @Test
    default void writesEverySampleEvent(@TempDir Path dir) throws Exception {
        int written = 0;
        for (var sample : SampleEvents.all().entrySet()) {
            Report report = Report.of(sample.getValue(), DocumentOptions.defaults(ISSUED_AT));
            assertThat(write(report, dir, "sample-" + (written++))).as(sample.getKey()).exists();
        }
    }

    /**
     * A bulletin issued at another time differs only where it prints the issue time: the same lines,
     * and where a line differs, only in digits and date words. An exporter that takes
     * the stages run so far from the issue time instead of from the report's scope fails.
     */
    @Test
    default void theIssueTimeChangesTheDocumentOnlyWhereItIsPrinted(@TempDir Path dir) throws Exception {
        // A week earlier, in the middle of the sample event; another hour and minute too, so that
        // every printed field of the time changes.
        OffsetDateTime other = ISSUED_AT.minusDays(7).minusHours(3).minusMinutes(7);
        Optional<String> first = textOf(write(Report.of(sampleEvent(), DocumentOptions.defaults(ISSUED_AT)),
                folder(dir, "first"), "bulletin"));
        Optional<String> second = textOf(write(Report.of(sampleEvent(), DocumentOptions.defaults(other)),
                folder(dir, "second"), "bulletin"));
        Assumptions.assumeTrue(first.isPresent() && second.isPresent(),
                "the document is not UTF-8 text: override textOf(Path) to read its text, and the issue time is checked");
        List<String> before = first.get().lines().toList();
        List<String> after = second.get().lines().toList();
        assertThat(after).as("the lines of the document issued at " + other + " against " + ISSUED_AT)
                .hasSameSizeAs(before);
        for (int i = 0; i < before.size(); i++) {
            assertThat(onlyDateFieldsDiffer(before.get(i), after.get(i)))
                    .as("line " + (i + 1) + " '" + before.get(i) + "' became '" + after.get(i)
                            + "': only the printed issue time may change")
                    .isTrue();
        }
    }

    /**
     * A disk that fills up half-way through the document: the exporter says so (an
     * {@link IOException} or an {@link ExportException}), and the host deletes what was written. An
     * exporter that swallows the error, as a {@code PrintWriter} does, leaves a truncated document
     * in place as if it were complete.
     */
    @Test
    default void aFullDiskIsReportedNotSwallowed() throws Exception {
        Exporter exporter = exporter();
        Assumptions.assumeTrue(exporter.descriptor().outputKind() == OutputKind.FILE,
                "a folder exporter writes files of its own: the host's disk is not the test's to fill");
        FullDisk roomy = new FullDisk(Long.MAX_VALUE);
        exporter.write(sampleReport(), ExportRequest.toStream(roomy)
                .options(PluginOptions.defaults(exporter.descriptor().options())).build());
        FullDisk halfFull = new FullDisk(roomy.written / 2);
        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() -> exporter().write(sampleReport(),
                ExportRequest.toStream(halfFull).options(PluginOptions.defaults(exporter.descriptor().options())).build()));
        assertThat(thrown).as("writing a " + roomy.written + "-byte document to a disk full after " + halfFull.room
                + " bytes").isInstanceOfAny(IOException.class, ExportException.class);
    }

    /**
     * A report the exporter refuses ({@link #reportsItRefuses}) fails with the SPI's
     * {@link ExportException}, saying why, and leaves the previous document at the target as it was,
     * with nothing beside it.
     */
    @Test
    default void aRefusedExportLeavesThePreviousDocumentAsItWas(@TempDir Path dir) throws Exception {
        List<Report> refused = reportsItRefuses();
        Assumptions.assumeFalse(refused.isEmpty(),
                "no report it refuses: override reportsItRefuses() to check that a refusal leaves nothing behind");
        Path target = writeSample(dir, "bulletin");
        String previous = snapshot(target);
        for (Report report : refused) {
            assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> write(report, dir, "bulletin")))
                    .as("writing a report it refuses").isInstanceOf(ExportException.class)
                    .extracting(Throwable::getMessage).asString().isNotBlank();
            assertThat(snapshot(target)).as("the previous document").isEqualTo(previous);
            try (Stream<Path> written = Files.list(dir)) {
                assertThat(written.filter(path -> !isCompanion(path, target))).as("nothing left beside the target")
                        .containsExactly(target);
            }
        }
    }

    /** Every scope a run can ask for, in every language: the event as known after each stage, each category alone. */
    @Test
    default void writesEveryScopeInEveryLanguage(@TempDir Path dir) throws Exception {
        Event event = sampleEvent();
        int written = 0;
        for (String language : Labels.LANGUAGES) {
            DocumentOptions options = DocumentOptions.builder(ISSUED_AT).language(language).build();
            for (Stage stage : event.numberedStages()) {
                Report report = Report.builder(event, options).scope(Scope.of(java.util.List.of(), stage.label())).build();
                assertThat(write(report, dir, "stage-" + language + "-" + (written++))).exists();
            }
            for (var category : event.categories()) {
                Report report = Report.builder(event, options).scope(Scope.of(java.util.List.of(category.id()), null))
                        .build();
                assertThat(write(report, dir, "category-" + language + "-" + (written++))).exists();
            }
        }
    }

    /** A document's bytes, then each of its companions' (by name), or a folder's files. */
    private static String snapshot(Path path) throws IOException {
        if (Files.isRegularFile(path)) {
            StringBuilder all = new StringBuilder(java.util.HexFormat.of().formatHex(Files.readAllBytes(path)));
            try (Stream<Path> beside = Files.list(path.getParent())) {
                for (Path companion : beside.filter(file -> isCompanion(file, path)).sorted().toList()) {
                    all.append('\n').append(companion.getFileName().toString()
                            .substring(org.podium.spi.Companions.prefixFor(path.getFileName().toString()).length()))
                            .append('\n').append(java.util.HexFormat.of().formatHex(Files.readAllBytes(companion)));
                }
            }
            return all.toString();
        }
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.walk(path)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                all.append(path.relativize(file)).append('\n')
                        .append(java.util.HexFormat.of().formatHex(Files.readAllBytes(file))).append('\n');
            }
        }
        return all.toString();
    }

    private static Path folder(Path dir, String name) throws IOException {
        return Files.createDirectories(dir.resolve(name));
    }

    /** A file the host wrote beside the document as one of its {@link org.podium.spi.Companions}. */
    private static boolean isCompanion(Path file, Path document) {
        String name = file.getFileName().toString();
        String prefix = org.podium.spi.Companions.prefixFor(document.getFileName().toString());
        return !file.equals(document) && name.startsWith(prefix)
                && org.podium.spi.Companions.SUFFIX.matcher(name.substring(prefix.length())).matches();
    }

    /**
     * Whether two lines differ only in date and time fields: cut into runs of digits, of letters and
     * of anything else, they have the same runs but for some digits and short words (a month, a
     * weekday, AM/PM) — so a line may print the time twice ({@code <time datetime="2002-01-13T18:00Z">
     * 13 Jan 18:00</time>}) — and never more than a dozen of them.
     */
    private static boolean onlyDateFieldsDiffer(String before, String after) {
        if (before.equals(after)) {
            return true;
        }
        List<String> a = runs(before);
        List<String> b = runs(after);
        if (a.size() != b.size()) {
            return false;
        }
        int changed = 0;
        for (int i = 0; i < a.size(); i++) {
            String x = a.get(i);
            String y = b.get(i);
            if (x.equals(y)) {
                continue;
            }
            boolean digits = Character.isDigit(x.codePointAt(0)) && Character.isDigit(y.codePointAt(0));
            boolean word = Character.isLetter(x.codePointAt(0)) && Character.isLetter(y.codePointAt(0))
                    && x.length() <= 10 && y.length() <= 10;
            if (!(digits || word) || ++changed > 12) {
                return false;
            }
        }
        return true;
    }

    /** The line cut where it goes from digits to letters to anything else. */
    private static List<String> runs(String line) {
        List<String> runs = new java.util.ArrayList<>();
        int start = 0;
        for (int i = 0; i < line.length(); ) {
            int next = i + Character.charCount(line.codePointAt(i));
            if (next == line.length() || kind(line.codePointAt(next)) != kind(line.codePointAt(i))) {
                runs.add(line.substring(start, next));
                start = next;
            }
            i = next;
        }
        return runs;
    }

    private static int kind(int codePoint) {
        return Character.isDigit(codePoint) ? 0 : Character.isLetter(codePoint) ? 1 : 2;
    }
}
