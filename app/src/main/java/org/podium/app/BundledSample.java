package org.podium.app;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.podium.launcher.Input;

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
     * Runs with the given paths as inputs or, when there are none, with the bundled sample (said on
     * stderr), extracted to a temporary folder that is removed afterwards.
     *
     * @param doing what the command does, for the notice: {@code converting}, {@code checking}
     */
    static <T> T orInputs(List<Path> paths, Console console, String doing, Run<T> run) throws Exception {
        if (!paths.isEmpty()) {
            return run.with(paths.stream().map(Input::of).toList());
        }
        console.note("No input given: " + doing
                + " the bundled sample, the 2002 Dakar Rally article (Wikipedia, CC BY-SA).");
        Path folder = Files.createTempDirectory("podium-sample");
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
