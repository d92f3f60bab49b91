package org.podium.app;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;
import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.list.ImmutableList;
import org.podium.spi.DetectionInput;

/** Reading just enough of an input to choose its importer, and the bundled sample. */
final class Inputs {

    /** The file name the bundled sample is known by in messages and in the event's source. */
    static final String SAMPLE_NAME = "2002-dakar-rally.txt";

    static final String SAMPLE_NOTICE =
            "No input given: converting the bundled sample, the 2002 Dakar Rally article (Wikipedia, CC BY-SA).";

    private static final String SAMPLE_RESOURCE = "samples/" + SAMPLE_NAME;
    private static final int HEAD_BYTES = 8 * 1024;

    private Inputs() {
    }

    /** What a command does with one input and the name it is known by. */
    @FunctionalInterface
    interface Each {
        void accept(Path input, String name) throws IOException;
    }

    /**
     * Each input with its display name, or, when there is none, the bundled sample (said on stderr,
     * extracted to a temporary folder that is removed afterwards).
     *
     * @param doing what the command does, for the notice: {@code converting}, {@code checking}
     */
    static void forEach(java.util.List<Path> inputs, Console console, String doing, Each each) throws IOException {
        if (!inputs.isEmpty()) {
            for (Path input : inputs) {
                each.accept(input, displayName(input));
            }
            return;
        }
        console.note(SAMPLE_NOTICE.replace("converting", doing));
        Path folder = Files.createTempDirectory("podium-sample");
        try {
            each.accept(extractSample(folder), SAMPLE_NAME);
        } finally {
            AtomicOutput.deleteRecursively(folder);
        }
    }

    /** The inputs that do not exist, as the usage error names them; empty when all do. */
    static java.util.Optional<String> missing(java.util.List<Path> inputs) {
        return inputs.stream().filter(input -> !Files.exists(input)).findFirst().map(input -> "no such file: " + input);
    }

    /** The file or folder name, as messages and the event's source name it. */
    static String displayName(Path input) {
        Path name = input.toAbsolutePath().normalize().getFileName();
        return name == null ? input.toString() : name.toString();
    }

    /** The name, and the first 8 KiB of a file or the sorted listing of a folder. */
    static DetectionInput detectionInput(Path input, String name) throws IOException {
        if (Files.isDirectory(input)) {
            try (Stream<Path> children = Files.list(input)) {
                ImmutableList<String> listing = Lists.immutable.fromStream(
                        children.map(p -> p.getFileName().toString()).sorted());
                return new DetectionInput(name, true, new byte[0], listing);
            }
        }
        try (InputStream in = Files.newInputStream(input)) {
            return new DetectionInput(name, false, in.readNBytes(HEAD_BYTES), Lists.immutable.empty());
        }
    }

    /**
     * Copies the bundled article out of the jar into {@code folder}, under its own name so that
     * detection by file name works as it would for the user's copy.
     */
    static Path extractSample(Path folder) throws IOException {
        Path copy = folder.resolve(SAMPLE_NAME);
        try (InputStream in = Inputs.class.getResourceAsStream(SAMPLE_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the bundled sample " + SAMPLE_RESOURCE + " is missing from the app");
            }
            Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
        }
        return copy;
    }
}
