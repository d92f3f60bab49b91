package org.podium.spi;

import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.eclipse.collections.api.factory.Lists;

/**
 * One call to an exporter: where to write, the exporter's own options, and where problems go.
 *
 * <p>The host owns the output: for a {@link OutputKind#FILE} exporter it opens a stream on a
 * temporary file ({@link #output()}), for a {@link OutputKind#FOLDER} exporter it creates an empty
 * temporary folder ({@link #folder()}); once the exporter returns, it moves the result into place,
 * and when the exporter fails, it deletes it. An exporter never names files outside its folder,
 * never closes the stream it is given, and never handles temporary names.
 *
 * <p>Immutable; built with {@link #toStream} or {@link #toFolder}, so a new field is a new
 * builder method with a default and never breaks a caller.
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class ExportRequest {

    private final OutputKind kind;
    private final OutputStream output;
    private final Path folder;
    private final PluginOptions options;
    private final Diagnostics diagnostics;
    private final Path scratch;
    private final Companions companions;

    private ExportRequest(Builder builder) {
        this.kind = builder.kind;
        this.output = builder.output;
        this.folder = builder.folder;
        this.options = builder.options;
        this.diagnostics = builder.diagnostics;
        this.scratch = builder.scratch;
        this.companions = builder.companions;
    }

    /** A request to write one file into {@code output}, which the caller opened and will close. */
    public static Builder toStream(OutputStream output) {
        return new Builder(OutputKind.FILE, Objects.requireNonNull(output, "output"), null);
    }

    /** A request to write files into {@code folder}, which exists and is empty. */
    public static Builder toFolder(Path folder) {
        return new Builder(OutputKind.FOLDER, null, Objects.requireNonNull(folder, "folder"));
    }

    public OutputKind kind() {
        return kind;
    }

    /**
     * Where a file exporter writes its bytes; buffered by the caller. Do not close it.
     *
     * @throws IllegalStateException for a folder request
     */
    public OutputStream output() {
        if (output == null) {
            throw new IllegalStateException("a folder exporter writes into folder(), not output()");
        }
        return output;
    }

    /**
     * The empty folder a folder exporter writes its files into.
     *
     * @throws IllegalStateException for a file request
     */
    public Path folder() {
        if (folder == null) {
            throw new IllegalStateException("a file exporter writes to output(), not into folder()");
        }
        return folder;
    }

    /** The exporter's own options, each as given or at its default. */
    public PluginOptions options() {
        return options;
    }

    public Diagnostics diagnostics() {
        return diagnostics;
    }

    /**
     * A folder for the exporter's own temporary files (a library's spill files, such as a
     * streaming workbook's): empty, for this export alone, and deleted by the host when the export
     * ends, however it ends. Empty when the host gives none.
     */
    public Optional<Path> scratch() {
        return Optional.ofNullable(scratch);
    }

    /**
     * Where a file exporter writes files beside its document ({@link Companions}); empty for a folder
     * exporter, and when the host gives none (then a document that would link to them says so, or
     * does without).
     */
    public Optional<Companions> companions() {
        return Optional.ofNullable(companions);
    }

    /** Builds an {@link ExportRequest}: no options given, problems collected and dropped unless a sink is set. */
    public static final class Builder {
        private final OutputKind kind;
        private final OutputStream output;
        private final Path folder;
        private PluginOptions options = PluginOptions.defaults(Lists.immutable.empty());
        private Diagnostics diagnostics = Diagnostics.collector();
        private Path scratch;
        private Companions companions;

        private Builder(OutputKind kind, OutputStream output, Path folder) {
            this.kind = kind;
            this.output = output;
            this.folder = folder;
        }

        public Builder options(PluginOptions value) {
            this.options = Objects.requireNonNull(value, "options");
            return this;
        }

        public Builder diagnostics(Diagnostics value) {
            this.diagnostics = Objects.requireNonNull(value, "diagnostics");
            return this;
        }

        /** The folder for the exporter's temporary files; see {@link ExportRequest#scratch()}. */
        public Builder scratch(Path value) {
            this.scratch = Objects.requireNonNull(value, "scratch");
            return this;
        }

        /** Where the exporter writes files beside its document; see {@link ExportRequest#companions()}. */
        public Builder companions(Companions value) {
            if (kind != OutputKind.FILE) {
                throw new IllegalStateException("a folder exporter writes its files into folder()");
            }
            this.companions = Objects.requireNonNull(value, "companions");
            return this;
        }

        public ExportRequest build() {
            return new ExportRequest(this);
        }
    }
}
