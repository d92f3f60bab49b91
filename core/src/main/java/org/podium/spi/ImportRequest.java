package org.podium.spi;

import java.nio.file.Path;
import java.util.Objects;
import org.apiguardian.api.API;
import org.eclipse.collections.api.factory.Lists;

/**
 * One call to an importer: the input, the name it is known by, the importer's own options, and
 * where problems go. Immutable; built with {@link #builder}, so a new field is a new builder
 * method with a default and never breaks a caller.
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class ImportRequest {

    private final Path input;
    private final String sourceName;
    private final String eventName;
    private final PluginOptions options;
    private final Diagnostics diagnostics;

    private ImportRequest(Builder builder) {
        this.input = builder.input;
        this.sourceName = builder.sourceName;
        this.eventName = builder.eventName;
        this.options = builder.options;
        this.diagnostics = builder.diagnostics;
    }

    /** A request for a file or folder, named by its own file name, with default options. */
    public static Builder builder(Path input) {
        return new Builder(input);
    }

    /** A request for a file or folder, named by its own file name, with default options. */
    public static ImportRequest of(Path input, Diagnostics diagnostics) {
        return builder(input).diagnostics(diagnostics).build();
    }

    /** The file or folder to read; the importer opens and closes it. */
    public Path input() {
        return input;
    }

    /**
     * The name positions and the event's source use: the file name as the user knows it, which
     * may differ from {@link #input()} for a bundled sample.
     */
    public String sourceName() {
        return sourceName;
    }

    /** The event's name when the input does not say it, or null. */
    public String eventName() {
        return eventName;
    }

    /** The importer's own options, each as given or at its default. */
    public PluginOptions options() {
        return options;
    }

    public Diagnostics diagnostics() {
        return diagnostics;
    }

    /** Builds an {@link ImportRequest}. */
    public static final class Builder {
        private final Path input;
        private String sourceName;
        private String eventName;
        private PluginOptions options = PluginOptions.defaults(Lists.immutable.empty());
        private Diagnostics diagnostics = Diagnostics.collector();

        private Builder(Path input) {
            this.input = Objects.requireNonNull(input, "input");
            Path name = input.getFileName();
            this.sourceName = name == null ? input.toString() : name.toString();
        }

        public Builder sourceName(String value) {
            this.sourceName = Objects.requireNonNull(value, "sourceName");
            return this;
        }

        /** The event's name when the input does not say it; null for none. */
        public Builder eventName(String value) {
            this.eventName = value;
            return this;
        }

        public Builder options(PluginOptions value) {
            this.options = Objects.requireNonNull(value, "options");
            return this;
        }

        public Builder diagnostics(Diagnostics value) {
            this.diagnostics = Objects.requireNonNull(value, "diagnostics");
            return this;
        }

        public ImportRequest build() {
            return new ImportRequest(this);
        }
    }
}
