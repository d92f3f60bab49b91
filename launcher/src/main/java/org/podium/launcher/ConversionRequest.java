package org.podium.launcher;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.list.ImmutableList;
import org.podium.report.DocumentOptions;
import org.podium.report.Scope;

/**
 * What a conversion is asked to do with whatever inputs it is given: which plugins, which scope,
 * which document options, where outputs go. Immutable; built with {@link #builder}, every setting
 * but the output folder and the document options having a default.
 */
public final class ConversionRequest {

    private final String importerId;
    private final ImmutableList<String> exporterIds;
    private final Path outputFolder;
    private final Scope scope;
    private final DocumentOptions documentOptions;
    private final Map<String, String> pluginOptions;
    private final String eventName;
    private final boolean languageInNames;
    private final Input amends;
    private final Integer replaces;

    private ConversionRequest(Builder builder) {
        this.importerId = builder.importerId;
        this.exporterIds = builder.exporterIds;
        this.outputFolder = builder.outputFolder;
        this.scope = builder.scope;
        this.documentOptions = builder.documentOptions;
        this.pluginOptions = Map.copyOf(builder.pluginOptions);
        this.eventName = builder.eventName;
        this.languageInNames = builder.languageInNames;
        this.amends = builder.amends;
        this.replaces = builder.replaces;
    }

    /**
     * @param outputFolder    where outputs go; created when missing
     * @param documentOptions status, bulletin, issue time, zone, language, checks
     */
    public static Builder builder(Path outputFolder, DocumentOptions documentOptions) {
        return new Builder(outputFolder, documentOptions);
    }

    /** The importer to use for every input, or null to detect each one's. */
    public String importerId() {
        return importerId;
    }

    /** The exporters to write with, in order; empty means every installed exporter. */
    public ImmutableList<String> exporterIds() {
        return exporterIds;
    }

    public Path outputFolder() {
        return outputFolder;
    }

    public Scope scope() {
        return scope;
    }

    public DocumentOptions documentOptions() {
        return documentOptions;
    }

    /** The plugins' own options as {@code format.key} to the text given. */
    public Map<String, String> pluginOptions() {
        return pluginOptions;
    }

    /** The event's name when an input does not say it, or null. */
    public String eventName() {
        return eventName;
    }

    /** Whether output names carry the language ({@code …-fr.pdf}): when it was asked for explicitly. */
    public boolean languageInNames() {
        return languageInNames;
    }

    /**
     * The previous version the documents amend ({@code --amends OLD}): they list what changed since
     * it. Empty when they amend nothing.
     */
    public Optional<Input> amends() {
        return Optional.ofNullable(amends);
    }

    /** The number of the bulletin the documents replace ({@code --replaces N}), or null when not given. */
    public Integer replaces() {
        return replaces;
    }

    /** Builds a {@link ConversionRequest}. */
    public static final class Builder {
        private final Path outputFolder;
        private final DocumentOptions documentOptions;
        private String importerId;
        private ImmutableList<String> exporterIds = Lists.immutable.empty();
        private Scope scope = Scope.WHOLE_EVENT;
        private final Map<String, String> pluginOptions = new LinkedHashMap<>();
        private String eventName;
        private boolean languageInNames;
        private Input amends;
        private Integer replaces;

        private Builder(Path outputFolder, DocumentOptions documentOptions) {
            this.outputFolder = Objects.requireNonNull(outputFolder, "outputFolder");
            this.documentOptions = Objects.requireNonNull(documentOptions, "documentOptions");
        }

        public Builder importer(String id) {
            this.importerId = id;
            return this;
        }

        public Builder exporters(List<String> ids) {
            this.exporterIds = Lists.immutable.withAll(ids).collect(String::strip).reject(String::isEmpty).distinct();
            return this;
        }

        public Builder scope(Scope value) {
            this.scope = Objects.requireNonNull(value, "scope");
            return this;
        }

        /** {@code format.key} to the text given, as {@code -O format.key=value} gives them. */
        public Builder pluginOptions(Map<String, String> values) {
            this.pluginOptions.putAll(values);
            return this;
        }

        public Builder eventName(String value) {
            this.eventName = value;
            return this;
        }

        public Builder languageInNames(boolean value) {
            this.languageInNames = value;
            return this;
        }

        /**
         * The documents amend {@code previous}, which replaced bulletin {@code replaces} (null when
         * not known): see {@link org.podium.report.Amendment}.
         */
        public Builder amends(Input previous, Integer replaces) {
            if (replaces != null && replaces < 1) {
                throw new IllegalArgumentException("a bulletin number is positive: " + replaces);
            }
            this.amends = Objects.requireNonNull(previous, "previous");
            this.replaces = replaces;
            return this;
        }

        public ConversionRequest build() {
            return new ConversionRequest(this);
        }
    }
}
