package org.podium.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.podium.launcher.Comparison;
import org.podium.launcher.DiffFormat;
import org.podium.launcher.DiffRequest;
import org.podium.launcher.DiffResult;
import org.podium.launcher.Input;
import org.podium.launcher.Launcher;
import org.podium.launcher.PluginSession;
import org.podium.launcher.UsageException;
import org.podium.report.Scope;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/** {@code podium diff}: the launcher reads both versions; what changed is printed in the format asked for. */
@Command(name = "diff",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {"Compares two versions of an event and lists what changed from OLD to NEW.",
            "Every stage, crew, classification, row, penalty and awarded time added or removed, and every"
                + " position, status, time, gap and penalty changed, one line each.",
            "Any inputs Podium reads compare: an article, wikitext, HTML, CSV sheets, data packages."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:no change",
            "1:the versions differ",
            "2:usage error (unknown option, format, category or stage; missing file), an input could not be"
                + " read, wholly or in part, or stdout could not be written",
            "70:internal error"})
final class DiffCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @ParentCommand
    private PodiumCommand parent;

    @Mixin
    private CommonOptions common;

    @Option(names = "--format", paramLabel = "F", converter = FormatConverter.class,
            description = "text, csv or json (default: text).")
    private DiffFormat format = DiffFormat.TEXT;

    @Option(names = "--from", paramLabel = "ID", description = "Importer to use for both (default: detected from each input).")
    private String from;

    @Option(names = "--category", paramLabel = "ID", split = ",",
            description = "Only these categories, comma-separated (default: all).")
    private List<String> categories = new ArrayList<>();

    @Option(names = "--stage", paramLabel = "LABEL",
            description = "Both versions as known after this stage (default: the whole event).")
    private String stage;

    @Option(names = "--spreadsheet-safe", description = "With --format csv, prefix with ' each value a"
            + " spreadsheet would run as a formula (=, +, -, @…).")
    private boolean spreadsheetSafe;

    @Option(names = "--event-name", paramLabel = "NAME", description = "The event's name when an input does not say it.")
    private String eventName;

    @Parameters(index = "0", paramLabel = "OLD", description = "The older version: a file or folder.")
    private Path before;

    @Parameters(index = "1", paramLabel = "NEW", description = "The newer version: a file or folder.")
    private Path after;

    @Override
    public Integer call() {
        Console console = common.console();
        return Guard.run(console, () -> diff(console), ExitCode.TROUBLE);
    }

    private ExitCode diff(Console console) throws Exception {
        try (PluginSession session = parent.environment().openPlugins(common.pluginsFolder())) {
            ConsoleListener.pluginFailures(console, session.plugins());
            Comparison comparison = new Launcher(session.plugins()).prepare(DiffRequest.builder().importer(from)
                    .eventName(eventName).scope(Scope.of(categories, stage)).build());
            Input old = Input.of(before);
            Input changed = Input.of(after);
            if (old.name().equals(changed.name())) {
                // Two versions of one file name are told apart by their paths, as given.
                old = new Input(before, before.toString());
                changed = new Input(after, after.toString());
            }
            DiffResult result = comparison.run(old, changed, new ConsoleListener(console));
            console.status(null);
            if (result.diff() != null) {
                // Streamed, a batch of lines at a time: two bulletins of a 20,000-crew field differ by
                // a million and a half changes, 136 MB of text that a buffer would hold three times over.
                Lines out = new Lines(format == DiffFormat.TEXT ? console::text : console::result);
                format.write(out, result.diff(), spreadsheetSafe);
                out.finish();
                console.note(old.name() + " → " + changed.name() + ": " + DiffFormat.summary(result.diff()));
            }
            return switch (result.outcome()) {
                case USAGE -> ExitCode.USAGE;
                case TROUBLE -> ExitCode.TROUBLE;
                case DIFFERENT -> ExitCode.DIFFERENT;
                case SAME -> ExitCode.OK;
            };
        } catch (UsageException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    /**
     * What a format writes, passed on in whole lines, some 64 KB at a time, each batch without its
     * last line break (the console adds it): the stdout the console writes is what was written.
     */
    static final class Lines implements Appendable {
        private static final int BATCH = 1 << 16;

        private final Consumer<String> console;
        private final StringBuilder pending = new StringBuilder();

        Lines(Consumer<String> console) {
            this.console = console;
        }

        @Override
        public Appendable append(CharSequence text) {
            pending.append(text);
            if (pending.length() >= BATCH) {
                pass(pending.lastIndexOf("\n"));
            }
            return this;
        }

        @Override
        public Appendable append(CharSequence text, int start, int end) {
            return append(text.subSequence(start, end));
        }

        @Override
        public Appendable append(char c) {
            return append(String.valueOf(c));
        }

        /** Passes on what is left: the last lines, and a last line without its break as it is. */
        void finish() {
            if (!pending.isEmpty()) {
                pass(pending.charAt(pending.length() - 1) == '\n' ? pending.length() - 1 : pending.length());
            }
        }

        private void pass(int end) {
            if (end >= 0) {
                console.accept(pending.substring(0, end));
                pending.delete(0, Math.min(end + 1, pending.length()));
            }
        }
    }

    /** {@code --format}: the lower-case names. */
    static final class FormatConverter implements ITypeConverter<DiffFormat> {
        @Override
        public DiffFormat convert(String value) {
            try {
                return DiffFormat.of(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }
}
