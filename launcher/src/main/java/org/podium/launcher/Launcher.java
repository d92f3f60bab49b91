package org.podium.launcher;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.list.ImmutableList;
import org.eclipse.collections.api.list.MutableList;
import org.podium.spi.Exporter;
import org.podium.spi.Importer;
import org.podium.spi.PluginException;
import org.podium.spi.Plugins;

/**
 * Runs Podium as a library: what {@code podium convert}, {@code check} and {@code diff} do,
 * callable from any host (the command line, a results office's own tool, a web service). A request
 * is prepared first — everything it names is checked against the plugins before any input is read
 * — then run on inputs, as many times as wanted (see {@link Conversion}, {@link Check} and
 * {@link Comparison}). Stateless; one instance serves any number of runs on its plugins.
 */
public final class Launcher {

    private final Plugins plugins;

    public Launcher(Plugins plugins) {
        this.plugins = Objects.requireNonNull(plugins, "plugins");
    }

    /**
     * Checks a conversion request against the plugins, before any input is read: the importer and
     * exporter ids, every plugin option and its value, the output folder.
     *
     * @throws UsageException when the request names what does not exist or is not allowed
     */
    public Conversion prepare(ConversionRequest request) throws UsageException {
        Path out = request.outputFolder();
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new UsageException("--out: " + out + " is a file, not a folder");
        }
        Importer importer = importer(request.importerId());
        ImmutableList<Exporter> exporters = exporters(request.exporterIds());
        PluginArguments arguments = PluginArguments.parse(request.pluginOptions(), plugins);
        return new Conversion(plugins, request, new InputReader(plugins, importer, arguments, request.eventName()),
                exporters, arguments);
    }

    /**
     * Checks a check request against the plugins, before any input is read.
     *
     * @throws UsageException when the request names what does not exist or is not allowed
     */
    public Check prepare(CheckRequest request) throws UsageException {
        Importer importer = importer(request.importerId());
        PluginArguments arguments = PluginArguments.parse(request.pluginOptions(), plugins);
        return new Check(plugins, new InputReader(plugins, importer, arguments, request.eventName()));
    }

    /**
     * Checks a comparison request against the plugins, before any input is read.
     *
     * @throws UsageException when the request names what does not exist or is not allowed
     */
    public Comparison prepare(DiffRequest request) throws UsageException {
        Importer importer = importer(request.importerId());
        PluginArguments arguments = PluginArguments.parse(request.pluginOptions(), plugins);
        return new Comparison(plugins, new InputReader(plugins, importer, arguments, request.eventName()), request);
    }

    /** {@link #prepare(ConversionRequest)}, then {@link Conversion#run} on the inputs. */
    public RunResult convert(ConversionRequest request, List<Input> inputs, ConversionListener listener)
            throws UsageException {
        return prepare(request).run(inputs, listener);
    }

    /** {@link #prepare(CheckRequest)}, then {@link Check#run} on the inputs. */
    public RunResult check(CheckRequest request, List<Input> inputs, ConversionListener listener)
            throws UsageException {
        return prepare(request).run(inputs, listener);
    }

    private Importer importer(String id) throws UsageException {
        if (id == null) {
            return null;
        }
        try {
            return plugins.importer(id.strip());
        } catch (PluginException e) {
            throw new UsageException(e.getMessage());
        }
    }

    private ImmutableList<Exporter> exporters(ImmutableList<String> ids) throws UsageException {
        if (ids.isEmpty()) {
            if (plugins.exporters().isEmpty()) {
                throw new UsageException("no exporter is installed; add a plugin jar with --plugins DIR");
            }
            return plugins.exporters();
        }
        MutableList<Exporter> chosen = Lists.mutable.empty();
        for (String id : ids) {
            try {
                chosen.add(plugins.exporter(id));
            } catch (PluginException e) {
                throw new UsageException(e.getMessage());
            }
        }
        return chosen.distinct().toImmutable();
    }

    /** Every input exists, or a usage error names the first that does not: checked before any is read. */
    static void checkInputsExist(List<Input> inputs) throws UsageException {
        for (Input input : inputs) {
            if (!Files.exists(input.path())) {
                throw new UsageException("no such file: " + input.path());
            }
        }
    }

    /** Reads one input, telling the listener what the importer said and, when it failed, why. */
    static InputReader.Outcome readReporting(InputReader reader, Input input, ConversionListener listener) {
        InputReader.Outcome read = reader.read(input, listener);
        read.diagnostics().forEach(d -> listener.diagnostic(input, d));
        if (read.event() == null) {
            listener.failed(input, null, read.failure(), read.cause());
        }
        return read;
    }

    static InputResult unreadable(Input input, InputReader.Outcome read) {
        return new InputResult(input, read.importerId(), InputResult.Status.UNREADABLE, read.failure(),
                read.diagnostics(), Lists.immutable.empty(), Lists.immutable.empty());
    }
}
