package org.podium.launcher;

import java.util.LinkedHashMap;
import java.util.Map;

/** How a check reads whatever inputs it is given: which importer, which event name, which importer options. */
public final class CheckRequest {

    private final String importerId;
    private final String eventName;
    private final Map<String, String> pluginOptions;

    private CheckRequest(Builder builder) {
        this.importerId = builder.importerId;
        this.eventName = builder.eventName;
        this.pluginOptions = Map.copyOf(builder.pluginOptions);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The importer to use for every input, or null to detect each one's. */
    public String importerId() {
        return importerId;
    }

    /** The event's name when an input does not say it, or null. */
    public String eventName() {
        return eventName;
    }

    /** The importers' own options as {@code format.key} to the text given. */
    public Map<String, String> pluginOptions() {
        return pluginOptions;
    }

    /** Builds a {@link CheckRequest}. */
    public static final class Builder {
        private String importerId;
        private String eventName;
        private final Map<String, String> pluginOptions = new LinkedHashMap<>();

        private Builder() {
        }

        public Builder importer(String id) {
            this.importerId = id;
            return this;
        }

        public Builder eventName(String value) {
            this.eventName = value;
            return this;
        }

        public Builder pluginOptions(Map<String, String> values) {
            this.pluginOptions.putAll(values);
            return this;
        }

        public CheckRequest build() {
            return new CheckRequest(this);
        }
    }
}
