package org.podium.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.podium.generator.GeneratorSettings;
import org.podium.generator.RaceFolderWriter;
import org.podium.generator.TimingSheetGenerator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code podium generate}: a synthetic timing sheet on stdout, or the same race as a results office's
 * folder ({@code --folder}), the same for the same seed.
 */
@Command(name = "generate",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {"Writes a synthetic timing sheet (CSV, UTF-8) to stdout: bikes, quads, cars and trucks,",
            "penalties, retirements and a cancelled stage; with --folder, the same race as a results office's",
            "folder of files instead. The same options give the same bytes."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:done",
            "1:stdout or the folder could not be written",
            "2:usage error (an option out of range, a --folder that is not empty)",
            "70:internal error"})
final class GenerateCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--entries", paramLabel = "N", defaultValue = "" + GeneratorSettings.DEFAULT_ENTRIES,
            description = "Crews in the event, 1 to " + GeneratorSettings.MAX_ENTRIES
                    + " (default: ${DEFAULT-VALUE}).")
    private int entries;

    @Option(names = "--stages", paramLabel = "S", defaultValue = "" + GeneratorSettings.DEFAULT_STAGES,
            description = "Stages, 1 to " + GeneratorSettings.MAX_STAGES + " (default: ${DEFAULT-VALUE}).")
    private int stages;

    @Option(names = "--seed", paramLabel = "X", defaultValue = "" + GeneratorSettings.DEFAULT_SEED,
            description = "Any whole number; another seed gives another field (default: ${DEFAULT-VALUE}).")
    private long seed;

    @Option(names = "--spreadsheet-safe", description = "Prefix with ' each value a spreadsheet would run as a"
            + " formula (=, +, -, @…), as convert and check do.")
    private boolean spreadsheetSafe;

    @Option(names = "--folder", paramLabel = "DIR", description = "Write the race as a results office's folder"
            + " instead of the sheet: entries.csv, itinerary.csv, stage-01.csv … and penalties.csv. DIR is made when"
            + " missing, and must be empty: nothing there is ever overwritten.")
    private Path folder;

    @Option(names = "--verbose", description = "Stack traces for internal errors.")
    private boolean verbose;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Console console = new Console(out, spec.commandLine().getErr(), verbose, false);
        return Guard.run(console, () -> generate(out, console));
    }

    private ExitCode generate(PrintWriter out, Console console) throws IOException {
        if (folder != null) {
            return writeFolder(console);
        }
        TimingSheetGenerator generator = new TimingSheetGenerator(settings());
        generator.write(out, spreadsheetSafe);
        out.flush();
        // A PrintWriter keeps its failures to itself: a closed pipe would otherwise look like success.
        if (out.checkError()) {
            console.error("could not write the timing sheet to stdout");
            return ExitCode.INPUT_ERROR;
        }
        return ExitCode.OK;
    }

    /** Nothing on stdout: the files are the output, all of them or, when writing fails, none. */
    private ExitCode writeFolder(Console console) throws IOException {
        RaceFolderWriter writer;
        try {
            writer = new RaceFolderWriter(settings(), spreadsheetSafe);
        } catch (IllegalArgumentException e) {
            throw usage("--folder: " + e.getMessage());
        }
        Optional<String> refused = RaceFolderWriter.refusal(folder);
        if (refused.isPresent()) {
            throw usage("--folder " + folder + " " + refused.get());
        }
        try {
            writer.write(folder);
        } catch (IOException e) {
            console.error("the race folder " + folder + " was not written: " + Guard.describe(e));
            console.trace(e);
            return ExitCode.INPUT_ERROR;
        }
        return ExitCode.OK;
    }

    /** The settings, with the option's name in the message when one is out of range. */
    private GeneratorSettings settings() {
        if (entries < 1 || entries > GeneratorSettings.MAX_ENTRIES) {
            throw usage("--entries must be between 1 and " + GeneratorSettings.MAX_ENTRIES + ", not " + entries);
        }
        if (stages < 1 || stages > GeneratorSettings.MAX_STAGES) {
            throw usage("--stages must be between 1 and " + GeneratorSettings.MAX_STAGES + ", not " + stages);
        }
        return new GeneratorSettings(entries, stages, seed);
    }

    private ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }
}
