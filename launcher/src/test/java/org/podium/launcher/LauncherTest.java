package org.podium.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.list.ImmutableList;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podium.report.DocumentOptions;
import org.podium.report.Scope;
import org.podium.spi.DetectionInput;
import org.podium.spi.Exporter;
import org.podium.spi.Importer;
import org.podium.spi.MatchStrength;
import org.podium.spi.Plugins;

class LauncherTest {

    private static final DocumentOptions OPTIONS =
            DocumentOptions.defaults(OffsetDateTime.parse("2002-01-13T18:00:00Z"));

    @TempDir
    Path dir;

    private final TestPlugins.EchoExporter echo = new TestPlugins.EchoExporter();

    private Launcher launcher(Exporter... more) {
        ImmutableList<Exporter> exporters = Lists.immutable.<Exporter>of(echo, new TestPlugins.FolderExporter())
                .newWithAll(List.of(more));
        return new Launcher(Plugins.of(Lists.immutable.of(new TestPlugins.RaceImporter(),
                new TestPlugins.CrashingImporter()), exporters, Lists.immutable.empty()));
    }

    @Test
    void aPluginThatThrowsInWriteFailsOnlyItsOwnOutputNamedAndTheOthersAreWritten() throws Exception {
        Path race = race("dakar.race", "Dakar 2002");
        Path out = dir.resolve("out");
        Files.createDirectories(out);
        Files.writeString(out.resolve("dakar-2002.boom"), "yesterday's bulletin");
        Recorder heard = new Recorder();

        RunResult result = launcher(new TestPlugins.ThrowingExporter())
                .convert(ConversionRequest.builder(out, OPTIONS).build(), List.of(Input.of(race)), heard);

        assertThat(result.outcome(false)).isEqualTo(RunResult.Outcome.PROBLEMS);
        assertThat(result.outputsWritten()).isEqualTo(2);
        assertThat(out.resolve("dakar-2002.txt")).content(StandardCharsets.UTF_8)
                .startsWith("hello\nname=Dakar 2002\n");
        assertThat(out.resolve("dakar-2002").resolve("index.txt")).hasContent("Dakar 2002");
        assertThat(heard.failures).containsExactly("dakar.race: dakar-2002.boom not written: the exporter 'boom'"
                + " (test-classes) failed while writing: IllegalStateException: a plugin bug");
        assertThat(heard.causes).singleElement().isInstanceOf(IllegalStateException.class);
        assertThat(out.resolve("dakar-2002.boom")).as("the previous output stays").hasContent("yesterday's bulletin");
        assertThat(listing(out)).as("no temporary file is left behind")
                .containsExactlyInAnyOrder("dakar-2002", "dakar-2002.boom", "dakar-2002.txt");
    }

    @Test
    void aRefusedOutputLeavesNothingAndIsAnErrorNotABug() throws Exception {
        Path out = dir.resolve("out");
        Recorder heard = new Recorder();
        RunResult result = launcher(new TestPlugins.RefusingExporter()).convert(
                ConversionRequest.builder(out, OPTIONS).exporters(List.of("refuse")).build(),
                List.of(Input.of(race("a.race", "A"))), heard);
        assertThat(heard.failures)
                .containsExactly("a.race: refuse: a.no not written: the fonts cannot print this name");
        assertThat(heard.causes).containsOnlyNulls();
        assertThat(listing(out)).isEmpty();
        assertThat(result.errors()).isEqualTo(1);
    }

    @Test
    void anImporterThatThrowsFailsItsInputAloneAndTheNextInputIsConverted() throws Exception {
        Path crash = Files.writeString(dir.resolve("bad.crash"), "x");
        Path good = race("good.race", "Good Rally");
        Recorder heard = new Recorder();
        RunResult result = launcher().convert(
                ConversionRequest.builder(dir.resolve("out"), OPTIONS).exporters(List.of("echo")).build(),
                List.of(Input.of(crash), Input.of(good)), heard);
        assertThat(heard.failures).containsExactly("bad.crash: the importer 'crash' (test-classes) failed while"
                + " reading: NullPointerException: Cannot invoke \"String.length()\" because \"cell\" is null");
        assertThat(result.inputs()).extracting(InputResult::status)
                .containsExactly(InputResult.Status.UNREADABLE, InputResult.Status.READ);
        assertThat(dir.resolve("out/good-rally.txt")).exists();
        assertThat(result.outcome(false)).isEqualTo(RunResult.Outcome.PROBLEMS);
    }

