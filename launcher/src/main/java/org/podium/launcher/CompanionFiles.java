package org.podium.launcher;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.podium.spi.Companions;

/**
 * The files an export writes beside its document ({@link Companions}), held in the export's work
 * folder until the document is complete; then each is moved into place beside the target, before
 * the document, so that a document in place never links to a file that is not.
 */
final class CompanionFiles implements Companions {

    private final Path folder;
    private final String prefix;
    private final List<String> created = new ArrayList<>();

    /**
     * @param folder the work folder's own folder for them
     * @param target the document's target: companions are named after it, and go beside it
     */
    CompanionFiles(Path folder, Path target) {
        this.folder = folder;
        this.prefix = Companions.prefixFor(target.getFileName().toString());
    }

    @Override
    public String name(String suffix) {
        return prefix + Companions.checkSuffix(suffix);
    }

    @Override
    public synchronized OutputStream create(String suffix) throws IOException {
        String name = name(suffix);
        OutputStream stream = Files.newOutputStream(folder.resolve(name), StandardOpenOption.CREATE_NEW,
                StandardOpenOption.WRITE);
        created.add(name);
        return stream;
    }

    /** Moves each companion into place beside {@code target}, in the order they were created. */
    synchronized void moveIntoPlace(Path target) throws IOException {
        for (String name : created) {
            AtomicOutput.moveFileIntoPlace(folder.resolve(name), target.resolveSibling(name));
        }
    }
}
