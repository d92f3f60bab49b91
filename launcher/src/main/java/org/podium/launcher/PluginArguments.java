package org.podium.launcher;

import java.util.Map;
import java.util.TreeMap;
import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.list.ImmutableList;
import org.podium.spi.PluginOption;
import org.podium.spi.PluginOptions;
import org.podium.spi.Plugins;

/**
 * The {@code -O FORMAT.KEY=VALUE} options, checked against what each plugin declares before any
 * input is read: a key no plugin declares, or a value its option does not allow, is a usage error
 * naming the key, the value and what is allowed. An importer and an exporter may share an id
 * ({@code csv}): an option goes to whichever declares its key.
 */
final class PluginArguments {

    private final Map<String, Map<String, String>> byFormat;

    private PluginArguments(Map<String, Map<String, String>> byFormat) {
        this.byFormat = byFormat;
    }

    /** @throws UsageException when an option is malformed, unknown or has a value not allowed */
    static PluginArguments parse(Map<String, String> given, Plugins plugins) throws UsageException {
        Map<String, Map<String, String>> byFormat = new TreeMap<>();
        for (Map.Entry<String, String> option : new TreeMap<>(given).entrySet()) {
            String name = option.getKey();
            String shown = "-O " + name + "=" + option.getValue();
            int dot = name.indexOf('.');
            if (dot <= 0 || dot == name.length() - 1) {
                throw new UsageException(shown + ": expected FORMAT.KEY=VALUE, such as -O pdf.paper=letter");
            }
            String format = name.substring(0, dot);
            String key = name.substring(dot + 1);
            ImmutableList<ImmutableList<PluginOption<?>>> declarations = declarations(plugins, format);
            if (declarations.isEmpty()) {
                throw new UsageException(shown + ": no format '" + format + "'; available: " + formats(plugins));
            }
            ImmutableList<PluginOption<?>> declaring = declarations.flatCollect(d -> d).select(o -> o.key().equals(key));
            if (declaring.isEmpty()) {
                ImmutableList<String> keys = declarations.flatCollect(d -> d).collect(PluginOption::key).distinct();
                throw new UsageException(shown + ": " + format + " has no option '" + key + "'"
                        + (keys.isEmpty() ? "; it takes none" : "; its options: " + keys.makeString(", ")));
            }
            for (PluginOption<?> declared : declaring) {
                try {
                    declared.parse(option.getValue());
                } catch (IllegalArgumentException e) {
                    throw new UsageException(shown + ": '" + option.getValue() + "' is not a value of " + format + "."
                            + key + "; " + e.getMessage());
                }
            }
            byFormat.computeIfAbsent(format, f -> new TreeMap<>()).put(key, option.getValue());
        }
        return new PluginArguments(byFormat);
    }

    /** The values for one plugin: each option it declares as given, else its default. */
    PluginOptions of(String formatId, ImmutableList<PluginOption<?>> declared) {
        Map<String, String> given = new TreeMap<>(byFormat.getOrDefault(formatId, Map.of()));
        given.keySet().retainAll(declared.collect(PluginOption::key).castToList());
        return PluginOptions.parse(declared, given);
    }

    private static ImmutableList<ImmutableList<PluginOption<?>>> declarations(Plugins plugins, String format) {
        return Lists.immutable.<ImmutableList<PluginOption<?>>>empty()
                .newWithAll(plugins.importers().select(i -> i.descriptor().id().equals(format))
                        .collect(i -> i.descriptor().options()))
                .newWithAll(plugins.exporters().select(e -> e.descriptor().id().equals(format))
                        .collect(e -> e.descriptor().options()));
    }

    private static String formats(Plugins plugins) {
        return plugins.importers().collect(i -> i.descriptor().id())
                .newWithAll(plugins.exporters().collect(e -> e.descriptor().id()))
                .distinct().toSortedList().makeString(", ");
    }
}
