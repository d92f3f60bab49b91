package org.podium.spi;

import java.util.Objects;
import java.util.regex.Pattern;
import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.list.ImmutableList;

/**
 * What a plugin reads or writes.
 *
 * @param id          lower-case id used on the command line ({@code wiki}, {@code md}, {@code csv})
 * @param displayName a name for people ({@code Markdown (GitHub-flavoured)})
 * @param version     the plugin's version
 * @param extensions  file extensions without the dot, the first one used for output names
 * @param mediaType   the media type of what it reads or writes
 * @param outputKind  for an exporter, whether it writes a file or a folder; FILE for importers
 * @param options     the options the plugin accepts
 */
public record FormatDescriptor(
        String id,
        String displayName,
        String version,
        ImmutableList<String> extensions,
        String mediaType,
        OutputKind outputKind,
        ImmutableList<PluginOption> options) {

    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]*");

    public FormatDescriptor {
        Objects.requireNonNull(id, "id");
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("a format id is lower-case letters, digits and '-': '" + id + "'");
        }
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(extensions, "extensions");
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(outputKind, "outputKind");
        Objects.requireNonNull(options, "options");
    }

    /** A descriptor with no options that writes (or reads) files. */
    public static FormatDescriptor of(String id, String displayName, String version, String mediaType, String... extensions) {
        return new FormatDescriptor(id, displayName, version, Lists.immutable.of(extensions), mediaType,
                OutputKind.FILE, Lists.immutable.empty());
    }

    public FormatDescriptor withOutputKind(OutputKind kind) {
        return new FormatDescriptor(id, displayName, version, extensions, mediaType, kind, options);
    }

    public FormatDescriptor withOptions(PluginOption... more) {
        return new FormatDescriptor(id, displayName, version, extensions, mediaType, outputKind,
                options.newWithAll(Lists.immutable.of(more)));
    }

    /** The extension used for output names; empty for a folder. */
    public String primaryExtension() {
        return extensions.isEmpty() ? "" : extensions.getFirst();
    }
}
