package org.podium.launcher;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.list.MutableList;
import org.podium.model.Category;
import org.podium.model.Entry;
import org.podium.model.Event;
import org.podium.model.Penalty;
import org.podium.model.Person;
import org.podium.model.Place;
import org.podium.model.SourcePosition;
import org.podium.model.Stage;
import org.podium.model.StageCategory;
import org.podium.model.StageStatus;
import org.podium.model.StageTypes;
import org.podium.report.Report;
import org.podium.spi.DetectionInput;
import org.podium.spi.Diagnostic;
import org.podium.spi.ExportException;
import org.podium.spi.ExportRequest;
import org.podium.spi.Exporter;
import org.podium.spi.ExporterDescriptor;
import org.podium.spi.ImportException;
import org.podium.spi.ImportRequest;
import org.podium.spi.Importer;
import org.podium.spi.ImporterDescriptor;
import org.podium.spi.MatchStrength;
import org.podium.spi.PluginOption;

/** Small plugins that show what the launcher hands them and how it survives their failures. */
final class TestPlugins {

    private TestPlugins() {
    }

    /**
     * Reads {@code .race} files: the first line is the event's name; {@code unreadable} refuses
     * the file, {@code warning: x} reports a warning. The event has cars and trucks, stages 1 to 3,
     * and a cars penalty on stage 3.
     */
    static class RaceImporter implements Importer {
        static final PluginOption<String> SUFFIX = PluginOption.text("suffix", "appended to the event's name", "");

        @Override
        public ImporterDescriptor descriptor() {
            return ImporterDescriptor.builder("race", "Test races").mediaType("text/x-race").extensions("race")
                    .option(SUFFIX).build();
        }

        @Override
        public MatchStrength detect(DetectionInput input) {
            return input.extension().equals("race") ? MatchStrength.SOLID_MATCH : MatchStrength.NO_MATCH;
        }

        @Override
        public Event read(ImportRequest request) throws ImportException, IOException {
            List<String> lines = Files.readAllLines(request.input(), StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                SourcePosition at = SourcePosition.of(request.sourceName(), i + 1, 1);
                if (lines.get(i).equals("unreadable")) {
                    throw new ImportException(at, "this race cannot be read");
                }
                if (lines.get(i).startsWith("warning: ")) {
                    request.diagnostics().report(Diagnostic.warning(at, lines.get(i).substring(9)));
                }
            }
            return event(lines.get(0) + request.options().get(SUFFIX), request.sourceName());
        }

        static Event event(String name, String source) {
            MutableList<Stage> stages = Lists.mutable.empty();
            for (int s = 1; s <= 3; s++) {
                stages.add(new Stage(s, Integer.toString(s), LocalDate.of(2002, 1, s), new Place("A", null),
                        new Place("B", null), BigDecimal.TEN, StageTypes.SPECIAL, Lists.immutable.of(
                                new StageCategory("cars", StageStatus.RUN, null),
                                new StageCategory("trucks", StageStatus.RUN, null)), SourcePosition.UNKNOWN));
            }
            return new Event(name, null, null, null, null, source, Lists.immutable.empty(),
                    Lists.immutable.of(new Category("cars", "Cars", Lists.immutable.empty()),
                            new Category("trucks", "Trucks", Lists.immutable.empty())),
                    stages.toImmutable(),
                    Lists.immutable.of(new Entry("cars-201", "cars", 201,
                            Lists.immutable.of(new Person("Hiroshi Masuoka", "JPN")), "Mitsubishi", null, null)),
                    Lists.immutable.empty(),
                    Lists.immutable.of(new Penalty("cars-201", "3", Duration.ofMinutes(18), "late", null)),
                    Lists.immutable.empty(), Lists.immutable.empty());
        }
    }

    /** Claims {@code .crash} files, then throws while reading them, as a buggy plugin would. */
    static final class CrashingImporter implements Importer {
        @Override
        public ImporterDescriptor descriptor() {
            return ImporterDescriptor.builder("crash", "Crashes").extensions("crash").build();
        }

        @Override
        public MatchStrength detect(DetectionInput input) {
            return input.extension().equals("crash") ? MatchStrength.FULL_MATCH : MatchStrength.NO_MATCH;
        }

        @Override
        public Event read(ImportRequest request) {
            throw new NullPointerException("Cannot invoke \"String.length()\" because \"cell\" is null");
        }
    }

    /** Writes what it was handed, one fact a line, and keeps the report it got. */
    static class EchoExporter implements Exporter {
        static final PluginOption<String> GREETING =
                PluginOption.choice("greeting", "the first word", "hello", "hello", "bonjour");

        final List<Report> received = new java.util.ArrayList<>();

        @Override
        public ExporterDescriptor descriptor() {
            return ExporterDescriptor.builder("echo", "Echo").mediaType("text/plain").extensions("txt")
                    .option(GREETING).build();
        }

        @Override
        public void write(Report report, ExportRequest request) throws IOException {
            received.add(report);
            String text = request.options().get(GREETING) + "\n"
                    + "name=" + report.event().name() + "\n"
                    + "asOf=" + report.asOfStage().map(Stage::label).orElse("-") + "\n"
                    + "categories=" + report.categories().collect(Category::id).makeString(",") + "\n"
                    + "penalties=" + report.event().penalties().size() + "\n"
                    + "language=" + report.options().language() + "\n";
            request.output().write(text.getBytes(StandardCharsets.UTF_8));
        }
    }

    /** Writes half a document, then throws: a plugin's bug. */
    static final class ThrowingExporter implements Exporter {
        @Override
        public ExporterDescriptor descriptor() {
            return ExporterDescriptor.builder("boom", "Always throws").extensions("boom").build();
        }

        @Override
        public void write(Report report, ExportRequest request) throws IOException {
            OutputStream out = request.output();
            out.write("half a bulletin".getBytes(StandardCharsets.UTF_8));
            throw new IllegalStateException("a plugin bug");
        }
    }

    /** Refuses every report, as a plugin whose fonts cannot print a name would. */
    static final class RefusingExporter implements Exporter {
        @Override
        public ExporterDescriptor descriptor() {
            return ExporterDescriptor.builder("refuse", "Always refuses").extensions("no").build();
        }

        @Override
        public void write(Report report, ExportRequest request) throws ExportException, IOException {
            request.output().write("half".getBytes(StandardCharsets.UTF_8));
            throw new ExportException("the fonts cannot print this name");
        }
    }

    /** Writes a folder, as the data package does. */
    static final class FolderExporter implements Exporter {
        @Override
        public ExporterDescriptor descriptor() {
            return ExporterDescriptor.builder("dir", "A folder").mediaType("inode/directory").folder().build();
        }

        @Override
        public void write(Report report, ExportRequest request) throws IOException {
            Path folder = request.folder();
            Files.writeString(folder.resolve("index.txt"), report.event().name(), StandardCharsets.UTF_8);
        }
    }
}
