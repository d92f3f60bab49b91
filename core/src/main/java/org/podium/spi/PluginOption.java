package org.podium.spi;

import java.util.Objects;

/**
 * An option a plugin accepts, given on the command line as {@code -O <format>.<key>=<value>}.
 *
 * @param key          lower-case key ({@code paper})
 * @param description  one line for {@code --help} and {@code podium plugins}
 * @param defaultValue the value when none is given, or null when there is none
 */
public record PluginOption(String key, String description, String defaultValue) {
    public PluginOption {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(description, "description");
    }
}
