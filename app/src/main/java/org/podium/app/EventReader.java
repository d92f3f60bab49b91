package org.podium.app;

import java.io.IOException;
import java.nio.file.Path;
import org.eclipse.collections.api.map.ImmutableMap;
import org.podium.model.Event;
import org.podium.spi.Diagnostics;
import org.podium.spi.ImportException;
import org.podium.spi.ImportRequest;
import org.podium.spi.Importer;
import org.podium.spi.PluginException;
import org.podium.spi.Plugins;

/** Reads one input with the chosen or detected importer, reporting and counting its problems. */
final class EventReader {

    private final Console console;
    private final Tally tally;
    private final PluginArguments pluginArguments;
    private final String eventName;

    EventReader(Console console, Tally tally, PluginArguments pluginArguments, String eventName) {
        this.console = console;
        this.tally = tally;
        this.pluginArguments = pluginArguments;
        this.eventName = eventName;
    }

    /** The event, or null when the input could not be read at all (the reason is printed and counted). */
    Event read(Path input, String name, Importer chosen, Plugins plugins) {
        Importer importer = chosen;
        try {
            if (importer == null) {
                importer = plugins.detect(Inputs.detectionInput(input, name));
            }
            console.detail("Reading " + name + " with " + importer.descriptor().id());
            Diagnostics.Collector diagnostics = Diagnostics.collector();
            ImmutableMap<String, String> importerOptions = pluginArguments.of(importer.descriptor());
            try {
                return importer.read(new ImportRequest(input, name, eventName, importerOptions, diagnostics));
            } finally {
                tally.report(console, diagnostics.all());
            }
        } catch (PluginException e) {
            console.error(name + ": " + e.getMessage());
        } catch (ImportException e) {
            console.error(e.describe());
        } catch (IOException e) {
            console.error(name + ": cannot read: " + e.getMessage());
        }
        tally.error();
        return null;
    }
}
