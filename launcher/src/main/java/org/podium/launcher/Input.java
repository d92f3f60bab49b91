package org.podium.launcher;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One input of a run: a file or folder, and the name messages and the event's source call it
 * (its file name, or the name the user knows a bundled copy by).
 */
public record Input(Path path, String name) {

    public Input {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(name, "name");
    }

    /** The input named by its own file or folder name. */
    public static Input of(Path path) {
        Path name = path.toAbsolutePath().normalize().getFileName();
        return new Input(path, name == null ? path.toString() : name.toString());
    }
}
