package org.podium.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Several files given as one event ({@code --merge}): an entry list, an itinerary and stage files
 * named on the command line rather than gathered in a race folder. They are gathered here, in a
 * temporary folder of their own (each under its own name, so every message names the file the user
 * gave), and read as the race folder they would make; the folder goes when this is closed.
 */
public final class MergedInput implements AutoCloseable {

    private final Path folder;
    private final Input input;

    private MergedInput(Path folder, Input input) {
        this.folder = folder;
        this.input = input;
    }

    /**
     * The inputs as one race folder.
     *
     * @throws UsageException when one does not exist, is a folder or not a regular file (a pipe, a
     *                        device), or two have the same file name
     * @throws IOException    when the temporary folder cannot be made or a file copied into it
     */
    public static MergedInput of(List<Input> inputs) throws UsageException, IOException {
        Objects.requireNonNull(inputs, "inputs");
        if (inputs.size() < 2) {
            throw new UsageException("--merge reads several files as one event; give at least two");
        }
        Launcher.checkInputsExist(inputs);
        Set<String> names = new HashSet<>();
        for (Input each : inputs) {
            if (Files.isDirectory(each.path())) {
                throw new UsageException("--merge takes files, and " + each.path() + " is a folder: give the folder"
                        + " alone, without --merge, to read it as one event");
            }
            if (!Files.isRegularFile(each.path())) {
                // A pipe or a device (/dev/zero) would be copied without end into the temporary folder.
                throw new UsageException("--merge takes regular files, and " + each.path() + " is not one");
            }
            if (!names.add(each.path().getFileName().toString())) {
                throw new UsageException("--merge: two inputs are named " + each.path().getFileName()
                        + "; a race folder holds one file of a name: rename one");
            }
        }
        Path folder = Files.createTempDirectory("podium-merge-");
        try {
            for (Input each : inputs) {
                Path copy = folder.resolve(each.path().getFileName().toString());
                try {
                    // A link costs nothing when the temporary folder is on the same disk; else a copy.
                    Files.createLink(copy, each.path().toAbsolutePath());
                } catch (IOException | UnsupportedOperationException | SecurityException e) {
                    Files.copy(each.path(), copy);
                }
            }
        } catch (IOException | RuntimeException e) {
            AtomicOutput.deleteQuietly(folder, e);
            throw e;
        }
        String name = inputs.get(0).name() + " + " + (inputs.size() == 2 ? inputs.get(1).name()
                : (inputs.size() - 1) + " more");
        return new MergedInput(folder, new Input(folder, name));
    }

    /** The files as one input: a race folder named after them ({@code entries.csv + 7 more}). */
    public Input input() {
        return input;
    }

    /** Removes the temporary folder (the links or copies; never the user's files). */
    @Override
    public void close() throws IOException {
        AtomicOutput.deleteRecursively(folder);
    }
}
