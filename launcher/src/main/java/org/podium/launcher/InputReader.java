package org.podium.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.list.ImmutableList;
import org.podium.model.Event;
import org.podium.spi.DetectionInput;
import org.podium.spi.Diagnostic;
import org.podium.spi.Diagnostics;
import org.podium.spi.ImportException;
import org.podium.spi.ImportRequest;
import org.podium.spi.Importer;
import org.podium.spi.PluginException;
import org.podium.spi.PluginFault;
import org.podium.spi.Plugins;
import org.podium.spi.RepeatedDiagnostics;

/**
 * Reads one input with the chosen or detected importer. Whatever goes wrong, with the input or
 * with the importer, fails that input alone, in one line naming it (and the plugin when it failed).
 */
final class InputReader {

    private static final int HEAD_BYTES = 8 * 1024;

    private final Plugins plugins;
    private final Importer chosen;
    private final PluginArguments arguments;
    private final String eventName;

    /** What reading gave: the event, or the failure; and what the importer reported either way. */
    record Outcome(String importerId, Event event, String failure, Throwable cause, ImmutableList<Diagnostic> diagnostics) {
    }

    InputReader(Plugins plugins, Importer chosen, PluginArguments arguments, String eventName) {
        this.plugins = plugins;
        this.chosen = chosen;
        this.arguments = arguments;
        this.eventName = eventName;
    }

    Outcome read(Input input, ConversionListener listener) {
        String name = input.name();
        Importer importer = chosen;
        // A damaged input can give a warning per cell: a thousand of a kind are kept, the rest counted.
        Reported diagnostics = new Reported();
        try {
            if (importer == null) {
                importer = plugins.detect(detectionInput(input));
            }
            String id = importer.descriptor().id();
            listener.reading(input, id);
            ImportRequest request = ImportRequest.builder(input.path()).sourceName(name).eventName(eventName)
                    .options(arguments.of(id, importer.descriptor().options())).diagnostics(diagnostics).build();
            Event event = EventText.clean(readWith(importer, request), name, diagnostics);
            return new Outcome(id, event, null, null, diagnostics.all());
        } catch (PluginException e) {
            return failed(importer, name + ": " + e.getMessage(), null, diagnostics);
        } catch (PluginFault e) {
            return failed(importer, name + ": " + e.getMessage(), e.getCause(), diagnostics);
        } catch (ImportException e) {
            String where = e.describe();
            return failed(importer, where.startsWith(name) ? where : name + ": " + where, null, diagnostics);
        } catch (IOException e) {
            return failed(importer, name + ": cannot read: " + e.getMessage(), null, diagnostics);
        } catch (OutOfMemoryError | StackOverflowError e) {
            return failed(importer, name + ": not read: " + OutOfResources.describe(e), e, diagnostics);
        }
    }

    private Event readWith(Importer importer, ImportRequest request) throws ImportException, IOException, PluginFault {
        try {
            Event event = importer.read(request);
            if (event == null) {
                throw new IllegalStateException("read gave no event");
            }
            return event;
        } catch (OutOfMemoryError | StackOverflowError e) {
            throw e;
        } catch (RuntimeException | Error e) {
            throw new PluginFault("importer", importer.descriptor().id(), plugins.origin(importer), "reading", e);
        }
    }

    /** What one input's reading reported, repeated kinds counted ({@link RepeatedDiagnostics}). */
    private static final class Reported implements Diagnostics {
        private final Diagnostics.Collector kept = Diagnostics.collector();
        private final RepeatedDiagnostics limited = new RepeatedDiagnostics(kept);

        @Override
        public void report(Diagnostic diagnostic) {
            limited.report(diagnostic);
        }

        ImmutableList<Diagnostic> all() {
            limited.finish();
            return kept.all();
        }
    }

    private static Outcome failed(Importer importer, String message, Throwable cause, Reported diagnostics) {
        return new Outcome(importer == null ? null : importer.descriptor().id(), null, message, cause, diagnostics.all());
    }

    /** The name, and the first 8 KiB of a file or the sorted listing of a folder. */
    static DetectionInput detectionInput(Input input) throws IOException {
        Path path = input.path();
        if (Files.isDirectory(path)) {
            try (Stream<Path> children = Files.list(path)) {
                ImmutableList<String> listing = Lists.immutable.fromStream(
                        children.map(p -> p.getFileName().toString()).sorted());
                return new DetectionInput(input.name(), true, new byte[0], listing);
            }
        }
        try (InputStream in = Files.newInputStream(path)) {
            return new DetectionInput(input.name(), false, in.readNBytes(HEAD_BYTES), Lists.immutable.empty());
        }
    }
}
