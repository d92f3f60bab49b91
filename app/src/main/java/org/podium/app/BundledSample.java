package org.podium.app;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.podium.launcher.Input;
import org.podium.launcher.MergedInput;
import org.podium.launcher.Leftovers;

/** The bundled 2002 Dakar article, used when a command is given no input. */
final class BundledSample {

    /** The file name the bundled sample is known by in messages and in the event's source. */
    static final String NAME = "2002-dakar-rally.txt";

    private static final String RESOURCE = "samples/" + NAME;

    private BundledSample() {
    }

    /** What a command does with its inputs. */
    @FunctionalInterface
    interface Run<T> {
        T with(List<Input> inputs) throws Exception;
    }

    /**
     * As {@link #orInputs(List, Console, String, Run)}, or with {@code merge} ({@code --merge}), the
     * paths read together as one event ({@link MergedInput}).
     */
    static <T> T orInputs(List<Path> paths, boolean merge, Console console, String doing, Run<T> run)
            throws Exception {
        if (!merge) {
            return orInputs(paths, console, doing, run);
        }
        try (MergedInput merged = MergedInput.of(paths.stream().map(Input::of).toList())) {
            return run.with(List.of(merged.input()));
        }
    }

    /**
     * Runs with the given paths as inputs or, when there are none, with the bundled sample (said on
     * stderr), extracted to a temporary folder that is removed afterwards.
     *
     * @throws IOException when the sample cannot be copied out, the temporary folder named
     *
     * @param doing what the command does, for the notice: {@code converting}, {@code checking}
     */
    static <T> T orInputs(List<Path> paths, Console console, String doing, Run<T> run) throws Exception {
        if (!paths.isEmpty()) {
            return run.with(paths.stream().map(Input::of).toList());
        }
        console.note("No input given: " + doing
                + " the bundled sample, the 2002 Dakar Rally article (Wikipedia, CC BY-SA).");
        // In a work folder named like an output's, so a run killed meanwhile leaves nothing the next one keeps.
        Path temporary = Path.of(System.getProperty("java.io.tmpdir"));
        Leftovers.sweep(temporary, NAME);
        Path folder;
        try {
            folder = Leftovers.create(temporary.resolve(NAME));
        } catch (IOException e) {
            throw new IOException("cannot copy the bundled sample into the temporary folder " + temporary + ": "
                    + reason(e), e);
        }
        try {
            return run.with(List.of(new Input(extract(folder), NAME)));
        } finally {
            try (var files = Files.list(folder)) {
                for (Path file : files.toList()) {
                    Files.deleteIfExists(file);
                }
            }
            Files.deleteIfExists(folder);
        }
    }

    private static String reason(IOException e) {
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /**
     * Copies the bundled article out of the jar into {@code folder}, under its own name so that
     * detection by file name works as it would for the user's copy.
     */
    static Path extract(Path folder) throws IOException {
        Path copy = folder.resolve(NAME);
        try (InputStream in = BundledSample.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the bundled sample " + RESOURCE + " is missing from the app");
            }
            Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
        }
        return copy;
    }
}
