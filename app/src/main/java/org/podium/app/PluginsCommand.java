package org.podium.app;

import java.io.IOException;
import java.util.concurrent.Callable;
import org.eclipse.collections.api.list.ImmutableList;
import org.podium.launcher.PluginSession;
import org.podium.spi.PluginOption;
import org.podium.spi.Plugins;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

/** {@code podium plugins}: every importer and exporter found, and those that failed to load. */
@Command(name = "plugins",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {"Lists every importer and exporter found: kind, id, name, version (from the plugin jar's",
            "manifest), extensions, origin, and the options each declares (-O FORMAT.KEY=VALUE) with what",
            "they allow and their default."})
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
        try (PluginSession session = parent.environment().openPlugins(common.pluginsFolder())) {
            Plugins plugins = session.plugins();
            plugins.importers().forEach(i -> describe(console, "importer", i.descriptor().id(),
                    i.descriptor().displayName(), Plugins.version(i), i.descriptor().extensions(),
                    plugins.spiVersion(i), plugins.origin(i), i.descriptor().options()));
            plugins.exporters().forEach(e -> describe(console, "exporter", e.descriptor().id(),
                    e.descriptor().displayName(), Plugins.version(e), e.descriptor().extensions(),
                    plugins.spiVersion(e), plugins.origin(e), e.descriptor().options()));
            plugins.failures().forEach(f -> {
                console.warning("a plugin could not be loaded (" + f.service() + "): " + f.message());
                console.trace(f.cause());
            });
        }
        return ExitCode.OK;
    }

    /**
     * A plugin's lines. Every field but the kind comes from the plugin's jar (its descriptor, its
     * manifest, its file name), which nobody checked: each goes out as {@link Console#row} says it.
     */
    private static void describe(Console console, String kind, String id, String name, String version,
            ImmutableList<String> extensions, String spiVersion, String origin, ImmutableList<PluginOption<?>> options) {
        console.row(kind, id, name, version, extensions.isEmpty() ? "-" : extensions.makeString(","), spiVersion,
                origin);
        for (PluginOption<?> option : options) {
            console.row("", "-O " + id + "." + option.key() + "=VALUE", option.description() + " ("
                    + option.allowed() + "; default: " + option.defaultValue() + ")");
        }
    }
}
