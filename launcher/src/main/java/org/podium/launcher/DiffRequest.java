package org.podium.launcher;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.podium.report.Scope;

/**
 * How {@code podium diff} reads its two inputs and what of them it compares: which importer, which
 * event name, which importer options, and the scope (some categories, the event as known after a
 * stage), applied to both versions alike.
 */
public final class DiffRequest {

    private final String importerId;
    private final String eventName;
    private final Map<String, String> pluginOptions;
    private final Scope scope;

    private DiffRequest(Builder builder) {
        this.importerId = builder.importerId;
        this.eventName = builder.eventName;
        this.pluginOptions = Map.copyOf(builder.pluginOptions);
        this.scope = builder.scope;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The importer to use for both inputs, or null to detect each one's. */
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

    /** What of both versions is compared; the whole event by default. */
    public Scope scope() {
        return scope;
    }

    /** Builds a {@link DiffRequest}. */
    public static final class Builder {
        private String importerId;
        private String eventName;
        private final Map<String, String> pluginOptions = new LinkedHashMap<>();
        private Scope scope = Scope.WHOLE_EVENT;

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

        public Builder scope(Scope value) {
            this.scope = Objects.requireNonNull(value, "scope");
            return this;
        }

        public DiffRequest build() {
            return new DiffRequest(this);
        }
    }
}