    @Test
    void aDetectorThatThrowsFailsTheInputNamingThePlugin() throws Exception {
        Importer broken = new TestPlugins.RaceImporter() {
            @Override
            public MatchStrength detect(DetectionInput input) {
                throw new UnsupportedOperationException("no");
            }
        };
        Launcher launcher = new Launcher(Plugins.of(Lists.immutable.of(broken), Lists.immutable.of(echo),
                Lists.immutable.empty()));
        Recorder heard = new Recorder();
        launcher.convert(ConversionRequest.builder(dir, OPTIONS).build(), List.of(Input.of(race("a.race", "A"))),
                heard);
        assertThat(heard.failures).singleElement().asString()
                .startsWith("a.race: the importer 'race' (").endsWith(") failed while detecting a.race:"
                        + " UnsupportedOperationException: no");
    }

    @Test
    void everyExporterGetsTheSameReportBuiltOnceWithItsScope() throws Exception {
        TestPlugins.EchoExporter second = new TestPlugins.EchoExporter() {
            @Override
            public org.podium.spi.ExporterDescriptor descriptor() {
                return org.podium.spi.ExporterDescriptor.builder("echo2", "Echo again").extensions("txt2")
                        .option(GREETING).build();
            }
        };
        RunResult result = launcher(second).convert(ConversionRequest.builder(dir.resolve("out"), OPTIONS)
                .scope(Scope.of(List.of("CARS"), "2")).exporters(List.of("echo", "echo2")).build(),
                List.of(Input.of(race("a.race", "A"))), new Recorder());
        assertThat(echo.received).hasSize(1);
        assertThat(second.received).singleElement().isSameAs(echo.received.get(0));
        assertThat(dir.resolve("out/a-cars-stage2.txt")).content(StandardCharsets.UTF_8)
                .contains("asOf=2\n", "categories=cars\n", "penalties=0\n");
        assertThat(result.outcome(false)).isEqualTo(RunResult.Outcome.DONE);
    }

