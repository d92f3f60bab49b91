package org.podium.spi;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A plugin failed in a way its contract does not allow: it threw an unchecked exception or an
 * error. The host fails only the input or output that plugin was working on, names the plugin
 * and its jar in one line, and goes on with the others.
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class PluginFault extends Exception {
    private static final long serialVersionUID = 1L;

    private final String pluginId;
    private final String origin;

    /**
     * @param kind     {@code importer} or {@code exporter}
     * @param pluginId the plugin's format id
     * @param origin   its jar's file name, or {@code built-in}
     * @param doing    what it was doing: {@code detecting}, {@code reading}, {@code writing}
     * @param cause    what it threw
     */
    public PluginFault(String kind, String pluginId, String origin, String doing, Throwable cause) {
        super("the " + kind + " '" + pluginId + "' (" + origin + ") failed while " + doing + ": "
                + describe(cause), cause);
        this.pluginId = Objects.requireNonNull(pluginId, "pluginId");
        this.origin = Objects.requireNonNull(origin, "origin");
    }

    public String pluginId() {
        return pluginId;
    }

    public String origin() {
        return origin;
    }

    private static String describe(Throwable cause) {
        String message = cause.getMessage();
        String type = cause.getClass().getSimpleName();
        return message == null || message.isBlank() ? type : type + ": " + firstLine(message);
    }

    private static String firstLine(String text) {
        int end = text.indexOf('\n');
        String line = end < 0 ? text : text.substring(0, end);
        return line.length() > 300 ? line.substring(0, 300) + "…" : line;
    }
}
