package org.podium.spi;

/** What an exporter writes at its target path. */
public enum OutputKind {
    /** One file, {@code <slug>.<extension>}. */
    FILE,
    /** A folder, {@code <slug>/} (the data package). */
    FOLDER
}