    @Test
    void aSmallEventsOutputsAreWrittenSideBySideAndToldInTheExportersOrder() throws Exception {
        Assumptions.assumeTrue(Runtime.getRuntime().availableProcessors() > 1, "one processor: one after the other");
        CountDownLatch secondStarted = new CountDownLatch(1);
        List<Boolean> firstMetSecond = new ArrayList<>();
        TestPlugins.EchoExporter first = new TestPlugins.EchoExporter() {
            @Override
            public void write(org.podium.report.Report report, org.podium.spi.ExportRequest request)
                    throws java.io.IOException {
                try {
                    // Written one after the other, the second would start only after this gave up.
                    firstMetSecond.add(secondStarted.await(30, TimeUnit.SECONDS));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                super.write(report, request);
            }
        };
        TestPlugins.EchoExporter second = new TestPlugins.EchoExporter() {
            @Override
            public org.podium.spi.ExporterDescriptor descriptor() {
                return org.podium.spi.ExporterDescriptor.builder("echo2", "Echo again").extensions("txt2")
                        .option(GREETING).build();
            }

            @Override
            public void write(org.podium.report.Report report, org.podium.spi.ExportRequest request)
                    throws java.io.IOException {
                secondStarted.countDown();
                super.write(report, request);
            }
        };
        Launcher launcher = new Launcher(Plugins.of(Lists.immutable.of(new TestPlugins.RaceImporter()),
                Lists.immutable.of(first, second), Lists.immutable.empty()));
        Recorder heard = new Recorder();
        launcher.convert(ConversionRequest.builder(dir.resolve("out"), OPTIONS).build(),
                List.of(Input.of(race("a.race", "A"))), heard);
        assertThat(firstMetSecond).containsExactly(true);
        assertThat(heard.written).containsExactly("echo a.txt", "echo2 a.txt2");
    }

    @Test
    void anUnknownCategoryOrStageIsOneUsageMessageAndNothingIsWritten() throws Exception {
        Recorder heard = new Recorder();
        RunResult result = launcher().convert(
                ConversionRequest.builder(dir.resolve("out"), OPTIONS).scope(Scope.of(List.of("quadz"), null)).build(),
                List.of(Input.of(race("a.race", "A"))), heard);
        assertThat(heard.failures).containsExactly("a.race: no category 'quadz' in this event; its categories are"
                + " cars, trucks");
        assertThat(result.outcome(false)).isEqualTo(RunResult.Outcome.USAGE);
        assertThat(dir.resolve("out")).doesNotExist();
        assertThat(heard.checked).as("no checks summary for an input refused for its scope").isZero();
    }

    @Test
    void aBadPluginOptionIsAUsageErrorBeforeAnyInputIsRead() throws Exception {
        Recorder heard = new Recorder();
        ConversionRequest request = ConversionRequest.builder(dir.resolve("out"), OPTIONS)
                .pluginOptions(Map.of("echo.greeting", "salut")).build();
        assertThatThrownBy(() -> launcher().prepare(request))
                .isInstanceOf(UsageException.class)
                .hasMessage("-O echo.greeting=salut: 'salut' is not a value of echo.greeting; allowed: hello, bonjour");
        assertThat(heard.read).isZero();
        assertThat(dir.resolve("out")).doesNotExist();
        assertThatThrownBy(() -> launcher().convert(ConversionRequest.builder(dir, OPTIONS)
                .pluginOptions(Map.of("echo.colour", "red")).build(), List.of(), heard))
                .hasMessage("-O echo.colour=red: echo has no option 'colour'; its options: greeting");
        assertThatThrownBy(() -> launcher().convert(ConversionRequest.builder(dir, OPTIONS)
                .pluginOptions(Map.of("pdf.paper", "a4")).build(), List.of(), heard))
                .hasMessage("-O pdf.paper=a4: no format 'pdf'; available: crash, dir, echo, race");
    }

    @Test
    void pluginOptionsReachTheirPluginTypedWithDefaultsApplied() throws Exception {
        launcher().convert(ConversionRequest.builder(dir.resolve("out"), OPTIONS)
                .pluginOptions(Map.of("echo.greeting", "BONJOUR", "race.suffix", " Rally")).exporters(List.of("echo"))
                .languageInNames(true).build(), List.of(Input.of(race("a.race", "A"))), new Recorder());
        assertThat(dir.resolve("out/a-rally-en.txt")).content(StandardCharsets.UTF_8)
                .startsWith("bonjour\nname=A Rally\n");
    }

    @Test
    void twoInputsThatWouldWriteTheSameOutputDoNotOverwriteEachOther() throws Exception {
        Path first = race("one.race", "Same Rally");
        Files.createDirectories(dir.resolve("b"));
        Path second = Files.writeString(dir.resolve("b/two.race"), "Same Rally\n");
        Recorder heard = new Recorder();
        RunResult result = launcher().convert(
                ConversionRequest.builder(dir.resolve("out"), OPTIONS).exporters(List.of("echo")).build(),
                List.of(Input.of(first), Input.of(second)), heard);
        assertThat(heard.failures).singleElement().asString().startsWith("two.race: not written to ")
                .endsWith(", which one.race gave already in this run; convert them separately or with --out");
        assertThat(result.outputsWritten()).isEqualTo(1);
    }

    @Test
    void checkGivesEachInputsFindingsAndWarnings() throws Exception {
        Path warned = Files.writeString(dir.resolve("w.race"), "W\nwarning: odd cell\n");
        Recorder heard = new Recorder();
        RunResult result = launcher().check(CheckRequest.builder().build(), List.of(Input.of(warned)), heard);
        assertThat(result.warnings()).isEqualTo(1);
        assertThat(result.outcome(false)).isEqualTo(RunResult.Outcome.DONE);
        assertThat(result.outcome(true)).isEqualTo(RunResult.Outcome.STRICT);
        assertThat(heard.checked).isEqualTo(1);
        assertThat(heard.diagnostics).containsExactly("w.race:2:1: warning: odd cell");
    }

    @Test
    void aThousandWarningsOfAKindAreListedAndTheRestCountedInOneLine() throws Exception {
        Path noisy = Files.writeString(dir.resolve("n.race"), "N\n" + "warning: odd cell\n".repeat(1_500)
                + "warning: another thing\n");
        Recorder heard = new Recorder();
        launcher().check(CheckRequest.builder().build(), List.of(Input.of(noisy)), heard);
        assertThat(heard.diagnostics).hasSize(1_002).filteredOn(d -> d.endsWith("warning: odd cell")).hasSize(1_000);
        assertThat(heard.diagnostics).contains("n.race:1502:1: warning: another thing", "n.race:1002:1: warning: 500"
                + " more like the following were not listed (the first 1,000 of a kind are): odd cell");
    }

    @Test
    void aMissingInputIsAUsageError() {
        assertThatThrownBy(() -> launcher().convert(ConversionRequest.builder(dir, OPTIONS).build(),
                List.of(Input.of(dir.resolve("nope.race"))), new Recorder())).isInstanceOf(UsageException.class)
                .hasMessageStartingWith("no such file: ");
    }

    @Test
    void aComparisonReadsBothInputsAndSaysWhatItCameTo() throws Exception {
        Path old = race("old.race", "Old name");
        Path renamed = race("new.race", "Another name, the same results");
        Comparison comparison = launcher().prepare(DiffRequest.builder().build());

        DiffResult same = comparison.run(Input.of(old), Input.of(renamed), new Recorder());
        assertThat(same.outcome()).isEqualTo(DiffResult.Outcome.SAME);
        assertThat(same.diff().isEmpty()).isTrue();

        // The second input is read even when the first fails, so every problem is said at once.
        Path crash = Files.writeString(dir.resolve("x.crash"), "boom");
        Recorder heard = new Recorder();
        DiffResult trouble = comparison.run(Input.of(crash), Input.of(Files.writeString(dir.resolve("w.race"),
                "W\nwarning: odd cell\n")), heard);
        assertThat(trouble.outcome()).isEqualTo(DiffResult.Outcome.TROUBLE);
        assertThat(trouble.diff()).isNull();
        assertThat(heard.failures).hasSize(1).allMatch(f -> f.startsWith("x.crash: "));
        assertThat(heard.diagnostics).containsExactly("w.race:2:1: warning: odd cell");
        assertThat(heard.checked).as("a comparison is not a check").isZero();

        DiffResult unknownStage = launcher().prepare(DiffRequest.builder().scope(Scope.of(List.of(), "9")).build())
                .run(Input.of(old), Input.of(renamed), heard);
        assertThat(unknownStage.outcome()).isEqualTo(DiffResult.Outcome.USAGE);
        assertThatThrownBy(() -> comparison.run(Input.of(old), Input.of(dir.resolve("nope.race")), new Recorder()))
                .isInstanceOf(UsageException.class).hasMessageStartingWith("no such file: ");
    }

    @Test
    void oneFileGivenTwiceIsReadOnceAndWhatItSaidIsSaidOnce() throws Exception {
        Path warned = Files.writeString(dir.resolve("w.race"), "W\nwarning: odd cell\n");
        Recorder heard = new Recorder();

        DiffResult result = launcher().prepare(DiffRequest.builder().build())
                .run(Input.of(warned), new Input(dir.resolve(".").resolve("w.race"), "./w.race"), heard);

        assertThat(result.outcome()).isEqualTo(DiffResult.Outcome.SAME);
        assertThat(heard.diagnostics).containsExactly("w.race:2:1: warning: odd cell");
        assertThat(result.inputs()).extracting(r -> r.input().name(), r -> r.diagnostics().size())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("w.race", 1),
                        org.assertj.core.groups.Tuple.tuple("./w.race", 1));
    }

    private Path race(String name, String eventName) throws Exception {
        return Files.writeString(dir.resolve(name), eventName + "\n");
    }

    private static List<String> listing(Path folder) throws Exception {
        if (!Files.exists(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).toList();
        }
    }

    /** What a host hears. */
    private static final class Recorder implements ConversionListener {
        final List<String> failures = new ArrayList<>();
        final List<Throwable> causes = new ArrayList<>();
        final List<String> diagnostics = new ArrayList<>();
        final List<String> written = new ArrayList<>();
        int read;
        int checked;

        @Override
        public void reading(Input input, String importerId) {
            read++;
        }

        @Override
        public void written(Input input, String exporterId, Path target) {
            written.add(exporterId + " " + target.getFileName());
        }

        @Override
        public void diagnostic(Input input, org.podium.spi.Diagnostic diagnostic) {
            diagnostics.add(diagnostic.describe());
        }

        @Override
        public void checked(Input input, org.podium.model.Event event,
                ImmutableList<org.podium.check.Finding> findings) {
            checked++;
        }

        @Override
        public void failed(Input input, String exporterId, String message, Throwable cause) {
            failures.add(message);
            causes.add(cause);
        }
    }
}
