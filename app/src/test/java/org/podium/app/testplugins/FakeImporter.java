package org.podium.app.testplugins;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.list.MutableList;
import org.podium.model.Category;
import org.podium.model.Event;
import org.podium.model.SourcePosition;
import org.podium.model.Stage;
import org.podium.model.StageTypes;
import org.podium.spi.DetectionInput;
import org.podium.spi.Diagnostic;
import org.podium.spi.ImporterDescriptor;
import org.podium.spi.ImportException;
import org.podium.spi.ImportRequest;
import org.podium.spi.Importer;
import org.podium.spi.MatchStrength;
import org.podium.spi.PluginOption;

/**
 * Reads a tiny format: {@code FAKE-RACE <name>}, then {@code category: <id>}, {@code stage: <label>},
 * {@code warning: <text>}, {@code error: <text>} lines; {@code unreadable} makes the input fail, and
 * {@code out of memory} fails it as the JVM does when the heap is full. Any
 * other text (the bundled article, with {@code --from fake}) gives an event named after its first line.
 */
public final class FakeImporter implements Importer {

    static final String SIGNATURE = "FAKE-RACE";

    static final PluginOption<String> NAME_SUFFIX =
            PluginOption.text("name-suffix", "text appended to the event name", "");

    @Override
    public ImporterDescriptor descriptor() {
        return ImporterDescriptor.builder("fake", "Fake races").mediaType("text/x-fake-race").extensions("race")
                .option(NAME_SUFFIX).build();
    }

    @Override
    public MatchStrength detect(DetectionInput input) {
        if (input.headText().startsWith(SIGNATURE)) {
            return MatchStrength.FULL_MATCH;
        }
        return input.extension().equals("race") ? MatchStrength.WEAK_MATCH : MatchStrength.NO_MATCH;
    }

    @Override
    public Event read(ImportRequest request) throws ImportException, IOException {
        List<String> lines = Files.readAllLines(request.input(), StandardCharsets.UTF_8);
        String name = null;
        MutableList<Category> categories = Lists.mutable.empty();
        MutableList<Stage> stages = Lists.mutable.empty();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            SourcePosition at = SourcePosition.of(request.sourceName(), i + 1, 1);
            if (name == null && !line.isBlank()) {
                name = line.startsWith(SIGNATURE) ? line.substring(SIGNATURE.length()).strip() : line.replace("=", "").strip();
            } else if (line.equals("out of memory")) {
                throw new OutOfMemoryError("Java heap space");
            } else if (line.equals("unreadable")) {
                throw new ImportException(at, "this race cannot be read");
            } else if (line.startsWith("category: ")) {
                String id = line.substring("category: ".length()).strip();
                categories.add(new Category(id, id.toUpperCase(Locale.ROOT), Lists.immutable.empty()));
            } else if (line.startsWith("stage: ")) {
                stages.add(new Stage(stages.size() + 1, line.substring("stage: ".length()).strip(), null, null, null,
                        null, StageTypes.SPECIAL, Lists.immutable.empty(), at));
            } else if (line.startsWith("warning: ")) {
                request.diagnostics().report(Diagnostic.warning(at, line.substring("warning: ".length())));
            } else if (line.startsWith("error: ")) {
                request.diagnostics().report(Diagnostic.error(at, line.substring("error: ".length())));
            }
        }
        if (name == null || name.isEmpty()) {
            name = request.eventName();
        }
        if (name == null) {
            throw new ImportException(SourcePosition.of(request.sourceName(), 0, 0), "no event name");
        }
        name += request.options().get(NAME_SUFFIX);
        return new Event(name, null, null, null, null, request.sourceName(), Lists.immutable.empty(),
                categories.toImmutable(), stages.toImmutable(), Lists.immutable.empty(), Lists.immutable.empty(),
                Lists.immutable.empty(), Lists.immutable.empty(), Lists.immutable.empty());
    }
}
