package org.podium.app;

import java.io.IOException;
import java.util.concurrent.Callable;
import org.podium.spi.FormatDescriptor;
import org.podium.spi.PluginOption;
import org.podium.spi.Plugins;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

/** {@code podium plugins}: every importer and exporter found, and those that failed to load. */
@Command(name = "plugins",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {"Lists every importer and exporter found: kind, id, name, version, extensions, origin,",
            "and the options each declares (given as -O FORMAT.KEY=VALUE)."})
final class PluginsCommand implements Callable<Integer> {

    @ParentCommand
    private PodiumCommand parent;

    @Mixin
    private CommonOptions common;

    @Override
    public Integer call() {
        Console console = common.console();
        return Guard.run(console, () -> list(console));
    }

    private ExitCode list(Console console) throws IOException {
        try (PluginSession session = PluginSession.open(parent.environment(), common.pluginsFolder())) {
            Plugins plugins = session.plugins();
            plugins.importers().forEach(i -> describe(console, "importer", i.descriptor(), session.origin(i)));
            plugins.exporters().forEach(e -> describe(console, "exporter", e.descriptor(), session.origin(e)));
            plugins.failures().forEach(f ->
                    console.error("a plugin could not be loaded (" + f.service() + "): " + f.message()));
        }
        return ExitCode.OK;
    }

    private static void describe(Console console, String kind, FormatDescriptor format, String origin) {
        String extensions = format.extensions().isEmpty() ? "-" : format.extensions().makeString(",");
        console.result(String.join("\t", kind, format.id(), format.displayName(), format.version(),
                extensions, origin));
        for (PluginOption option : format.options()) {
            String fallback = option.defaultValue() == null ? "" : " (default: " + option.defaultValue() + ")";
            console.result("\t-O " + format.id() + "." + option.key() + "=VALUE\t" + option.description() + fallback);
        }
    }
}
