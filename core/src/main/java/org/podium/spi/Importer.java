package org.podium.spi;

import org.apiguardian.api.API;
import org.podium.model.Event;

/**
 * Reads a source into an {@link Event}. Implementations are found with
 * {@link java.util.ServiceLoader}, need a public no-argument constructor, and keep no state
 * between calls: every call makes its own working objects.
 */
@API(status = API.Status.STABLE, since = "0.1")
public interface Importer {

    ImporterDescriptor descriptor();

    /** How sure this importer is that it reads the input; cheap. */
    MatchStrength detect(DetectionInput input);

    /**
     * Reads the whole input. Problems that leave the rest readable are reported to
     * {@link ImportRequest#diagnostics()} and reading goes on; nothing read is dropped without a
     * diagnostic.
     *
     * @throws ImportException when the input cannot be read as an event at all
     * @throws java.io.IOException when the input cannot be read from disk
     */
    Event read(ImportRequest request) throws ImportException, java.io.IOException;
}
