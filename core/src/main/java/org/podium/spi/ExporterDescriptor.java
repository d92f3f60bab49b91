package org.podium.spi;

import java.util.Objects;
import org.apiguardian.api.API;
import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.list.ImmutableList;

/**
 * What an exporter writes: its id, a name for people, the media type, whether it writes a file
 * (named with its first extension) or a folder, and the options it declares. Its version is not
 * here: the host reads it from the plugin jar's manifest ({@link Plugins#version}). Immutable;
 * built with {@link #builder}.
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class ExporterDescriptor {

    private final String id;
    private final String displayName;
    private final String mediaType;
    private final ImmutableList<String> extensions;
    private final OutputKind outputKind;
    private final ImmutableList<PluginOption<?>> options;

    private ExporterDescriptor(Builder builder) {
        this.id = builder.id;
        this.displayName = builder.displayName;
        this.mediaType = builder.mediaType;
        this.extensions = builder.extensions;
        this.outputKind = builder.outputKind;
        this.options = builder.options;
        if (outputKind == OutputKind.FILE && extensions.isEmpty()) {
            throw new IllegalArgumentException("a file exporter names its extension: " + id);
        }
        FormatIds.checkUniqueKeys(id, options);
    }

    /**
     * @param id          lower-case id used on the command line ({@code pdf}, {@code md})
     * @param displayName a name for people ({@code PDF bulletin})
     */
    public static Builder builder(String id, String displayName) {
        return new Builder(id, displayName);
    }

    public String id() {
        return id;
    }

    public String displayName() {
        return displayName;
    }

    public String mediaType() {
        return mediaType;
    }

    /** File extensions without the dot, the first one used for output names. */
    public ImmutableList<String> extensions() {
        return extensions;
    }

    public OutputKind outputKind() {
        return outputKind;
    }

    public ImmutableList<PluginOption<?>> options() {
        return options;
    }

    /** The extension used for output names; empty for a folder without one. */
    public String primaryExtension() {
        return extensions.isEmpty() ? "" : extensions.getFirst();
    }

    @Override
    public String toString() {
        return "ExporterDescriptor[" + id + "]";
    }

    /** Builds an {@link ExporterDescriptor}; a file exporter must name its extension. */
    public static final class Builder {
        private final String id;
        private final String displayName;
        private String mediaType = "application/octet-stream";
        private ImmutableList<String> extensions = Lists.immutable.empty();
        private OutputKind outputKind = OutputKind.FILE;
        private ImmutableList<PluginOption<?>> options = Lists.immutable.empty();

        private Builder(String id, String displayName) {
            this.id = FormatIds.check(id);
            this.displayName = Objects.requireNonNull(displayName, "displayName");
        }

        public Builder mediaType(String value) {
            this.mediaType = Objects.requireNonNull(value, "mediaType");
            return this;
        }

        public Builder extensions(String... values) {
            this.extensions = Lists.immutable.of(values);
            return this;
        }

        /** The exporter writes a folder ({@code <name>/}) rather than a file. */
        public Builder folder() {
            this.outputKind = OutputKind.FOLDER;
            return this;
        }

        public Builder option(PluginOption<?> option) {
            this.options = options.newWith(Objects.requireNonNull(option, "option"));
            return this;
        }

        public ExporterDescriptor build() {
            return new ExporterDescriptor(this);
        }
    }
}
