package org.podium.spi;

import java.util.Objects;
import java.util.regex.Pattern;
import org.eclipse.collections.api.list.ImmutableList;

/** The rules every descriptor's id and option keys follow, in one place. */
final class FormatIds {

    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]*");

    private FormatIds() {
    }

    static String check(String id) {
        Objects.requireNonNull(id, "id");
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("a format id is lower-case letters, digits and '-': '" + id + "'");
        }
        return id;
    }

    static void checkUniqueKeys(String id, ImmutableList<PluginOption<?>> options) {
        ImmutableList<String> keys = options.collect(PluginOption::key);
        if (keys.distinct().size() != keys.size()) {
            throw new IllegalArgumentException("'" + id + "' declares an option key twice: " + keys.makeString(", "));
        }
    }
}
