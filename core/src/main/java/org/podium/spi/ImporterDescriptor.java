package org.podium.spi;

import java.util.Objects;
import org.apiguardian.api.API;
import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.list.ImmutableList;

/**
 * What an importer reads: its id, a name for people, the media type and file extensions it
 * reads, and the options it declares. Its version is not here: the host reads it from the
 * plugin jar's manifest ({@link Plugins#version}). Immutable; built with {@link #builder}.
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class ImporterDescriptor {

    private final String id;
    private final String displayName;
    private final String mediaType;
    private final ImmutableList<String> extensions;
    private final ImmutableList<PluginOption<?>> options;

    private ImporterDescriptor(Builder builder) {
        this.id = builder.id;
        this.displayName = builder.displayName;
        this.mediaType = builder.mediaType;
        this.extensions = builder.extensions;
        this.options = builder.options;
        FormatIds.checkUniqueKeys(id, options);
    }

    /**
     * @param id          lower-case id used on the command line ({@code wiki}, {@code csv})
     * @param displayName a name for people ({@code Wiki article})
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

    /** The media type of what it reads; {@code application/octet-stream} unless given. */
    public String mediaType() {
        return mediaType;
    }

    /** File extensions it reads, without the dot; may be empty. */
    public ImmutableList<String> extensions() {
        return extensions;
    }

    public ImmutableList<PluginOption<?>> options() {
        return options;
    }

    @Override
    public String toString() {
        return "ImporterDescriptor[" + id + "]";
    }

    /** Builds an {@link ImporterDescriptor}. */
    public static final class Builder {
        private final String id;
        private final String displayName;
        private String mediaType = "application/octet-stream";
        private ImmutableList<String> extensions = Lists.immutable.empty();
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

        public Builder option(PluginOption<?> option) {
            this.options = options.newWith(Objects.requireNonNull(option, "option"));
            return this;
        }

        public ImporterDescriptor build() {
            return new ImporterDescriptor(this);
        }
    }
}
