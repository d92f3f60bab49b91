package org.podium.spi;

import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.apiguardian.api.API;
import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.list.ImmutableList;

/**
 * An option a plugin declares, given on the command line as {@code -O <format>.<key>=<value>}:
 * its key, what it does, what values it allows and its default. The host parses and checks every
 * value before any input is read, applies the default when none is given, and hands the plugin
 * typed values ({@link PluginOptions#get}). Immutable; declare each as a constant.
 *
 * @param <T> the type of the value
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class PluginOption<T> {

    private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9-]*");

    private final String key;
    private final String description;
    private final T defaultValue;
    private final String allowed;
    private final Function<String, T> parser;
    private final ImmutableList<String> examples;

    private PluginOption(String key, String description, T defaultValue, String allowed, Function<String, T> parser,
            ImmutableList<String> examples) {
        Objects.requireNonNull(key, "key");
        if (!KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("an option key is lower-case letters, digits and '-': '" + key + "'");
        }
        this.key = key;
        this.description = Objects.requireNonNull(description, "description");
        this.defaultValue = Objects.requireNonNull(defaultValue, "defaultValue");
        this.allowed = Objects.requireNonNull(allowed, "allowed");
        this.parser = Objects.requireNonNull(parser, "parser");
        this.examples = Objects.requireNonNull(examples, "examples");
    }

    /**
     * One of a few words, compared without regard to case; the value is the word as declared.
     *
     * @throws IllegalArgumentException when the default is not one of the words
     */
    public static PluginOption<String> choice(String key, String description, String defaultValue, String... words) {
        ImmutableList<String> allowed = Lists.immutable.of(words);
        if (!allowed.contains(defaultValue)) {
            throw new IllegalArgumentException("the default of '" + key + "' must be one of " + allowed.makeString(", "));
        }
        return new PluginOption<>(key, description, defaultValue, allowed.makeString(", "), value -> {
            String word = allowed.detect(w -> w.equals(value.strip().toLowerCase(Locale.ROOT)));
            if (word == null) {
                throw new IllegalArgumentException("allowed: " + allowed.makeString(", "));
            }
            return word;
        }, allowed);
    }

    /** {@code true} or {@code false}. */
    public static PluginOption<Boolean> flag(String key, String description, boolean defaultValue) {
        return new PluginOption<>(key, description, defaultValue, "true, false", value -> {
            String word = value.strip().toLowerCase(Locale.ROOT);
            if (!word.equals("true") && !word.equals("false")) {
                throw new IllegalArgumentException("allowed: true, false");
            }
            return word.equals("true");
        }, Lists.immutable.of("true", "false"));
    }

    /** A whole number from {@code min} to {@code max}. */
    public static PluginOption<Integer> integer(String key, String description, int defaultValue, int min, int max) {
        if (min > max || defaultValue < min || defaultValue > max) {
            throw new IllegalArgumentException("the default of '" + key + "' must lie in " + min + " to " + max);
        }
        String allowed = "a whole number from " + min + " to " + max;
        return new PluginOption<>(key, description, defaultValue, allowed, value -> {
            try {
                int number = Integer.parseInt(value.strip());
                if (number >= min && number <= max) {
                    return number;
                }
            } catch (NumberFormatException e) {
                // Falls through to the message, which says what is allowed.
            }
            throw new IllegalArgumentException("allowed: " + allowed);
        }, Lists.immutable.of(min, defaultValue, max).distinct().collect(String::valueOf));
    }

    /** Any text, used as given. */
    public static PluginOption<String> text(String key, String description, String defaultValue) {
        return new PluginOption<>(key, description, defaultValue, "any text", value -> value,
                Lists.immutable.of(defaultValue, ""));
    }

    /**
     * Any other type: {@code parser} turns the text into a value or throws an
     * {@link IllegalArgumentException} whose message says what is allowed.
     *
     * @param allowed what values are allowed, in words, for help and for messages
     */
    public static <T> PluginOption<T> of(String key, String description, T defaultValue, String allowed,
            Function<String, T> parser) {
        return new PluginOption<>(key, description, defaultValue, allowed, parser, Lists.immutable.empty());
    }

    /** The lower-case key, without the format prefix ({@code paper}). */
    public String key() {
        return key;
    }

    /** One line for {@code --help} and {@code podium plugins}. */
    public String description() {
        return description;
    }

    /** The value when none is given. */
    public T defaultValue() {
        return defaultValue;
    }

    /** What values are allowed, in words ({@code a4, letter}). */
    public String allowed() {
        return allowed;
    }

    /**
     * Texts the option accepts, for a test to write with each: every word of a choice, both values
     * of a flag, a whole number's lowest, default and highest, a text's default and the empty text;
     * none for an option of another kind (its default is what a test tries).
     */
    public ImmutableList<String> examples() {
        return examples;
    }

    /**
     * The value of a text given by the user.
     *
     * @throws IllegalArgumentException saying what is allowed, when the text is not such a value
     */
    public T parse(String text) {
        Objects.requireNonNull(text, "text");
        T value = parser.apply(text);
        if (value == null) {
            throw new IllegalArgumentException("allowed: " + allowed);
        }
        return value;
    }

    @Override
    public String toString() {
        return "PluginOption[" + key + ", default " + defaultValue + ", " + allowed + "]";
    }
}
