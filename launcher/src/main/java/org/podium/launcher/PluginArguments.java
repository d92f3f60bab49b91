package org.podium.app;

import java.util.Map;
import java.util.TreeMap;
import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.factory.Maps;
import org.eclipse.collections.api.list.ImmutableList;
import org.eclipse.collections.api.map.ImmutableMap;
import org.eclipse.collections.api.map.MutableMap;
import org.podium.spi.FormatDescriptor;
import org.podium.spi.PluginOption;
import org.podium.spi.Plugins;

/**
 * The {@code -O FORMAT.KEY=VALUE} options, checked against what each plugin declares: a key no
 * plugin declares is a usage error, never silently ignored.
 */
final class PluginArguments {

    private final ImmutableMap<String, ImmutableMap<String, String>> byFormat;

    private PluginArguments(ImmutableMap<String, ImmutableMap<String, String>> byFormat) {
        this.byFormat = byFormat;
    }

    /** No {@code -O} options: for commands that take none. */
    static PluginArguments none() {
        return new PluginArguments(Maps.immutable.empty());
    }

    /**
     * Checks the options against the installed plugins.
     *
     * @throws IllegalArgumentException with the message for the user when an option is unknown
     */
    static PluginArguments parse(Map<String, String> given, Plugins plugins) {
        // An importer and an exporter may share an id (csv): -O csv.key applies to whichever declares key.
        ImmutableList<FormatDescriptor> formats = plugins.importers().collect(i -> i.descriptor())
                .newWithAll(plugins.exporters().collect(e -> e.descriptor()));
        Map<String, Map<String, String>> byFormat = new TreeMap<>();
        for (Map.Entry<String, String> option : given.entrySet()) {
            String name = option.getKey();
            String shown = "-O " + name + "=" + option.getValue();
            int dot = name.indexOf('.');
            if (dot <= 0 || dot == name.length() - 1) {
                throw new IllegalArgumentException(shown + ": expected FORMAT.KEY=VALUE, such as -O md.key=value");
            }
            String format = name.substring(0, dot);
            String key = name.substring(dot + 1);
            ImmutableList<FormatDescriptor> matching = formats.select(f -> f.id().equals(format));
            if (matching.isEmpty()) {
                throw new IllegalArgumentException(shown + ": no format '" + format + "'; available: "
                        + formats.collect(FormatDescriptor::id).distinct().toSortedList().makeString(", "));
            }
            ImmutableList<String> declared = matching.flatCollect(FormatDescriptor::options)
                    .collect(PluginOption::key).distinct().toSortedList().toImmutable();
            if (!declared.contains(key)) {
                throw new IllegalArgumentException(shown + ": " + format + " has no option '" + key + "'"
                        + (declared.isEmpty() ? "; it takes none" : "; its options: " + declared.makeString(", ")));
            }
            byFormat.computeIfAbsent(format, f -> new TreeMap<>()).put(key, option.getValue());
        }
        MutableMap<String, ImmutableMap<String, String>> result = Maps.mutable.empty();
        byFormat.forEach((format, options) -> result.put(format, Maps.immutable.ofMap(options)));
        return new PluginArguments(result.toImmutable());
    }

    /** The options given for one plugin, restricted to the keys it declares, by key without the prefix. */
    ImmutableMap<String, String> of(FormatDescriptor format) {
        ImmutableMap<String, String> given = byFormat.getIfAbsentValue(format.id(), Maps.immutable.empty());
        ImmutableList<String> declared = Lists.immutable.withAll(format.options().collect(PluginOption::key));
        return given.select((key, value) -> declared.contains(key));
    }
}
