package org.podium.spi;

import java.io.IOException;
import org.podium.model.Event;

/**
 * Writes an {@link Event} in one format. Found with {@link java.util.ServiceLoader}; a public
 * no-argument constructor, no state between calls.
 */
public interface Exporter {

    FormatDescriptor descriptor();

    /**
     * Writes the event to {@link ExportRequest#target()}, which does not exist yet. The same event
     * and options give the same bytes.
     *
     * @throws ExportException when the event cannot be written in this format
     * @throws IOException     when the target cannot be written
     */
    void write(Event event, ExportRequest request) throws ExportException, IOException;
}
