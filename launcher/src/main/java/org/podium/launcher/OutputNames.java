package org.podium.launcher;

import org.eclipse.collections.api.list.ImmutableList;
import org.podium.model.Slugs;
import org.podium.spi.ExporterDescriptor;
import org.podium.spi.OutputKind;

/**
 * Output names per {@code cli.md}: {@code <slug>-<category>-stage<label>-<lang>.<ext>}, each filter
 * part only when it was given, so two runs with different filters never overwrite each other.
 */
final class OutputNames {

    private OutputNames() {
    }

    /**
     * The name without extension.
     *
     * @param language the language, or null when {@code --lang} was not given
     */
    static String base(String eventName, ImmutableList<String> categories, String stageLabel, String language) {
        StringBuilder name = new StringBuilder(Slugs.of(eventName));
        for (String category : categories) {
            name.append('-').append(Slugs.of(category));
        }
        if (stageLabel != null) {
            name.append("-stage").append(Slugs.of(stageLabel));
        }
        if (language != null) {
            name.append('-').append(language);
        }
        return name.toString();
    }

    /** The file name an exporter's output gets: {@code base.ext}, or {@code base} for a folder. */
    static String of(String base, ExporterDescriptor format) {
        String extension = format.primaryExtension();
        return format.outputKind() == OutputKind.FOLDER || extension.isEmpty() ? base : base + "." + extension;
    }
}
