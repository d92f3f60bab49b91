package org.podium.spi;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.apiguardian.api.API;
import org.eclipse.collections.api.list.ImmutableList;

/**
 * The values of a plugin's declared options for one call: each as given by the user, else its
 * default. The host builds them, checked, before any input is read.
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class PluginOptions {

    private final ImmutableList<PluginOption<?>> declared;
    private final Map<String, Object> values;

    private PluginOptions(ImmutableList<PluginOption<?>> declared, Map<String, Object> values) {
        this.declared = declared;
        this.values = values;
    }

    /** Every declared option at its default. */
    public static PluginOptions defaults(ImmutableList<PluginOption<?>> declared) {
        return parse(declared, Map.of());
    }

    /**
     * The declared options with the given texts, by key.
     *
     * @throws IllegalArgumentException naming the key, the value and what is allowed, when a key
     *                                  is not declared or a value is not allowed
     */
    public static PluginOptions parse(ImmutableList<PluginOption<?>> declared, Map<String, String> given) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (PluginOption<?> option : declared) {
            values.put(option.key(), option.defaultValue());
        }
        for (Map.Entry<String, String> entry : given.entrySet()) {
            PluginOption<?> option = declared.detect(o -> o.key().equals(entry.getKey()));
            if (option == null) {
                throw new IllegalArgumentException("no option '" + entry.getKey() + "'" + (declared.isEmpty()
                        ? "; it takes none" : "; its options: " + declared.collect(PluginOption::key).makeString(", ")));
            }
            try {
                values.put(option.key(), option.parse(entry.getValue()));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("'" + entry.getValue() + "' is not a value of '" + option.key()
                        + "'; " + e.getMessage(), e);
            }
        }
        return new PluginOptions(declared, values);
    }

    /**
     * The option's value.
     *
     * @throws IllegalArgumentException when the plugin did not declare the option
     */
    public <T> T get(PluginOption<T> option) {
        Objects.requireNonNull(option, "option");
        if (!declared.anySatisfy(o -> o.key().equals(option.key()))) {
            throw new IllegalArgumentException("option '" + option.key() + "' is not declared by this plugin");
        }
        Object value = values.get(option.key());
        if (!option.defaultValue().getClass().isInstance(value)) {
            throw new IllegalArgumentException("option '" + option.key() + "' is declared with another type");
        }
        @SuppressWarnings("unchecked")
        T typed = (T) value;
        return typed;
    }

    @Override
    public String toString() {
        return "PluginOptions" + values;
    }
}
