package org.podium.spi;

import org.apiguardian.api.API;

/** What an exporter writes at its target path. */
@API(status = API.Status.STABLE, since = "0.1")
public enum OutputKind {
    /** One file, {@code <slug>.<extension>}. */
    FILE,
    /** A folder, {@code <slug>/} (the data package). */
    FOLDER
}
